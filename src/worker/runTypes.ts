/**
 * A run as the page sees it once the client has reassembled the worker's stages: what the store
 * holds and what views read.
 */
import type { DecodeStep } from '../engine';
import type { Tensor, TraceName } from '../engine';
import type {
  ModelVocabularies,
  RunResult,
  RunTimings,
  ScoredModelEntry,
  UnknownWordsWarning,
} from './protocol';

/** The trace so far: every tensor by its trace name. */
export type TraceTensors = ReadonlyMap<TraceName, Tensor>;

/** The run after one more stage arrived. `trace` is a new Map each time, so selectors see it. */
export interface RunProgress {
  id: number;
  stagesReceived: string[];
  trace: TraceTensors;
  steps: DecodeStep[];
  /** The chosen token of each step, as text. */
  stepTokens: string[];
}

/** Timings of the worker, plus what the page measured on its side. */
export interface ClientTimings extends RunTimings {
  /** From posting `run` to receiving `done`. */
  roundTripMs: number;
  /** Sum over stages of the time between the worker posting a stage and the page receiving it. */
  transferMs: number;
}

export interface CompletedRun extends RunProgress {
  result: RunResult;
  timings: ClientTimings;
}

/** What the page keeps of a loaded model besides its info: its words and its parameters. */
export interface ModelContents {
  vocabularies: ModelVocabularies;
  /** Every parameter by its name (params.ts), views into one received buffer. */
  parameters: ReadonlyMap<string, Tensor>;
}

/** A reference translation scored by the model and, for a trained one, its untrained twin. */
export interface ScoredReference {
  id: number;
  sentence: string;
  reference: string;
  /** Source tokens, ending with <eos>. */
  sourceTokens: string[];
  /** Reference tokens and ids, ending with <eos>: what each position should predict. */
  referenceTokens: string[];
  referenceIds: Int32Array;
  unknownWords: UnknownWordsWarning | null;
  referenceUnknownWords: UnknownWordsWarning | null;
  /** The model first; each with its out.probs (reference length × V_tgt). */
  models: (ScoredModelEntry & { probs: Tensor })[];
}
