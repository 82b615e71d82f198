/** Real runs of a seeded model, as the compare view receives them, for the compare tests. */
import { initParams, REFERENCE_CONFIG, translate } from '../../src/engine';
import type { CompletedRun } from '../../src/worker/runTypes';
import { completedRun } from '../store/fixtures';

export const CONFIG = REFERENCE_CONFIG;
const PARAMS = initParams(CONFIG, 5);

/** The engine's run of `words` (ids taken from their letters), in the shape the page holds. */
export function engineRun(id: number, words: string[]): CompletedRun {
  const srcIds = [...words.map((w) => 4 + (w.charCodeAt(0) % 50)), 2];
  const trace = translate(PARAMS, CONFIG, srcIds, { kind: 'greedy' });
  const outputWords = [...trace.outputIds].map((t) => `w${t}`);
  const run = completedRun(id, words, outputWords.join(' '));
  return {
    ...run,
    trace: trace.tensors,
    steps: trace.steps,
    result: { ...run.result, steps: trace.steps },
  };
}
