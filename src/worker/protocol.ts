/**
 * Every message between the page and the engine worker: a tagged union of requests and one of
 * replies. Every reply carries the id of the request it answers, so the page can drop what a
 * newer request has made stale.
 */
import type { Attribution } from '../engine';
import type { DecisionOutcome } from './decision';
import type { ItHeadInfo } from './itHeadInfo';
import type { LayerAlignmentInfo } from './alignmentInfo';
import type { HeadAblation } from '../engine';
import type { ModelConfig } from '../engine';
import type { Language } from '../engine';
import type { BeamResult, DecodeStep, DecodingChoice } from '../engine';
import type { ManifestEntry } from './packing';
import type { WordKind } from './wordKinds';

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

/** A model's words, each at its id: the source and the target vocabulary. */
export interface ModelVocabularies {
  source: string[];
  target: string[];
}

/** What the page learns about a model once the worker has it. */
export interface ModelInfo {
  ref: ModelRef;
  trained: boolean;
  config: ModelConfig;
  parameterCount: number;
  languages: LanguagePair;
  /** The encoder head that best sends "it" to its antecedent, as training measured it. */
  itHead?: ItHeadInfo | null;
  /** Each encoder-decoder head's accuracy against the gold alignment, as training measured it. */
  alignment?: LayerAlignmentInfo[] | null;
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
  /** Heads switched off for this run (a classroom experiment); none when absent. */
  ablatedHeads?: HeadAblation;
}

/**
 * Scores a reference translation of `sentence`: the decoder reads the reference teacher-forced,
 * with the model and with its untrained twin (same architecture and words, seeded weights). It
 * never cancels a run; a newer score makes an older one stale.
 */
export interface ScoreRequest {
  type: 'score';
  id: number;
  /** Must have been sent in a `load` first, as for a run. */
  model: ModelRef;
  sentence: string;
  reference: string;
}

export interface CancelRequest {
  type: 'cancel';
  id: number;
  /** The run to stop. */
  runId: number;
}

/**
 * Every attribution of one output word of a translation (engine/attribution), read
 * teacher-forced on the run's own ids; each method is sent as it finishes, then `attributed`.
 * A newer request makes an older one stale; runs and attributions never stop each other.
 */
export interface AttributeRequest {
  type: 'attribute';
  id: number;
  /** Must have been sent in a `load` first, as for a run. */
  model: ModelRef;
  /** The run's source ids, ending with <eos>. */
  srcIds: Int32Array;
  /** The run's decoder input: <bos> then the translation's words. */
  tgtIds: Int32Array;
  /** Which output word (0 = the first after <bos>), and its id. */
  position: number;
  wordId: number;
}

/**
 * Where the loaded model decides between "il" and "elle" for the post's "it" sentence and its
 * twin (worker/decision.ts); answered by one `decision` reply, computed only when asked.
 */
export interface LocateDecisionRequest {
  type: 'locateDecision';
  id: number;
  /** Must have been sent in a `load` first, as for a run. */
  model: ModelRef;
}

export type Request =
  | LoadRequest
  | RunRequest
  | CancelRequest
  | ScoreRequest
  | AttributeRequest
  | LocateDecisionRequest;

// Errors: values with a code and a sentence a reader understands.

export interface UnknownWord {
  word: string;
  /** Nearest known words, nearest first: of the kind guessed when there is a guess. */
  suggestions: string[];
  /** The kind of word it seems to play from its neighbours (kindGuess.ts); absent without a guess. */
  kinds?: WordKind[];
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
  | {
      code: 'model_load_failed';
      message: string;
      file: string;
      reason: LoadFailure;
      /** The server's or the browser's own words on a failed fetch ("HTTP 500 Server Error"). */
      detail?: string;
    }
  | {
      code: 'invalid_weights';
      message: string;
      file: string;
      tensor: string | null;
      expected: number[] | null;
      found: number[] | null;
    }
  | {
      code: 'worker_crashed';
      message: string;
      /** The browser's words for why the engine stopped. */
      why?: string;
      /** Whether the engine was started again (not when it stopped again at once). */
      restarted?: boolean;
    }
  | { code: 'invalid_request'; message: string };

export type EngineErrorCode = EngineError['code'];

/** Unknown words do not stop a run: they are read as <unk>, and reported beside the result. */
export type UnknownWordsWarning = Extract<EngineError, { code: 'unknown_words' }>;

// Replies, worker → page.

export interface LoadedReply {
  type: 'loaded';
  id: number;
  model: ModelInfo;
  vocabularies: ModelVocabularies;
  /** Every parameter under its name (params.ts), packed once per load; its buffer is transferred. */
  parameterManifest: ManifestEntry[];
  parameterBytes: Uint8Array;
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

/** For a beam search run: what greedy decoding chose from the same encoder output. */
export interface GreedyBeside {
  outputIds: Int32Array;
  outputTokens: string[];
  translation: string;
  steps: DecodeStep[];
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
  /** The words read as people's names (capitalised, unknown), carried into the translation. */
  names?: { name: string; gender: 'f' | 'm'; knownName: boolean }[];
  beam: BeamResult | null;
  beams: ReturnedBeam[];
  /** Beam search runs only: greedy decoding's translation of the same sentence; null otherwise. */
  greedy?: GreedyBeside | null;
  /** The heads switched off in this run; empty for the model as trained. */
  ablatedHeads?: HeadAblation;
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

/** One model's predictions for the reference: its out.probs, under `{name}.out.probs`. */
export interface ScoredModelEntry {
  /** `model` for a trained model, `untrained` for seeded weights (its twin, or itself). */
  name: 'model' | 'untrained';
  trained: boolean;
}

export interface ScoredReply {
  type: 'scored';
  id: number;
  sentence: string;
  reference: string;
  /** The source tokens, ending with <eos>, as the encoder read them. */
  sourceTokens: string[];
  /** The reference's tokens and ids, ending with <eos>: what each position should predict. */
  referenceTokens: string[];
  referenceIds: Int32Array;
  unknownWords: UnknownWordsWarning | null;
  /** Words of the reference the target vocabulary lacks (read as <unk>). */
  referenceUnknownWords: UnknownWordsWarning | null;
  /** The model first, then its untrained twin (absent when the model is itself untrained). */
  models: ScoredModelEntry[];
  /** Each model's out.probs (reference length × V_tgt), packed; the buffer is transferred. */
  manifest: ManifestEntry[];
  bytes: Uint8Array;
}

export interface ErrorReply {
  type: 'error';
  id: number;
  error: EngineError;
}

/** One method's attribution of the requested output word. */
export interface AttributionReply {
  type: 'attribution';
  id: number;
  attribution: Attribution;
}

/** Every method of an `attribute` request has been sent. */
export interface AttributedReply {
  type: 'attributed';
  id: number;
  /** Time inside the engine, for every method together. */
  computeMs: number;
}

/** The answer to a `locateDecision` request: the decision located, or why there is none. */
export interface DecisionReply {
  type: 'decision';
  id: number;
  outcome: DecisionOutcome;
}

export type Reply =
  | DecisionReply
  | LoadedReply
  | StageReply
  | DoneReply
  | ErrorReply
  | ScoredReply
  | AttributionReply
  | AttributedReply;
