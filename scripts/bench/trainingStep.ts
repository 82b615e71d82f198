/**
 * One training step on a batch of 32 sentence pairs: forward, label-smoothed loss, backward and
 * an Adam update (β1 0.9, β2 0.98, ε 1e-9). The engine runs the padded batch; tfjs takes the
 * gradients of the reference loss (each pair unpadded) with tf.variableGrads and applies its own
 * Adam. Both start from the same seeded weights, copied so other tasks' weights stay untouched.
 *
 * tfjs-wasm has no UnsortedSegmentSum kernel, which the gradient of gather (the embedding lookup)
 * needs, so there the two embedding tables stay fixed and tfjs does slightly less work than the
 * engine, which updates every parameter.
 */
import * as tf from '@tensorflow/tfjs';
import { REFERENCE_CONFIG, type ModelConfig } from '../../src/engine/model/config';
import { initParams, parameterCount } from '../../src/engine/model/params';
import { randomInt, seededRandom } from '../../src/engine/random';
import { createTrainer, makeBatch } from '../../src/engine/train';
import { referenceLoss, toTfParams } from '../../test/reference/tfjsTransformer';
import { referencePair } from '../../test/train/fixtures';
import { selectTfjsBackend } from './tfjsBackends';
import type { BenchTask } from './types';

/** The model of the training budget: about 290k parameters. */
const TRAINING_CONFIG: ModelConfig = {
  ...REFERENCE_CONFIG,
  dModel: 64,
  heads: 8,
  dFF: 256,
  encoderLayers: 2,
  decoderLayers: 2,
  srcVocabSize: 300,
  tgtVocabSize: 300,
};

const BATCH_SIZE = 32;
const LABEL_SMOOTHING = 0.1;
/** A fixed rate for tfjs's Adam, the schedule's value near its peak; it does not change the cost. */
const LEARNING_RATE = 1e-3;

/** 32 seeded pairs of 8 to 11 words (12 tokens at most with <eos> or <bos>). */
function trainingPairs(config: ModelConfig): { src: number[]; tgt: number[] }[] {
  const random = seededRandom(1706);
  const words = (vocabularySize: number) =>
    Array.from(
      { length: 8 + randomInt(random, 4) },
      () => 4 + randomInt(random, vocabularySize - 4),
    );
  return Array.from({ length: BATCH_SIZE }, () => ({
    src: words(config.srcVocabSize),
    tgt: words(config.tgtVocabSize),
  }));
}

export function trainingStepTask(): BenchTask {
  const config = TRAINING_CONFIG;
  const pairs = trainingPairs(config);
  const batch = makeBatch(pairs);
  const referencePairs = pairs.map(referencePair);

  return {
    name: `training step, batch ${BATCH_SIZE}, ${parameterCount(config)} parameters`,
    cases: [
      {
        runner: 'engine',
        prepare: async () => {
          const trainer = createTrainer(config, initParams(config, 2017), {
            labelSmoothing: LABEL_SMOOTHING,
            warmupSteps: 4000,
            learningRateScale: 1,
          });
          return { run: () => void trainer.step(batch) };
        },
      },
      {
        runner: 'tfjs-wasm',
        prepare: async () => {
          await selectTfjsBackend('wasm');
          const initial = toTfParams(initParams(config, 2017));
          const variables = new Map(
            [...initial].map(
              ([name, t]) => [name, tf.variable(t, !name.endsWith('embed.weight'))] as const,
            ),
          );
          const trainable = [...variables.values()].filter((v) => v.trainable);
          tf.dispose([...initial.values()]);
          const optimizer = tf.train.adam(LEARNING_RATE, 0.9, 0.98, 1e-9);
          return {
            run: () => {
              const loss = optimizer.minimize(
                () => referenceLoss(variables, config, referencePairs, LABEL_SMOOTHING),
                true,
                trainable,
              );
              loss?.dataSync();
              loss?.dispose();
            },
            dispose: () => {
              optimizer.dispose();
              tf.dispose([...variables.values()]);
            },
          };
        },
      },
    ],
    budgets: [
      {
        label: 'engine training step ≤ tfjs-wasm',
        faster: 'engine',
        slower: 'tfjs-wasm',
        factor: 1,
      },
    ],
  };
}
