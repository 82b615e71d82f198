/** Small hand-built runs and models for store tests: shapes are what matter, not the numbers. */
import { REFERENCE_CONFIG, type ModelConfig } from '../../src/engine/model/config';
import type { DecodeStep } from '../../src/engine/model/trace';
import { tensor } from '../../src/engine/tensor';
import type { ModelInfo } from '../../src/worker/protocol';
import type { CompletedRun, RunProgress } from '../../src/worker/runTypes';

export function modelInfo(config: Partial<ModelConfig> = {}): ModelInfo {
  return {
    ref: { kind: 'untrained', basedOn: null },
    trained: false,
    config: { ...REFERENCE_CONFIG, ...config },
    parameterCount: 1000,
    languages: { source: 'en', target: 'fr' },
  };
}

export function progress(id: number, stages: string[]): RunProgress {
  return {
    id,
    stagesReceived: stages,
    // one tensor per stage, under a name of its own
    trace: new Map(stages.map((_, i) => [`decode.${i}.probs` as const, tensor([1])])),
    steps: [],
    stepTokens: [],
  };
}

export function completedRun(id: number, words: string[], translation: string): CompletedRun {
  const outputWords = translation.split(' ');
  const steps: DecodeStep[] = outputWords.map((_, position) => ({
    position,
    chosenId: 4 + position,
    logProb: -1,
    candidates: [],
  }));
  return {
    id,
    stagesReceived: ['source', 'enc.0', 'output'],
    trace: new Map([['src.embed', tensor([words.length + 1, 4])]]),
    steps,
    stepTokens: outputWords,
    result: {
      sentence: words.join(' '),
      srcIds: new Int32Array(words.length + 1),
      sourceTokens: [...words, '<eos>'],
      tgtIds: new Int32Array(outputWords.length + 1),
      targetTokens: ['<bos>', ...outputWords],
      outputIds: new Int32Array(outputWords.length),
      outputTokens: outputWords,
      translation,
      steps,
      unknownWords: null,
      beam: null,
      beams: [],
    },
    timings: {
      totalMs: 1,
      computeMs: 1,
      packMs: 0,
      stages: 3,
      traceBytes: 64,
      roundTripMs: 2,
      transferMs: 0.1,
    },
  };
}
