/**
 * Every message between the page and the engine worker: a tagged union of requests and one of
 * replies. Every reply carries the id of the request it answers, so the page can drop what a
 * newer request has made stale.
 */
import type { ModelConfig } from '../engine/model/config';
import type { Language } from '../engine/tokenizer/tokenize';
import type { BeamResult, DecodeStep, DecodingChoice } from '../engine/model/trace';
import type { ManifestEntry } from './packing';

/** A model the worker can load. */
export type ModelRef =
  /** Shipped weights: public/models/<name>/{config.json, model.safetensors, vocab.json}. */
  | { kind: 'shipped'; name: string }
  /**
   * Seeded random weights. `basedOn` names a shipped model whose architecture and vocabularies
   * it takes (the "before training" comparison); null takes the built-in architecture and the
   * vocabularies of the corpus.
   */
  | { kind: 'untrained'; basedOn: string | null }
  /**
   * A model trained in the page's training lab: its weights come in the load request itself
   * (LoadRequest.trained). `name` tells one hand-over from the next.
   */
  | { kind: 'trained-in-browser'; name: string };

/** A model trained in the page: its configuration, its words, and its weights in one buffer. */
export interface TrainedModelPayload {
  config: ModelConfig;
  vocabularies: { source: string[]; target: string[] };
  /** Every parameter, by its name in parameterShapes, packed (see packing.ts). */
  manifest: ManifestEntry[];
  bytes: Uint8Array;
}

/** One line of public/models/index.json. */
export interface ModelListing {
  name: string;
  label: string;
  sourceLanguage: Language;
  targetLanguage: Language;
}

/** The languages a model translates between: they decide how text is split into tokens. */
export interface LanguagePair {
  source: Language;
  target: Language;
}

/** What the page learns about a model once the worker has it. */
export interface ModelInfo {
  ref: ModelRef;
  trained: boolean;
  config: ModelConfig;
  parameterCount: number;
  languages: LanguagePair;
}

// Requests, page → worker.

export interface LoadRequest {
  type: 'load';
  id: number;
  model: ModelRef;
  /** Absolute URL of the models folder, ending with `/`. */
  modelsUrl: string;
  languages: LanguagePair;
  /** The weights of a `trained-in-browser` model. */
  trained?: TrainedModelPayload;
}

export interface RunRequest {
  type: 'run';
  id: number;
  /** Must have been sent in a `load` first; the run waits for that load to finish. */
  model: ModelRef;
  sentence: string;
  decoding: DecodingChoice;
}

export interface CancelRequest {
  type: 'cancel';
  id: number;
  /** The run to stop. */
  runId: number;
}

export type Request = LoadRequest | RunRequest | CancelRequest;

// Errors: values with a code and a sentence a reader understands.

export interface UnknownWord {
  word: string;
  /** Nearest known words, nearest first. */
  suggestions: string[];
}

/**
 * Why a model could not be used: no network, no such file, another HTTP error, bad contents, or
 * a run that named a model no `load` asked for.
 */
export type LoadFailure = 'fetch_failed' | 'not_found' | 'http_error' | 'corrupt' | 'not_loaded';

export type EngineError =
  | { code: 'empty_input'; message: string }
  | { code: 'unknown_words'; message: string; words: UnknownWord[] }
  | { code: 'too_long'; message: string; limit: number; length: number }
  | { code: 'model_load_failed'; message: string; file: string; reason: LoadFailure }
  | {
      code: 'invalid_weights';
      message: string;
      file: string;
      tensor: string | null;
      expected: number[] | null;
      found: number[] | null;
    }
  | { code: 'worker_crashed'; message: string };

export type EngineErrorCode = EngineError['code'];

/** Unknown words do not stop a run: they are read as <unk>, and reported beside the result. */
export type UnknownWordsWarning = Extract<EngineError, { code: 'unknown_words' }>;

// Replies, worker → page.

export interface LoadedReply {
  type: 'loaded';
  id: number;
  model: ModelInfo;
}

export interface StageReply {
  type: 'stage';
  /** The run's id. */
  id: number;
  /** `source`, `enc.{l}`, `decode.{t}`, `decoder`, `output`. */
  name: string;
  /** For `decode.{t}` stages: the step just taken, and its token as text. */
  step: DecodeStep | null;
  stepToken: string | null;
  manifest: ManifestEntry[];
  /** The stage's tensors, packed; its buffer is transferred. */
  bytes: Uint8Array;
  /** performance.timeOrigin + performance.now() in the worker just before posting. */
  postedAt: number;
}

/** A hypothesis beam search returned, best first. */
export interface ReturnedBeam {
  tokens: string[];
  translation: string;
  score: number;
}

export interface RunResult {
  /** The sentence as the reader typed it. */
  sentence: string;
  /** Token ids the encoder read, ending with <eos>, and the same tokens as text. */
  srcIds: Int32Array;
  sourceTokens: string[];
  /** Decoder input ids: <bos> then the chosen tokens, and as text. */
  tgtIds: Int32Array;
  targetTokens: string[];
  /** The translation's ids, without <bos>, ending with <eos> when the model stopped, and as text. */
  outputIds: Int32Array;
  outputTokens: string[];
  translation: string;
  /** Every decoding step: the token chosen and its rivals. */
  steps: DecodeStep[];
  unknownWords: UnknownWordsWarning | null;
  beam: BeamResult | null;
  beams: ReturnedBeam[];
}

/** Where a run's time went, measured in the worker. */
export interface RunTimings {
  /** From receiving the request to posting `done`. */
  totalMs: number;
  /** Inside the engine: tokenizing, encoding and decoding. */
  computeMs: number;
  /** Packing tensors into buffers. */
  packMs: number;
  stages: number;
  /** Bytes of every stage's packed buffer together. */
  traceBytes: number;
}

export interface DoneReply {
  type: 'done';
  id: number;
  result: RunResult;
  timings: RunTimings;
}

export interface ErrorReply {
  type: 'error';
  id: number;
  error: EngineError;
}

export type Reply = LoadedReply | StageReply | DoneReply | ErrorReply;
