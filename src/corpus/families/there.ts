/**
 * Counting with "there is / there are" ↔ "il y a": the only place numbers appear, so that "un"
 * elsewhere always means "a". "one" agrees in French: "there is one apple" ↔ "il y a une pomme".
 * "there are no cats" ↔ "il n'y a pas de chats"; "are there two cats ?" ↔ "est-ce qu'il y a
 * deux chats ?".
 */
import { randomInt, type Random } from '../../engine';
import { chance, pick, weighted } from '../choice';
import { frame, frenchQuestion, randomLocation } from '../clause';
import { adjectivesFor } from '../lexicon/adjectives';
import { nounsOf } from '../lexicon/nouns';
import { randomCount } from '../lexicon/numbers';
import { frenchMarksPlural, nounPhrase, type Determiner } from '../noun-phrase';
import { finishPair, sequence, word, type Phrase } from '../phrase';
import type { SentencePair } from '../types';

const COUNTED = nounsOf([
  'animal',
  'person',
  'food',
  'thing',
  'openable',
  'vehicle',
  'plant',
  'machine',
]);

export function thereSentence(random: Random): SentencePair {
  const mode = weighted(random, { count: 0.65, negation: 0.2, question: 0.15 });
  const noun = pick(random, COUNTED);
  let count: number;
  if (mode === 'count') count = randomCount(random);
  else if (mode === 'question') count = 2 + randomInt(random, 9);
  else count = chance(random, 0.5) && frenchMarksPlural(noun) ? 2 : 1;
  const plural = count > 1;
  const determiner: Determiner = mode === 'negation' ? 'no' : { count };
  const adjective = chance(random, 0.3) ? pick(random, adjectivesFor(noun.kinds)) : undefined;
  const counted = nounPhrase({ noun, plural, determiner, adjective, role: 'object' });
  const location = chance(random, 0.5) ? randomLocation(random) : sequence();

  const there = word('there', 'there');
  const be = word(plural ? 'are' : 'is', 'there.be');
  const frThere =
    mode === 'negation'
      ? [
          word('il', 'there'),
          word('ne', 'negation'),
          word('y', 'there'),
          word('a', 'there.be'),
          word('pas', 'negation'),
        ]
      : [word('il', 'there'), word('y', 'there'), word('a', 'there.be')];
  const frStatement = [...frThere, ...counted.fr, ...location.fr];
  const body: Phrase =
    mode === 'question'
      ? {
          en: [be, there, ...counted.en, ...location.en, word('?', 'end')],
          fr: frenchQuestion(frStatement),
        }
      : { en: [there, be, ...counted.en, ...location.en], fr: frStatement };

  const { phrase, tags } = frame(random, body, mode === 'negation', mode === 'question');
  return finishPair(phrase, [
    'there',
    ...tags,
    ...(mode === 'negation' ? ['negation'] : ['number']),
    ...(mode === 'question' ? ['question'] : []),
    ...(counted.reordered ? ['reorder'] : []),
    ...(location.en.length > 0 ? ['location'] : []),
  ]);
}
