/**
 * Data-parallel training over worker threads, so that one direction uses every core.
 *
 * Each step's batch is split into one share per thread (splitBatch). This thread computes the
 * first share's gradients while each helper thread computes another's, all on the same weights.
 * The shares' gradients are then added, each weighted by its share of the batch's target tokens
 * (the loss is a mean over tokens, so this is the whole batch's gradient up to rounding), and this
 * thread alone clips them and applies Adam. The weights reach the helpers through shared memory,
 * copied there after each update. Every sum runs in a fixed order, so a run is deterministic for
 * its seed and its number of threads.
 */
import { Worker } from 'node:worker_threads';
import type { ModelConfig, Params } from '../src/engine';
import {
  splitBatch,
  type Batch,
  type StepLoss,
  type StepResult,
  type Trainer,
  type TrainerOptions,
} from '../src/engine/train';

/** What a helper thread is started with (gradientThread.ts). */
export interface HelperSetup {
  config: ModelConfig;
  options: TrainerOptions;
  /** Each parameter's name and shape, in the order of the shared buffers. */
  layout: { name: string; shape: readonly number[] }[];
  /** The weights, written by this thread after each update, read by every helper. */
  weights: SharedArrayBuffer;
  /** This helper's gradients, written by it after each share, read by this thread. */
  gradients: SharedArrayBuffer;
}

/** A share of one step for a helper to compute. */
export interface ShareRequest {
  batch: Batch;
  step: number;
  index: number;
}

export interface ParallelTrainer {
  /** One optimisation step on the batch, its shares computed side by side. */
  step(batch: Batch): Promise<StepResult>;
  /** Stops the helper threads. */
  close(): Promise<void>;
}

/** Views of a shared buffer holding every parameter one after another, in `params`' order. */
function viewsOf(buffer: SharedArrayBuffer, params: Params): Float32Array[] {
  let offset = 0;
  return [...params.values()].map((t) => {
    const view = new Float32Array(buffer, offset * 4, t.data.length);
    offset += t.data.length;
    return view;
  });
}

/**
 * Wraps `trainer` (which owns the weights and Adam) so that each step is computed by `threads`
 * threads: this one and `threads − 1` helpers built with the same config and options.
 */
export function createParallelTrainer(
  trainer: Trainer,
  config: ModelConfig,
  options: TrainerOptions,
  threads: number,
): ParallelTrainer {
  const params = trainer.params;
  const floats = [...params.values()].reduce((sum, t) => sum + t.data.length, 0);
  const weights = new SharedArrayBuffer(floats * 4);
  const weightViews = viewsOf(weights, params);
  const publishWeights = () => [...params.values()].forEach((t, i) => weightViews[i].set(t.data));
  const layout = [...params].map(([name, t]) => ({ name, shape: t.shape }));
  const helpers = Array.from({ length: threads - 1 }, () => {
    const gradients = new SharedArrayBuffer(floats * 4);
    const setup: HelperSetup = { config, options, layout, weights, gradients };
    const worker = new Worker(new URL('./tsThread.mjs', import.meta.url), {
      workerData: { file: new URL('./gradientThread.ts', import.meta.url).href, setup },
    });
    return { worker, gradients: viewsOf(gradients, params) };
  });

  /** The helper's answer to one share: its loss statistics, or its error. */
  const answer = (worker: Worker) =>
    new Promise<StepLoss>((resolve, reject) => {
      const onError = (error: Error) => {
        worker.off('message', resolve);
        reject(error);
      };
      worker.once('message', (stats: StepLoss) => {
        worker.off('error', onError);
        resolve(stats);
      });
      worker.once('error', onError);
    });

  return {
    async step(batch) {
      const step = trainer.stepCount + 1;
      const [own, ...others] = splitBatch(batch, threads);
      publishWeights();
      const answers = helpers.map(({ worker }, h) => {
        const pending = answer(worker);
        const request: ShareRequest = { batch: others[h], step, index: h + 1 };
        worker.postMessage(request);
        return pending;
      });
      const shares = [
        trainer.computeGradients(own, { step, index: 0 }),
        ...(await Promise.all(answers)),
      ];
      const tokens = shares.reduce((sum, share) => sum + share.tokens, 0);
      const weightOf = (share: StepLoss) => share.tokens / Math.max(tokens, 1);
      // g = Σ_k (tokens_k / tokens) · g_k, this thread's share first, then each helper's in order
      const own0 = weightOf(shares[0]);
      [...trainer.gradients.values()].forEach((g, i) => {
        for (let j = 0; j < g.length; j++) g[j] *= own0;
        helpers.forEach(({ gradients }, h) => {
          const w = weightOf(shares[h + 1]);
          const other = gradients[i];
          for (let j = 0; j < g.length; j++) g[j] += w * other[j];
        });
      });
      const mean = (key: 'loss' | 'crossEntropy' | 'accuracy' | 'guidanceLoss') =>
        shares.reduce((sum, share) => sum + weightOf(share) * share[key], 0);
      return {
        loss: mean('loss'),
        crossEntropy: mean('crossEntropy'),
        accuracy: mean('accuracy'),
        guidanceLoss: mean('guidanceLoss'),
        tokens,
        ...trainer.applyGradients(),
      };
    },
    async close() {
      await Promise.all(helpers.map(({ worker }) => worker.terminate()));
    },
  };
}
