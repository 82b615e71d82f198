import { describe, expect, it } from 'vitest';
import { REFERENCE_CONFIG, type ModelConfig } from '../../src/engine/model/config';
import { initParams } from '../../src/engine/model/params';
import { randomInt, seededRandom } from '../../src/engine/random';
import { createTrainer, makeBatch } from '../../src/engine/train';

const MICRO_CONFIG: ModelConfig = {
  ...REFERENCE_CONFIG,
  dModel: 32,
  heads: 4,
  dFF: 64,
  encoderLayers: 1,
  decoderLayers: 1,
  srcVocabSize: 12,
  tgtVocabSize: 12,
  maxLength: 10,
};

const STEPS = 200;

/** The reversal task: each batch holds fresh random sentences of 3–6 words and their reversal. */
function trainReversal(seed: number): { losses: number[]; accuracies: number[] } {
  const random = seededRandom(seed);
  const trainer = createTrainer(MICRO_CONFIG, initParams(MICRO_CONFIG, seed), {
    labelSmoothing: 0.1,
    warmupSteps: 30,
    learningRateScale: 1,
  });
  const losses: number[] = [];
  const accuracies: number[] = [];
  for (let step = 0; step < STEPS; step++) {
    const pairs = Array.from({ length: 16 }, () => {
      const src = Array.from({ length: 3 + randomInt(random, 4) }, () => 4 + randomInt(random, 8));
      return { src, tgt: [...src].reverse() };
    });
    const result = trainer.step(makeBatch(pairs));
    losses.push(result.loss);
    accuracies.push(result.accuracy);
  }
  return { losses, accuracies };
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe('a micro model learning to reverse sentences', () => {
  it(`lowers its loss by at least 35% in ${STEPS} steps, identically on a second run`, () => {
    const run = trainReversal(42);
    const start = mean(run.losses.slice(0, 5));
    const end = mean(run.losses.slice(-5));
    console.log(
      `reversal: loss ${start.toFixed(3)} → ${end.toFixed(3)} (−${(100 * (1 - end / start)).toFixed(0)}%), ` +
        `accuracy ${mean(run.accuracies.slice(0, 5)).toFixed(2)} → ${mean(run.accuracies.slice(-5)).toFixed(2)}`,
    );
    expect(end).toBeLessThan(0.65 * start);
    expect(mean(run.accuracies.slice(-5))).toBeGreaterThan(0.4);
    expect(trainReversal(42)).toEqual(run);
  });
});
