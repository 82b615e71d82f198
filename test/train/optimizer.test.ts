import { describe, expect, it } from 'vitest';
import { tensor } from '../../src/engine/tensor';
import { initParams, type Params } from '../../src/engine/model/params';
import {
  adamUpdate,
  createAdamState,
  createTrainer,
  learningRate,
  makeBatch,
} from '../../src/engine/train';
import { TINY_CONFIG, randomPairs } from './fixtures';

describe('Adam (β1 0.9, β2 0.98, ε 1e-9)', () => {
  it('matches a two-step update worked by hand', () => {
    const params: Params = new Map([['w', tensor([2], new Float32Array([1, -2]))]]);
    const state = createAdamState(params);
    // Step 1, g = (0.5, 0): m = 0.1·0.5 = 0.05, v = 0.02·0.25 = 0.005,
    // m̂ = 0.05 / 0.1 = 0.5, v̂ = 0.005 / 0.02 = 0.25, θ −= 0.01 · 0.5 / √0.25 = 0.01.
    // A zero gradient moves nothing (m = v = 0).
    adamUpdate(params, new Map([['w', new Float32Array([0.5, 0])]]), state, 0.01);
    const w = params.get('w')?.data ?? new Float32Array();
    expect(w[0]).toBeCloseTo(0.99, 7);
    expect(w[1]).toBe(-2);
    // Step 2, g = (−0.25, 0): m = 0.9·0.05 − 0.025 = 0.02, v = 0.98·0.005 + 0.02·0.0625 = 0.00615,
    // m̂ = 0.02 / 0.19, v̂ = 0.00615 / 0.0396, θ −= 0.02 · m̂ / √v̂.
    adamUpdate(params, new Map([['w', new Float32Array([-0.25, 0])]]), state, 0.02);
    const step2 = (0.02 * (0.02 / 0.19)) / Math.sqrt(0.00615 / 0.0396);
    expect(step2).toBeCloseTo(0.0053422, 6);
    expect(w[0]).toBeCloseTo(0.99 - step2, 6);
    expect(state.step).toBe(2);
    expect(state.firstMoment.get('w')?.[0]).toBeCloseTo(0.02, 7);
    expect(state.secondMoment.get('w')?.[0]).toBeCloseTo(0.00615, 7);
  });
});

describe('learning-rate schedule (§5.3)', () => {
  const d = 64;
  const warmup = 100;

  it('rises linearly during warmup', () => {
    const first = learningRate(1, d, warmup);
    for (const step of [2, 10, 50, 100]) {
      expect(learningRate(step, d, warmup) / first).toBeCloseTo(step, 9);
    }
  });

  it('peaks at step = warmup with d^−0.5 · warmup^−0.5', () => {
    const peak = learningRate(warmup, d, warmup);
    expect(peak).toBeCloseTo(1 / Math.sqrt(d * warmup), 12);
    expect(learningRate(warmup - 1, d, warmup)).toBeLessThan(peak);
    expect(learningRate(warmup + 1, d, warmup)).toBeLessThan(peak);
  });

  it('decays as step^−0.5 after warmup, times the scale', () => {
    const peak = learningRate(warmup, d, warmup);
    expect(learningRate(4 * warmup, d, warmup) / peak).toBeCloseTo(0.5, 12);
    expect(learningRate(9 * warmup, d, warmup) / peak).toBeCloseTo(1 / 3, 12);
    expect(learningRate(300, d, warmup, 2.5) / learningRate(300, d, warmup)).toBeCloseTo(2.5, 12);
  });

  it('with a cool-down, falls linearly to zero over the last steps and is unchanged before', () => {
    const cooldown = { total: 1000, steps: 200 };
    expect(learningRate(800, d, warmup, 1, cooldown)).toBe(learningRate(800, d, warmup));
    expect(learningRate(851, d, warmup, 1, cooldown)).toBeCloseTo(
      learningRate(851, d, warmup) * 0.75,
      15,
    );
    expect(learningRate(901, d, warmup, 1, cooldown)).toBeCloseTo(
      (learningRate(901, d, warmup) * 100) / 200,
      15,
    );
    expect(learningRate(1000, d, warmup, 1, cooldown)).toBeCloseTo(
      learningRate(1000, d, warmup) / 200,
      15,
    );
    expect(learningRate(1001, d, warmup, 1, cooldown)).toBe(0);
  });
});

describe('trainer', () => {
  const options = { labelSmoothing: 0.1, warmupSteps: 4, learningRateScale: 1 };
  const batches = [1, 2, 3, 4, 5, 6].map((seed) =>
    makeBatch(randomPairs(seed, 4, TINY_CONFIG, 2, 7)),
  );

  it('pausing (exporting Adam and the weights) and resuming gives the same losses', () => {
    const straight = createTrainer(TINY_CONFIG, initParams(TINY_CONFIG, 1), options);
    const straightLosses = batches.map((batch) => straight.step(batch).loss);

    const first = createTrainer(TINY_CONFIG, initParams(TINY_CONFIG, 1), options);
    const firstLosses = batches.slice(0, 3).map((batch) => first.step(batch).loss);
    const savedState = first.exportState();
    const savedParams: Params = new Map(
      [...first.params].map(([name, t]) => [name, tensor(t.shape, t.data.slice())] as const),
    );
    const resumed = createTrainer(TINY_CONFIG, savedParams, options);
    resumed.importState(savedState);
    expect(resumed.stepCount).toBe(3);
    const resumedLosses = batches.slice(3).map((batch) => resumed.step(batch).loss);

    expect([...firstLosses, ...resumedLosses]).toEqual(straightLosses);
  });

  it('clips the global gradient norm to clipNorm', () => {
    const clipped = createTrainer(TINY_CONFIG, initParams(TINY_CONFIG, 1), {
      ...options,
      clipNorm: 1e-3,
    });
    const result = clipped.step(batches[0]);
    expect(result.gradientNorm).toBeGreaterThan(1e-3);
    // After clipping, Adam's first moment is (1 − β1)·g, so its norm is 0.1 · clipNorm.
    let sum = 0;
    for (const m of clipped.exportState().firstMoment.values()) for (const x of m) sum += x * x;
    expect(Math.sqrt(sum)).toBeCloseTo(1e-4, 8);
  });

  it('evaluate reports the loss without changing the weights', () => {
    const trainer = createTrainer(TINY_CONFIG, initParams(TINY_CONFIG, 1), options);
    const before = trainer.evaluate(batches[0]);
    expect(trainer.evaluate(batches[0])).toEqual(before);
    expect(trainer.step(batches[0]).loss).toBe(before.loss);
    expect(trainer.evaluate(batches[0]).loss).not.toBe(before.loss);
    expect(trainer.stepCount).toBe(1);
  });
});

describe('trainer with dropout', () => {
  const batches = [1, 2, 3].map((seed) => makeBatch(randomPairs(seed, 4, TINY_CONFIG, 2, 7)));
  const train = (dropout: number, dropoutSeed: number) => {
    const trainer = createTrainer(TINY_CONFIG, initParams(TINY_CONFIG, 1), {
      labelSmoothing: 0.1,
      warmupSteps: 4,
      learningRateScale: 1,
      dropout,
      dropoutSeed,
    });
    return batches.map((batch) => trainer.step(batch).loss);
  };

  it('repeats itself exactly for the same seed and differs for another', () => {
    const run = train(0.1, 7);
    expect(train(0.1, 7)).toEqual(run);
    expect(train(0.1, 8)).not.toEqual(run);
    expect(train(0, 7)).not.toEqual(run);
  });

  it('refuses a rate outside [0, 1)', () => {
    expect(() =>
      createTrainer(TINY_CONFIG, initParams(TINY_CONFIG, 1), {
        labelSmoothing: 0.1,
        warmupSteps: 4,
        learningRateScale: 1,
        dropout: 1,
      }),
    ).toThrow(/below 1/);
  });
});
