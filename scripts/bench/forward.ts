/**
 * One teacher-forced forward pass with the full trace: every intermediate computed and readable.
 * For tfjs that means reading every trace tensor back with dataSync, as a view would.
 */
import { forwardTrace } from '../../src/engine';
import { disposeAll, referenceForward } from '../../test/reference/tfjsTransformer';
import type { BenchFixture } from './fixture';
import { forwardFlops } from './flops';
import { tfjsCase } from './tfjsBackends';
import type { BenchTask } from './types';

export function forwardTask(fixture: BenchFixture): BenchTask {
  const { config, params, srcIds, tgtInputIds } = fixture;
  const flops = forwardFlops(config, srcIds.length, tgtInputIds.length);
  const tfjsForward = (runner: string, backend: 'cpu' | 'wasm') => ({
    ...tfjsCase(runner, backend, params, (tfParams) => {
      const trace = referenceForward(tfParams, config, srcIds, tgtInputIds);
      for (const t of trace.values()) t.dataSync();
      disposeAll(trace);
    }),
    flops,
  });

  return {
    name: 'forward pass, full trace',
    cases: [
      {
        runner: 'engine',
        prepare: async () => ({
          run: () => void forwardTrace(params, config, srcIds, tgtInputIds),
        }),
        flops,
      },
      tfjsForward('tfjs-cpu', 'cpu'),
      tfjsForward('tfjs-wasm', 'wasm'),
    ],
    budgets: [
      {
        label: 'engine forward ≤ 1/7 of tfjs-cpu',
        faster: 'engine',
        slower: 'tfjs-cpu',
        factor: 7,
      },
      { label: 'engine forward ≤ tfjs-wasm', faster: 'engine', slower: 'tfjs-wasm', factor: 1 },
    ],
  };
}
