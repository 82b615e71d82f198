/**
 * The training lab's steps per second: its default model (d_model 32, 2 heads, 1 + 1 layers) on
 * its default task (reverse 3 to 8 digits, batches of 32), timed over what the training worker does
 * between two progress reports: ten steps on the task's batches, one held-out measurement, and the
 * probe traced and packed for the page. Beside it, the engine's trainer alone on one fixed batch of
 * the task, and tfjs-wasm training the same model on the same batch as a batched model would
 * (tf.variableGrads of the batched reference loss, tfjs's own Adam with the paper's betas).
 * Every timed call is STEPS_PER_CALL steps: steps per second = 1000 × STEPS_PER_CALL ÷ median ms.
 */
import * as tf from '@tensorflow/tfjs';
import { initParams, parameterCount } from '../../src/engine/model/params';
import { createTrainer, makeBatch } from '../../src/engine/train';
import { createLabRun } from '../../src/training/labRun';
import {
  DEFAULT_LAB_SETTINGS,
  LAB_LABEL_SMOOTHING,
  labModelConfig,
} from '../../src/training/labSettings';
import { buildTask, derivedSeed } from '../../src/training/tasks';
import { packTensors } from '../../src/worker/packing';
import { batchedLoss, toBatchIds } from '../../test/reference/tfjsBatchedLoss';
import { toTfParams } from '../../test/reference/tfjsTransformer';
import { selectTfjsBackend } from './tfjsBackends';
import type { BenchTask } from './types';

/** Steps in one timed call: as many as the worker takes between two progress reports. */
export const STEPS_PER_CALL = 10;
/** A fixed rate for tfjs's Adam, the schedule's value near its peak; it does not change the cost. */
const LEARNING_RATE = 1e-3;

export function trainingStepsTask(): BenchTask {
  const settings = DEFAULT_LAB_SETTINGS;
  const task = buildTask(settings.task, derivedSeed(settings.seed, 1));
  const config = labModelConfig(settings.model, task);
  // The task's first batch_size examples, padded as the worker pads them.
  const batch = makeBatch(task.train.slice(0, settings.batchSize));
  const trainerOptions = {
    labelSmoothing: LAB_LABEL_SMOOTHING,
    warmupSteps: settings.warmupSteps,
    learningRateScale: settings.learningRateScale,
  };

  return {
    name:
      `lab training, ${STEPS_PER_CALL} steps per call (steps/s = ${1000 * STEPS_PER_CALL} ÷ median ms), ` +
      `batch ${settings.batchSize}, ${parameterCount(config)} parameters`,
    cases: [
      {
        runner: 'engine, as the worker trains',
        prepare: async () => {
          const run = createLabRun(settings);
          return {
            run: () => {
              for (let i = 0; i < STEPS_PER_CALL; i++) run.step();
              run.heldOutLoss();
              packTensors(run.probe().attention);
            },
          };
        },
      },
      {
        runner: 'engine trainer, one batch',
        prepare: async () => {
          const trainer = createTrainer(config, initParams(config, 2017), trainerOptions);
          return {
            run: () => {
              for (let i = 0; i < STEPS_PER_CALL; i++) trainer.step(batch);
            },
          };
        },
      },
      {
        runner: 'tfjs-wasm, one batch',
        prepare: async () => {
          await selectTfjsBackend('wasm');
          const initial = toTfParams(initParams(config, 2017));
          const variables = new Map(
            [...initial].map(([name, t]) => [name, tf.variable(t, true)] as const),
          );
          tf.dispose([...initial.values()]);
          const ids = toBatchIds(batch);
          const optimizer = tf.train.adam(LEARNING_RATE, 0.9, 0.98, 1e-9);
          const trainable = [...variables.values()];
          return {
            run: () => {
              for (let i = 0; i < STEPS_PER_CALL; i++) {
                const loss = optimizer.minimize(
                  () => batchedLoss(variables, config, ids, LAB_LABEL_SMOOTHING),
                  true,
                  trainable,
                );
                loss?.dataSync();
                loss?.dispose();
              }
            },
            dispose: () => {
              optimizer.dispose();
              tf.dispose([...trainable, ids.src, ids.tgtIn, ids.tgtOut]);
            },
          };
        },
      },
    ],
    budgets: [
      {
        label: 'lab training step ≤ tfjs-wasm on the same model and batch',
        faster: 'engine trainer, one batch',
        slower: 'tfjs-wasm, one batch',
        factor: 1,
      },
    ],
  };
}
