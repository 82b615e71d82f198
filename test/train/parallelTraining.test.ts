/**
 * Data-parallel training (scripts/parallelTraining.ts): a step computed by two threads, each on
 * half the batch, uses the gradient of the whole batch up to rounding, and a run is the same on
 * every run. (The weights themselves are not compared with one thread's: Adam's first steps move
 * every weight by about ±lr whatever the size of its gradient, so rounding in a gradient that is
 * nearly 0 can flip a step's sign.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { initParams, type Params } from '../../src/engine';
import { createTrainer, makeBatch, type TrainerOptions } from '../../src/engine/train';
import { createParallelTrainer, type ParallelTrainer } from '../../scripts/parallelTraining';
import { TINY_CONFIG, randomPairs } from './fixtures';

const OPTIONS: TrainerOptions = {
  labelSmoothing: 0.1,
  warmupSteps: 4,
  learningRateScale: 1,
  clipNorm: 1,
};
// sentences of unequal lengths, so the two halves count different numbers of target tokens
const BATCHES = [1, 2, 3].map((seed) => makeBatch(randomPairs(seed, 6, TINY_CONFIG, 2, 9)));

const open: ParallelTrainer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((trainer) => trainer.close()));
});

/** The weights and the last step's gradients after the batches, trained by `threads` threads. */
async function train(
  threads: number,
  batches = BATCHES,
): Promise<{ params: Params; gradients: ReadonlyMap<string, Float32Array>; losses: number[] }> {
  const trainer = createTrainer(TINY_CONFIG, initParams(TINY_CONFIG, 7), OPTIONS);
  const losses: number[] = [];
  const parallel =
    threads > 1 ? createParallelTrainer(trainer, TINY_CONFIG, OPTIONS, threads) : null;
  if (parallel) open.push(parallel);
  for (const batch of batches) {
    losses.push((parallel ? await parallel.step(batch) : trainer.step(batch)).loss);
  }
  return { params: trainer.params, gradients: trainer.gradients, losses };
}

function largestDifference(
  a: Iterable<[string, Float32Array]>,
  b: ReadonlyMap<string, Float32Array>,
): number {
  let largest = 0;
  for (const [name, values] of a) {
    const other = b.get(name)!;
    values.forEach((value, i) => (largest = Math.max(largest, Math.abs(value - other[i]))));
  }
  return largest;
}

const weightsOf = (params: Params) => new Map([...params].map(([name, t]) => [name, t.data]));

describe('training on two threads', () => {
  it('computes the gradient of the whole batch, up to rounding', async () => {
    const one = await train(1, BATCHES.slice(0, 1));
    const two = await train(2, BATCHES.slice(0, 1));
    const difference = largestDifference(one.gradients, two.gradients);
    console.log(`largest |gradient difference|, one thread vs two: ${difference.toExponential(2)}`);
    expect(difference).toBeLessThan(1e-6);
    expect(two.losses[0]).toBeCloseTo(one.losses[0], 6);
    // the gradient is not all zeros, so the comparison can fail
    const largest = Math.max(
      ...[...one.gradients.values()].map((g) => Math.max(...g.map(Math.abs))),
    );
    expect(largest).toBeGreaterThan(1e-2);
  }, 60_000);

  it('gives bit-identical weights on a second run', async () => {
    const first = await train(2);
    const second = await train(2);
    expect(largestDifference(weightsOf(first.params), weightsOf(second.params))).toBe(0);
    expect(
      largestDifference(weightsOf(first.params), weightsOf(initParams(TINY_CONFIG, 7))),
    ).toBeGreaterThan(1e-3);
  }, 60_000);
});
