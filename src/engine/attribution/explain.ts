/**
 * Every attribution of one output word, each reported as soon as it is computed, cheapest first:
 * the three read from one teacher-forced pass, then saliency (one backward pass), then head
 * ablation (one pass per head).
 */
import type { ModelConfig } from '../model/config';
import { forwardTrace } from '../model/forward';
import type { Params } from '../model/params';
import { resolveWeights } from '../model/weights';
import { headAblationEffects, type HeadAblationEffects } from './headAblation';
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

/** Computes every attribution of `word`, handing each to `report` as it finishes. */
export function explainWord(
  params: Params,
  config: ModelConfig,
  word: ExplainedWord,
  report: (attribution: Attribution) => void,
): void {
  checkExplainedWord(word, config);
  const trace = forwardTrace(params, config, word.srcIds, prefixOf(word));
  report({ method: 'attention', attention: rawAttention(trace, config, word.position) });
  report({ method: 'rollout', rollout: attentionRollout(trace, config, word.position) });
  const weights = resolveWeights(params, config);
  report({
    method: 'valueWeighted',
    layers: valueWeightedAttention(trace, weights, word.position),
  });
  report({ method: 'saliency', saliency: gradientTimesInput(params, config, word) });
  report({ method: 'ablation', ablation: headAblationEffects(params, config, word) });
}
