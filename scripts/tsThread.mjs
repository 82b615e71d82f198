/**
 * Starts a worker thread written in TypeScript: a worker does not inherit the loader that runs the
 * scripts, so this plain module loads it and then imports the thread's own file (workerData.file).
 */
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.file, import.meta.url);
