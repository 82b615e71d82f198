/**
 * A helper thread of data-parallel training (parallelTraining.ts): for each share it is sent, it
 * computes the gradients on the shared weights and writes them to its shared gradient buffer.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { tensor, type Params } from '../src/engine';
import { createTrainer } from '../src/engine/train';
import type { HelperSetup, ShareRequest } from './parallelTraining';

const { config, options, layout, weights, gradients } = (workerData as { setup: HelperSetup })
  .setup;
let offset = 0;
const params: Params = new Map();
const gradientViews: Float32Array[] = [];
for (const { name, shape } of layout) {
  const n = shape.reduce((product, size) => product * size, 1);
  params.set(name, tensor(shape, new Float32Array(weights, offset * 4, n)));
  gradientViews.push(new Float32Array(gradients, offset * 4, n));
  offset += n;
}
const trainer = createTrainer(config, params, options);

parentPort?.on('message', ({ batch, step, index }: ShareRequest) => {
  const stats = trainer.computeGradients(batch, { step, index });
  [...trainer.gradients.values()].forEach((g, i) => gradientViews[i].set(g));
  parentPort?.postMessage(stats);
});
