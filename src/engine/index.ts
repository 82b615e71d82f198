/** The engine's public API: pure TypeScript, no DOM, safe to run in a worker. */
export * from './tensor';
export * from './random';
export * from './model/config';
export * from './model/params';
export type * from './model/trace';
export { positionalEncoding } from './model/positional';
export { softmaxRows } from './ops/softmax';
export { layerNorm } from './ops/layerNorm';
export { forwardTrace } from './model/forward';
export { CANDIDATE_COUNT } from './model/candidates';
export {
  greedyDecode,
  greedyDecodeWithoutCache,
  type GreedyOptions,
  type GreedyResult,
} from './model/greedy';
export { beamSearch, hypothesisTokens, type BeamOptions } from './model/beam';
export { translate } from './model/translate';
export {
  ablateWeights,
  checkAblation,
  type AblatedHead,
  type AblatedSublayer,
  type HeadAblation,
} from './model/ablation';
