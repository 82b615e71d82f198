/**
 * Switching tfjs between its pure-JavaScript CPU backend and its WebAssembly backend in node.
 * Importing the wasm package registers the backend; its .wasm binaries are read from the
 * package's own dist folder, never fetched.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { Params } from '../../src/engine/model/params';
import { quietTfjs } from '../../test/reference/tfjsBackend';
import { disposeAll, toTfParams, type TfParams } from '../../test/reference/tfjsTransformer';
import type { BenchCase } from './types';

export type TfjsBackend = 'cpu' | 'wasm';

let wasmPathsSet = false;

export async function selectTfjsBackend(backend: TfjsBackend): Promise<void> {
  quietTfjs();
  if (backend === 'wasm' && !wasmPathsSet) {
    const entry = createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm');
    setWasmPaths(`${dirname(entry)}/`);
    wasmPathsSet = true;
  }
  if (!(await tf.setBackend(backend)))
    throw new Error(`the tfjs ${backend} backend failed to start`);
  await tf.ready();
}

/**
 * A case run by the tfjs reference on `backend`: the weights are uploaded to that backend
 * before timing (so no call pays for moving them) and freed afterwards.
 */
export function tfjsCase(
  runner: string,
  backend: TfjsBackend,
  params: Params,
  runWith: (tfParams: TfParams) => void,
): BenchCase {
  return {
    runner,
    prepare: async () => {
      await selectTfjsBackend(backend);
      const tfParams = toTfParams(params);
      return { run: () => runWith(tfParams), dispose: () => disposeAll(tfParams) };
    },
  };
}
