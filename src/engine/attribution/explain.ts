/**
 * Every attribution of one output word, each handed over as soon as it is computed, cheapest first:
 * the three read from one teacher-forced pass, then saliency (one backward pass), then head
 * ablation (one pass per head, all run side by side).
 */
import type { ModelConfig } from '../model/config';
import { forwardTrace } from '../model/forward';
import type { Params } from '../model/params';
import { resolveWeights } from '../model/weights';
import { headAblationEffectsFromTrace, type HeadAblationEffects } from './headAblation';
import { rawAttention, type RawAttention } from './rawAttention';
import { attentionRollout, type Rollout } from './rollout';
import { gradientTimesInput, type Saliency } from './saliency';
import { valueWeightedAttention, type ValueWeightedLayer } from './valueWeighted';
import { checkExplainedWord, prefixOf, type ExplainedWord } from './word';

export type Attribution =
  | { method: 'attention'; attention: RawAttention }
  | { method: 'rollout'; rollout: Rollout }
  | { method: 'valueWeighted'; layers: ValueWeightedLayer[] }
  | { method: 'saliency'; saliency: Saliency }
  | { method: 'ablation'; ablation: HeadAblationEffects };

export type AttributionMethod = Attribution['method'];

/** The methods in the order explainWord reports them. */
export const ATTRIBUTION_METHODS: readonly AttributionMethod[] = [
  'attention',
  'rollout',
  'valueWeighted',
  'saliency',
  'ablation',
];

/**
 * Every attribution of `word`, one at a time as each is computed, so a caller can hand each on
 * (or stop) before the next is started.
 */
export function* explainWord(
  params: Params,
  config: ModelConfig,
  word: ExplainedWord,
): Generator<Attribution, void, undefined> {
  checkExplainedWord(word, config);
  const trace = forwardTrace(params, config, word.srcIds, prefixOf(word));
  yield { method: 'attention', attention: rawAttention(trace, config, word.position) };
  yield { method: 'rollout', rollout: attentionRollout(trace, config, word.position) };
  const weights = resolveWeights(params, config);
  yield { method: 'valueWeighted', layers: valueWeightedAttention(trace, weights, word.position) };
  yield { method: 'saliency', saliency: gradientTimesInput(params, config, word) };
  yield { method: 'ablation', ablation: headAblationEffectsFromTrace(trace, weights, word) };
}
