/**
 * Real runs for view tests: the engine translates with seeded weights, and the result is put in
 * the store the way the worker client would, so views draw real numbers that tests can read back.
 */
import { act } from '@testing-library/react';
import { initParams, translate, type Trace } from '../../../src/engine';
import {
  REFERENCE_CONFIG,
  SPECIAL_TOKENS,
  type ModelConfig,
} from '../../../src/engine/model/config';
import type { DecodingChoice } from '../../../src/engine/model/trace';
import { useStore } from '../../../src/store';
import type { ModelInfo, ReturnedBeam } from '../../../src/worker/protocol';
import type { CompletedRun } from '../../../src/worker/runTypes';

/** Short enough that every figure stays small; with seed 33 the greedy translation stops with <eos> after 5 steps. */
export const TEST_CONFIG: ModelConfig = { ...REFERENCE_CONFIG, maxLength: 8 };

/** A target vocabulary of TEST_CONFIG's size: the special tokens, then "mot4", "mot5", … */
export function testVocabulary(size = TEST_CONFIG.tgtVocabSize): string[] {
  return Array.from({ length: size }, (_, id) => SPECIAL_TOKENS[id] ?? `mot${id}`);
}

export const SOURCE_IDS = [5, 9, 12, 17, 2];
export const SOURCE_TOKENS = ['the', 'red', 'apple', 'falls', '<eos>'];

export interface RealRun {
  trace: Trace;
  run: CompletedRun;
  info: ModelInfo;
}

export function realRun(
  decoding: DecodingChoice = { kind: 'greedy' },
  seed = 33,
  config: ModelConfig = TEST_CONFIG,
  id = 1,
): RealRun {
  const trace = translate(initParams(config, seed), config, SOURCE_IDS, decoding);
  const vocabulary = testVocabulary(config.tgtVocabSize);
  const asText = (ids: ArrayLike<number>) => Array.from(ids, (token) => vocabulary[token]);
  const beam = trace.beam ?? null;
  const beams: ReturnedBeam[] = [];
  const run: CompletedRun = {
    id,
    stagesReceived: ['source', 'decoder', 'output'],
    trace: trace.tensors,
    // As the client reassembles them: only greedy decoding streams its steps stage by stage.
    steps: beam ? [] : trace.steps,
    stepTokens: beam ? [] : trace.steps.map((step) => vocabulary[step.chosenId]),
    result: {
      sentence: SOURCE_TOKENS.slice(0, -1).join(' '),
      srcIds: trace.srcIds,
      sourceTokens: SOURCE_TOKENS,
      tgtIds: trace.tgtIds,
      targetTokens: asText(trace.tgtIds),
      outputIds: trace.outputIds,
      outputTokens: asText(trace.outputIds),
      translation: asText(trace.outputIds).join(' '),
      steps: trace.steps,
      unknownWords: null,
      beam,
      beams,
      greedy: trace.greedy
        ? {
            outputIds: trace.greedy.outputIds,
            outputTokens: asText(trace.greedy.outputIds),
            translation: asText(trace.greedy.outputIds).join(' '),
            steps: trace.greedy.steps,
          }
        : null,
    },
    timings: {
      totalMs: 1,
      computeMs: 1,
      packMs: 0,
      stages: 3,
      traceBytes: 0,
      roundTripMs: 1,
      transferMs: 0,
    },
  };
  const info: ModelInfo = {
    ref: { kind: 'untrained', basedOn: null },
    trained: false,
    config,
    parameterCount: 0,
    languages: { source: 'en', target: 'fr' },
  };
  return { trace, run, info };
}

/** Puts the model and the finished run in the store, through the store's own actions. */
export function showRun({ run, info }: RealRun): void {
  act(() => {
    const store = useStore.getState();
    store.modelLoaded(info);
    store.runStarted(run.id);
    store.runFinished(run);
  });
}

/** The numbers a MatrixGrid drew, row by row, read from its cells' data-value attributes. */
export function drawnValues(container: Element): number[] {
  return Array.from(container.querySelectorAll('g[data-row][data-col]'), (cell) =>
    Number(cell.getAttribute('data-value')),
  );
}
