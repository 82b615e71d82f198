/**
 * Two nouns joined by "and" or "or". As subjects they make a plural that is masculine when
 * either noun is: "the cat and the dog are hungry" ↔ "le chat et le chien sont affamés". As
 * objects each keeps its own article, "de" under negation: "we didn't see the dog or the cat"
 * ↔ "nous n'avons pas vu le chien ou le chat", "the girls found two books and three apples" ↔
 * "les filles ont trouvé deux livres et trois pommes".
 */
import { randomInt, type Random } from '../../engine';
import { chance, pick, weighted } from '../choice';
import { randomSubject, type Subject } from '../clause';
import { adjectivesFor } from '../lexicon/adjectives';
import { nounsOf, type Noun } from '../lexicon/nouns';
import { frenchMarksPlural, nounPhrase, type Determiner, type NounPhrase } from '../noun-phrase';
import { finishPair, sequence, unit, type Phrase } from '../phrase';
import { ACTING, randomClause, verbsFor } from '../simple-clause';
import { randomTimeWord, takesTense, tenseTags, verbForms } from '../tense';
import type { NounKind, SentencePair } from '../types';
import { fitting } from './fitting';

/** Two different nouns of one kind, so that one verb or adjective fits both. */
function twoNouns(random: Random, kinds: readonly NounKind[]): [Noun, Noun] {
  const kind = pick(random, kinds);
  const nouns = nounsOf([kind]);
  const first = pick(random, nouns);
  const second = pick(
    random,
    nouns.filter((n) => n !== first && n.en.singular !== first.en.singular),
  );
  return [first, second];
}

/** "the old man", "a cat": an article and sometimes an adjective, under the given role. */
function simpleNounPhrase(random: Random, noun: Noun, role: string): NounPhrase {
  const adjectives = adjectivesFor(noun.kinds);
  const adjective = chance(random, 0.25) ? pick(random, adjectives) : undefined;
  const plural = chance(random, 0.25);
  const determiner = plural || chance(random, 0.7) ? 'the' : 'a';
  return nounPhrase({ noun, plural, determiner, adjective, role });
}

/** "the cat and the dog" as one plural subject, masculine unless both nouns are feminine. */
function jointSubject(random: Random): Subject {
  const [first, second] = twoNouns(random, ACTING);
  const phrase = sequence(
    simpleNounPhrase(random, first, 'subject1'),
    unit('and', 'et', 'subject.and'),
    simpleNounPhrase(random, second, 'subject2'),
  );
  const kinds = first.kinds.filter((k) => second.kinds.includes(k));
  return {
    ...phrase,
    person: 5,
    gender: first.gender === 'f' && second.gender === 'f' ? 'f' : 'm',
    plural: true,
    kinds,
    noun: first,
    tags: ['coordination:subject', 'agreement'],
  };
}

function jointSubjectOnce(random: Random): SentencePair {
  const tense = weighted(random, { present: 0.45, past: 0.35, future: 0.2 });
  const clause = randomClause(
    random,
    { tense, negation: chance(random, 0.2) },
    jointSubject(random),
  );
  const end: Phrase = chance(random, 0.3) ? unit('.', '.', 'end') : sequence();
  return finishPair(sequence(clause, end), ['coordinated', ...clause.tags]);
}

/** "the cat and the dog are hungry" ↔ "le chat et le chien sont affamés". */
export function jointSubjectSentence(random: Random): SentencePair {
  return fitting(() => jointSubjectOnce(random));
}

/**
 * One object: the, a, or a count ("two books" ↔ "deux livres"). Under negation both objects
 * take "the", so that one is not "le" and the other "de".
 */
function objectOf(random: Random, noun: Noun, negation: boolean, role: string): NounPhrase {
  const counted = !negation && chance(random, 0.3);
  const determiner: Determiner = counted
    ? { count: 2 + randomInt(random, 4) }
    : negation
      ? 'the'
      : pick(random, ['the', 'the', 'a'] as const);
  const plural = counted || (determiner === 'the' && chance(random, 0.25));
  return nounPhrase({
    noun,
    plural: plural && (frenchMarksPlural(noun) || !negation),
    determiner,
    negated: negation,
    role,
  });
}

function jointObjectOnce(random: Random): SentencePair {
  const tense = weighted(random, { present: 0.35, past: 0.4, future: 0.25 });
  const negation = chance(random, 0.3);
  const subject = randomSubject(random, ACTING, 0.4);
  const verb = pick(
    random,
    verbsFor(subject.kinds).filter((v) => takesTense(v, tense) && !v.generic),
  );
  const [first, second] = twoNouns(random, verb.objects);
  const join = negation || chance(random, 0.2) ? { en: 'or', fr: 'ou' } : { en: 'and', fr: 'et' };
  const forms = verbForms(verb, subject.person, tense, negation);
  const time = randomTimeWord(random, tense);
  const body = sequence(
    time.opening,
    subject,
    { en: forms.en, fr: forms.fr },
    objectOf(random, first, negation, 'object1'),
    unit(join.en, join.fr, 'object.join'),
    objectOf(random, second, negation, 'object2'),
    time.closing,
  );
  return finishPair(body, [
    'coordinated',
    'coordination:object',
    `join:${join.en}`,
    ...subject.tags,
    ...time.tags,
    ...(negation ? ['negation'] : []),
    ...tenseTags(tense),
  ]);
}

/** "the girl eats an apple and a pear" ↔ "la fille mange une pomme et une poire". */
export function jointObjectSentence(random: Random): SentencePair {
  return fitting(() => jointObjectOnce(random));
}
