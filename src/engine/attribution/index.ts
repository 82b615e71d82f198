/** Which source words decided an output word: attention, rollout, value-weighted, saliency, ablation. */
export {
  ATTRIBUTION_METHODS,
  explainWord,
  type Attribution,
  type AttributionMethod,
} from './explain';
export { checkExplainedWord, type ExplainedWord } from './word';
export { headAverage, rawAttention, type HeadRows, type RawAttention } from './rawAttention';
export { attentionRollout, encoderRollout, type Rollout } from './rollout';
export { valueWeightedAttention, type ValueWeightedLayer } from './valueWeighted';
export { gradientTimesInput, type Saliency } from './saliency';
export {
  everyHead,
  headAblationEffects,
  type HeadAblationEffects,
  type HeadEffect,
} from './headAblation';
export {
  alignmentAccuracy,
  ranks,
  spearman,
  strongestPosition,
  type GoldAlignment,
} from './agreement';
export {
  decideTwin,
  locateDecision,
  rankCarryingHeads,
  type CarryingHead,
  type Decision,
  type DecisionPronouns,
  type DecisionSentence,
  type TwinDecision,
} from './decision';
