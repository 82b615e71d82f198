/**
 * Longer and asked sentences made of known clauses: three clauses, "the dog ate the cake , the
 * cat ate the apple and the bird ate the egg" ↔ "le chien a mangé le gâteau , le chat a mangé la
 * pomme et l'oiseau a mangé l'œuf", and a question with a time word, "did the dog eat the cake
 * yesterday ?" ↔ "est-ce que le chien a mangé le gâteau hier ?".
 */
import type { Random } from '../../engine';
import { chance, pick, weighted } from '../choice';
import { finishPair, prefixed, sequence, unit } from '../phrase';
import { actionClause, ACTING, randomClause, type ClauseSpec } from '../simple-clause';
import { randomSubject } from '../clause';
import { randomTimeWord, TENSES } from '../tense';
import type { SentencePair } from '../types';
import { fitting } from './fitting';

function threeClausesOnce(random: Random): SentencePair {
  const tense = pick(random, TENSES);
  const spec = (): ClauseSpec => ({
    tense: chance(random, 0.8) ? tense : pick(random, TENSES),
    negation: chance(random, 0.2),
  });
  const [first, second, third] = [
    randomClause(random, spec()),
    randomClause(random, spec()),
    randomClause(random, spec()),
  ];
  const join = chance(random, 0.8) ? { en: 'and', fr: 'et' } : { en: 'but', fr: 'mais' };
  const body = sequence(
    prefixed(first, 'first'),
    unit(',', ',', 'comma'),
    prefixed(second, 'second'),
    unit(join.en, join.fr, 'join'),
    prefixed(third, 'third'),
  );
  return finishPair(body, ['three-clauses', ...first.tags, ...second.tags, ...third.tags]);
}

/** Three clauses: two joined by a comma, the last by "and" or "but". */
export function threeClauseSentence(random: Random): SentencePair {
  return fitting(() => threeClausesOnce(random));
}

/** "is the cat going to eat the apple tomorrow ?" ↔ "est-ce que le chat va manger la pomme demain ?". */
export function timedQuestion(random: Random): SentencePair {
  const tense = weighted(random, { past: 0.5, future: 0.35, present: 0.15 });
  const spec: ClauseSpec = { tense, negation: false, question: true };
  const subject = randomSubject(random, ACTING, 0.3);
  const clause = chance(random, 0.8)
    ? actionClause(random, subject, spec)
    : randomClause(random, spec, subject);
  const time = randomTimeWord(random, tense, 1);
  const body = sequence(time.opening, clause, time.closing, unit('?', '?', 'end'));
  return finishPair(body, ['timed-question', ...clause.tags, ...time.tags]);
}
