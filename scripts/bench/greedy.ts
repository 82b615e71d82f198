/**
 * Greedy decoding of a fixed number of tokens (no early stop at <eos>): the engine with its KV
 * cache, and everyone recomputing the whole prefix at every step.
 */
import { greedyDecode, greedyDecodeWithoutCache } from '../../src/engine';
import { referenceGreedy } from '../../test/reference/tfjsTransformer';
import type { BenchFixture } from './fixture';
import { cachedGreedyFlops } from './flops';
import { tfjsCase } from './tfjsBackends';
import type { BenchTask } from './types';

export function greedyTask(fixture: BenchFixture): BenchTask {
  const { config, params, srcIds, greedySteps } = fixture;
  const options = { maxSteps: greedySteps, stopAtEos: false };
  const tfjsGreedy = (runner: string, backend: 'cpu' | 'wasm') =>
    tfjsCase(runner, backend, params, (tfParams) => {
      referenceGreedy(tfParams, config, srcIds, greedySteps);
    });

  return {
    name: `greedy decoding, ${greedySteps} tokens`,
    cases: [
      {
        runner: 'engine, KV cache',
        prepare: async () => ({ run: () => void greedyDecode(params, config, srcIds, options) }),
        flops: cachedGreedyFlops(config, srcIds.length, greedySteps),
      },
      {
        runner: 'engine, recomputing',
        prepare: async () => ({
          run: () => void greedyDecodeWithoutCache(params, config, srcIds, options),
        }),
      },
      tfjsGreedy('tfjs-cpu, recomputing', 'cpu'),
      tfjsGreedy('tfjs-wasm, recomputing', 'wasm'),
    ],
    budgets: [
      {
        label: 'cached greedy faster than recomputing',
        faster: 'engine, KV cache',
        slower: 'engine, recomputing',
        factor: 1,
      },
    ],
  };
}
