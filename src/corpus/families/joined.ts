/**
 * Two clauses joined by "and", "but", "or" or a comma, each with its own tense, negation and
 * number; the second may name the first one's subject again with a pronoun that agrees:
 * "the girls ate the cake and they were happy" ↔ "les filles ont mangé le gâteau et elles
 * étaient heureuses", "yesterday , the dog didn't eat , it was sick" ↔ "hier , le chien …".
 */
import type { Random } from '../../engine';
import { chance, pick } from '../choice';
import { finishPair, prefixed, sequence, unit, type Phrase } from '../phrase';
import { randomSubject } from '../clause';
import {
  ACTING,
  objectAgainClause,
  pronounFor,
  randomClause,
  type ClauseSpec,
} from '../simple-clause';
import { randomTimeWord, TENSES } from '../tense';
import type { SentencePair } from '../types';
import { fitting } from './fitting';

const JOINS = [
  { en: 'and', fr: 'et' },
  { en: 'but', fr: 'mais' },
  { en: 'or', fr: 'ou' },
  { en: ',', fr: ',' },
] as const;

function randomSpec(random: Random): ClauseSpec {
  return { tense: pick(random, TENSES), negation: chance(random, 0.25) };
}

function joinedOnce(random: Random): SentencePair {
  const join = pick(random, JOINS);
  const first = randomClause(random, randomSpec(random));
  const secondSpec = chance(random, 0.5)
    ? { ...randomSpec(random), tense: first.tense }
    : randomSpec(random);
  const again = chance(random, 0.5);
  const secondSubject = again ? pronounFor(first.subject) : undefined;
  // Sometimes the second clause names the first one's object again: "… and she ate it".
  const objectAgain =
    first.object && !first.tags.includes('negation') && chance(random, 0.35)
      ? objectAgainClause(
          random,
          secondSubject ?? randomSubject(random, ACTING, 0.3),
          first.object,
          secondSpec,
        )
      : undefined;
  const second = objectAgain ?? randomClause(random, secondSpec, secondSubject);
  const time =
    first.tense === second.tense
      ? randomTimeWord(random, first.tense)
      : randomTimeWord(random, first.tense, 0);
  const body: Phrase = sequence(
    time.opening,
    prefixed(first, 'first'),
    unit(join.en, join.fr, 'join'),
    prefixed(second, 'second'),
    time.closing,
  );
  return finishPair(body, [
    'joined',
    join.en === ',' ? 'join:comma' : `join:${join.en}`,
    ...first.tags,
    ...second.tags,
    ...time.tags,
  ]);
}

export function joinedSentence(random: Random): SentencePair {
  return fitting(() => joinedOnce(random));
}
