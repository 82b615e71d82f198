/**
 * The engine: a small encoder-decoder Transformer in pure TypeScript, no DOM, safe in a worker.
 * Everything outside src/engine imports it from here (a lint rule says so); what it offers:
 *
 * - tensors and seeded randomness: `tensor`, `row`, `seededRandom`;
 * - the model: its config (`ModelConfig`, special tokens), its parameters (`initParams`);
 * - one traced forward pass (`forwardTrace`), every intermediate named as in the trace;
 * - decoding: greedy with a key/value cache, beam search, `translate` (`translateStages` hands out
 *   each stage as it is computed); head ablation;
 * - attribution: raw attention, rollout, value-weighted attention, gradient × input, head effects;
 * - model files: reading and writing safetensors and vocabularies, with errors in plain words;
 * - tokenizing: `tokenize`, `detokenize`, the `Vocabulary` and its nearest known words;
 * - training: batches, the trainer (forward, backward, Adam).
 */
export * from './tensor';
export * from './random';

// the model
export * from './model/config';
export * from './model/params';
export type * from './model/trace';
export * from './model/traceNames';
export { positionalEncoding } from './model/positional';
export { resolveWeights } from './model/weights';
export { softmaxRows } from './ops/softmax';
export { layerNorm } from './ops/layerNorm';
export { forwardTrace } from './model/forward';

// decoding
export { CANDIDATE_COUNT, NEVER_CHOSEN } from './model/candidates';
export {
  greedyDecode,
  greedyDecodeWithoutCache,
  type GreedyOptions,
  type GreedyResult,
} from './model/greedy';
export { beamSearch, hypothesisTokens, type BeamOptions } from './model/beam';
export { translate, translateStages } from './model/translate';
export {
  ablateWeights,
  checkAblation,
  type AblatedHead,
  type AblatedSublayer,
  type HeadAblation,
} from './model/ablation';

// attribution
export { spearman, strongestPosition, type GoldAlignment } from './attribution/agreement';
export {
  locateDecision,
  type CarryingHead,
  type Decision,
  type DecisionPronouns,
  type DecisionSentence,
  type TwinDecision,
} from './attribution/decision';
export { explainWord, type Attribution, type AttributionMethod } from './attribution/explain';
export type { HeadAblationEffects, HeadEffect } from './attribution/headAblation';
export { headAverage, rawAttention } from './attribution/rawAttention';
export { attentionRollout } from './attribution/rollout';
export { gradientTimesInput } from './attribution/saliency';
export { valueWeightedAttention } from './attribution/valueWeighted';
export type { ExplainedWord } from './attribution/word';

// model files
export { describe, isPlainObject } from './io/json';
export { MODEL_LIMITS, tooLarge } from './io/limits';
export { ModelFileError, formatShapeList } from './io/modelFileError';
export {
  MODEL_FILE_NAMES,
  checkVocabulariesMatchConfig,
  modelFromFiles,
  paramsFromSafetensors,
  paramsToSafetensors,
  parseModelConfig,
  parseVocabularies,
  type LoadedModelFiles,
} from './io/modelFiles';
export { readSafetensors } from './io/safetensors';

// tokenizing
export { detokenize, tokenize, type Language } from './tokenizer/tokenize';
export {
  Vocabulary,
  editDistance,
  foldForComparison,
  nearestKnownWords,
} from './tokenizer/vocabulary';

// training
export { createAdamState } from './train/adam';
export { makeBatch, type Batch, type IdPair } from './train/batch';
export { createTrainer, type Trainer } from './train/trainer';
