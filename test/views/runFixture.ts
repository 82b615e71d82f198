/**
 * A real run for the view tests: the engine translates a short sentence with seeded random
 * weights, and the store receives it as the worker's client would hand it over.
 */
import { EOS, initParams, REFERENCE_CONFIG, translate, type ModelConfig } from '../../src/engine';
import type { Tensor } from '../../src/engine/tensor';
import type { Trace } from '../../src/engine/model/trace';
import type { ModelInfo } from '../../src/worker/protocol';
import type { CompletedRun } from '../../src/worker/runTypes';
import type { TraceName } from '../../src/engine';

/** Short maxLength: an untrained model never says <eos>, and 7 steps are enough to look at. */
export const CONFIG: ModelConfig = { ...REFERENCE_CONFIG, maxLength: 8 };

export const SOURCE_TOKENS = ['thinking', 'machines', 'are', 'here', '<eos>'];

export interface TestRun {
  trace: Trace;
  sourceTokens: string[];
  targetTokens: string[];
  tensor(name: TraceName): Tensor | undefined;
  /** The trace tensor, failing the test if the engine did not record it. */
  get(name: TraceName): Tensor;
}

export function makeRun(seed = 11): TestRun {
  const trace = translate(initParams(CONFIG, seed), CONFIG, [5, 6, 7, 8, EOS], { kind: 'greedy' });
  const get = (name: TraceName) => {
    const t = trace.tensors.get(name);
    if (!t) throw new Error(`the trace has no ${name}`);
    return t;
  };
  return {
    trace,
    sourceTokens: SOURCE_TOKENS,
    targetTokens: ['<bos>', ...Array.from(trace.outputIds, (id) => `w${id}`)],
    tensor: (name) => trace.tensors.get(name),
    get,
  };
}

export function storeRun(run: TestRun): CompletedRun {
  const outputTokens = run.targetTokens.slice(1);
  return {
    id: 1,
    stagesReceived: ['source', 'output'],
    trace: run.trace.tensors,
    steps: run.trace.steps,
    stepTokens: outputTokens,
    result: {
      sentence: 'thinking machines are here',
      srcIds: run.trace.srcIds,
      sourceTokens: run.sourceTokens,
      tgtIds: run.trace.tgtIds,
      targetTokens: run.targetTokens,
      outputIds: run.trace.outputIds,
      outputTokens,
      translation: outputTokens.join(' '),
      steps: run.trace.steps,
      unknownWords: null,
      beam: null,
      beams: [],
    },
    timings: {
      totalMs: 1,
      computeMs: 1,
      packMs: 0,
      stages: 2,
      traceBytes: 0,
      roundTripMs: 1,
      transferMs: 0,
    },
  };
}

export const MODEL_INFO: ModelInfo = {
  ref: { kind: 'untrained', basedOn: null },
  trained: false,
  config: CONFIG,
  parameterCount: 0,
  languages: { source: 'en', target: 'fr' },
};

/** The numbers a rendered VectorCells holds, read back from its cells. */
export function displayedValues(container: Element): number[] {
  return [...container.querySelectorAll<HTMLElement>('.cmp-vector-cell')].map((cell) =>
    Number(cell.dataset.value),
  );
}
