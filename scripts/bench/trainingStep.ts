/**
 * One training step on a batch of 32 sentence pairs: forward, label-smoothed loss, backward and
 * an Adam update (β1 0.9, β2 0.98, ε 1e-9). Every runner works on the same padded batch: the
 * engine with its own step, tfjs (cpu and wasm backends) as a batched model would train, taking
 * the gradients of the batched reference loss with tf.variableGrads and applying its own Adam.
 * All start from the same seeded weights, copied so other tasks' weights stay untouched, and
 * every runner updates every parameter.
 *
 * tfjs-wasm has no UnsortedSegmentSum kernel, which the gradient of tf.gather needs, so the tfjs
 * model looks embeddings up as onehot(ids) × table on both of its backends (see
 * tfjsBatchedLoss.ts): the two embedding tables train there too, at the cost of a small matmul.
 */
import * as tf from '@tensorflow/tfjs';
import { REFERENCE_CONFIG, type ModelConfig } from '../../src/engine/model/config';
import { initParams, parameterCount } from '../../src/engine/model/params';
import { randomInt, seededRandom } from '../../src/engine/random';
import { createTrainer, makeBatch, type Batch } from '../../src/engine/train';
import { batchedLoss, toBatchIds } from '../../test/reference/tfjsBatchedLoss';
import { toTfParams } from '../../test/reference/tfjsTransformer';
import { selectTfjsBackend, type TfjsBackend } from './tfjsBackends';
import { trainingStepFlops } from './flops';
import type { BenchCase, BenchTask } from './types';

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

/**
 * A case run by tfjs on `backend`: weights become trainable variables and the batch's ids
 * tensors before timing; each timed call is one tf.train.adam step on the batched loss.
 */
function tfjsTrainingCase(
  runner: string,
  backend: TfjsBackend,
  config: ModelConfig,
  batch: Batch,
): BenchCase {
  return {
    runner,
    prepare: async () => {
      await selectTfjsBackend(backend);
      const initial = toTfParams(initParams(config, 2017));
      const variables = new Map(
        [...initial].map(([name, t]) => [name, tf.variable(t, true)] as const),
      );
      tf.dispose([...initial.values()]);
      const ids = toBatchIds(batch);
      const optimizer = tf.train.adam(LEARNING_RATE, 0.9, 0.98, 1e-9);
      return {
        run: () => {
          const loss = optimizer.minimize(
            () => batchedLoss(variables, config, ids, LABEL_SMOOTHING),
            true,
            [...variables.values()],
          );
          loss?.dataSync();
          loss?.dispose();
        },
        dispose: () => {
          optimizer.dispose();
          tf.dispose([...variables.values(), ids.src, ids.tgtIn, ids.tgtOut]);
        },
      };
    },
  };
}

export function trainingStepTask(): BenchTask {
  const config = TRAINING_CONFIG;
  const batch = makeBatch(trainingPairs(config));
  const flops = trainingStepFlops(config, batch.batchSize, batch.srcLength, batch.tgtLength);

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
        flops,
      },
      { ...tfjsTrainingCase('tfjs-cpu, batched', 'cpu', config, batch), flops },
      { ...tfjsTrainingCase('tfjs-wasm, batched', 'wasm', config, batch), flops },
    ],
    budgets: [
      {
        label: 'engine training step ≤ tfjs-wasm',
        faster: 'engine',
        slower: 'tfjs-wasm, batched',
        factor: 1,
      },
    ],
  };
}
