/**
 * Selecting a tfjs backend for tests and benchmarks run in node.
 */
import * as tf from '@tensorflow/tfjs';

/**
 * Production mode, before any tensor exists: keeps tfjs from printing its "install the node
 * backend" banner (the comparison is with the pure-JS and wasm backends on purpose) and skips
 * debug-only checks that would distort timings.
 */
export function quietTfjs(): void {
  tf.enableProdMode();
}

/** Makes tfjs's pure-JavaScript CPU backend the current one. */
export async function selectCpuBackend(): Promise<void> {
  quietTfjs();
  if (!(await tf.setBackend('cpu'))) throw new Error('the tfjs cpu backend failed to start');
  await tf.ready();
}
