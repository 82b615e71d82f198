/**
 * What each head is worth to the explained word: switch it off alone (ablation.ts zeroes its
 * block of the concatenation) and read the word's probability again, teacher-forced on the same
 * words:   effect(head) = p(word | head off) − p(word)
 * A large drop says the word needs that head; a rise says the head argued against it.
 */
import type { AblatedHead, AblatedSublayer } from '../model/ablation';
import type { ModelConfig } from '../model/config';
import { forwardTrace } from '../model/forward';
import type { Params } from '../model/params';
import { prefixOf, traced, type ExplainedWord } from './word';

export interface HeadEffect extends AblatedHead {
  /** p(word | this head off) − p(word). */
  effect: number;
}

export interface HeadAblationEffects {
  /** p(word) with every head on. */
  probability: number;
  /** Every head of every attention sublayer, encoder first, then decoder self, then encoder-decoder. */
  heads: HeadEffect[];
}

/** Every head of the model, in the order the effects are listed. */
export function everyHead(config: ModelConfig): AblatedHead[] {
  const heads: AblatedHead[] = [];
  const add = (kind: AblatedSublayer, layers: number) => {
    for (let layer = 0; layer < layers; layer++) {
      for (let head = 0; head < config.heads; head++) heads.push({ kind, layer, head });
    }
  };
  add('enc', config.encoderLayers);
  add('dec-self', config.decoderLayers);
  add('dec-cross', config.decoderLayers);
  return heads;
}

/** p(word) in a teacher-forced pass with `switchedOff` heads off. */
function probabilityOf(
  params: Params,
  config: ModelConfig,
  word: ExplainedWord,
  switchedOff: AblatedHead[],
): number {
  const trace = forwardTrace(params, config, word.srcIds, prefixOf(word), switchedOff);
  return traced(trace, 'out.probs').data[word.position * config.tgtVocabSize + word.wordId];
}

/** The effect of switching each head off, one at a time, on the explained word's probability. */
export function headAblationEffects(
  params: Params,
  config: ModelConfig,
  word: ExplainedWord,
): HeadAblationEffects {
  const probability = probabilityOf(params, config, word, []);
  const heads = everyHead(config).map((head) => ({
    ...head,
    effect: probabilityOf(params, config, word, [head]) - probability,
  }));
  return { probability, heads };
}
