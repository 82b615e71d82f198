/**
 * Noun phrases standing alone, like the post's "thinking machines" ↔ "machines pensantes":
 * the plainest view of adjective–noun reordering and agreement. A bare English plural stays
 * bare in French ("red apples" ↔ "pommes rouges"), as in a title.
 */
import type { Random } from '../../engine';
import { chance, pick, weighted } from '../choice';
import { adjectivesFor } from '../lexicon/adjectives';
import { NOUNS } from '../lexicon/nouns';
import { nounPhrase } from '../noun-phrase';
import { finishPair } from '../phrase';
import { SET_PHRASES } from '../lexicon/words';
import type { SentencePair } from '../types';

export function fragment(random: Random): SentencePair {
  const noun = pick(random, NOUNS);
  const form = weighted(random, { the: 0.3, a: 0.25, bare: 0.25, thePlural: 0.2 });
  const plural = form === 'bare' || form === 'thePlural';
  const determiner = form === 'bare' ? 'none' : form === 'thePlural' ? 'the' : form;
  const adjectives = adjectivesFor(noun.kinds);
  const adjective = chance(random, 0.85) ? pick(random, adjectives) : undefined;
  const phrase = nounPhrase({ noun, plural, determiner, adjective, role: 'noun' });
  return finishPair(phrase, ['fragment', ...(phrase.reordered ? ['reorder'] : [])]);
}

/** "thanks" ↔ "merci", "good night" ↔ "bonne nuit": phrases learnt whole, not composed. */
export function setPhrases(): SentencePair[] {
  return SET_PHRASES.map(({ en, fr, links }) => ({
    en: en.split(' '),
    fr: fr.split(' '),
    alignment: links.map(([i, j]): [number, number] => [i, j]),
    tags: ['phrase'],
  }));
}
