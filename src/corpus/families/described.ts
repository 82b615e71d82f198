/**
 * Two adjectives on one thing. On a noun, French puts the short common ones (grand, petit,
 * vieux, jeune) before it and the others after: "the big red ball" ↔ "le grand ballon rouge".
 * After "to be", both agree with the subject: "the cow was too tired and too slow" ↔ "la vache
 * était trop fatiguée et trop lente", "the cat is not tired but it is hungry" ↔ "le chat n'est
 * pas fatigué mais il est affamé".
 */
import type { Random } from '../../engine';
import { chance, pick, weighted } from '../choice';
import { nounSubject, randomSubject, type Subject } from '../clause';
import { adjectivesFor, agree, ADJECTIVES, type Adjective } from '../lexicon/adjectives';
import { nounsOf, type Noun } from '../lexicon/nouns';
import { nounPhrase } from '../noun-phrase';
import { finishPair, prefixed, sequence, unit, word, type Phrase } from '../phrase';
import { actionClause, ACTING, pronounFor, randomClause } from '../simple-clause';
import { beForms, tenseTags, type Tense } from '../tense';
import type { SentencePair } from '../types';
import { fitting } from './fitting';

const THINKING = ADJECTIVES.find((a) => a.en === 'thinking');

/** Nouns that take an adjective before them and another after them. */
function describable(noun: Noun): boolean {
  const adjectives = adjectivesFor(noun.kinds);
  return adjectives.some((a) => a.beforeNoun) && adjectives.some((a) => !a.beforeNoun);
}

const DESCRIBABLE = nounsOf(['animal', 'person', 'food', 'thing', 'vehicle', 'machine']).filter(
  describable,
);

/**
 * "the big red ball" ↔ "le grand ballon rouge": English says the size or age first, French
 * puts it before the noun and the other adjective after it. Machines are often "thinking".
 */
function twoAdjectivePhrase(random: Random, noun: Noun, plural: boolean, role: string): Phrase {
  const adjectives = adjectivesFor(noun.kinds);
  const before = pick(
    random,
    adjectives.filter((a) => a.beforeNoun),
  );
  const after =
    THINKING && noun.kinds.includes('machine') && chance(random, 0.5)
      ? THINKING
      : pick(
          random,
          adjectives.filter((a) => !a.beforeNoun),
        );
  const determiner = plural
    ? pick(random, ['the', 'some'] as const)
    : pick(random, ['the', 'the', 'a'] as const);
  const phrase = nounPhrase({ noun, plural, determiner, adjective: before, role });
  const link = `${role}.adj2`;
  return {
    en: [...phrase.en.slice(0, -1), word(after.en, link), ...phrase.en.slice(-1)],
    fr: [...phrase.fr, word(agree(after, noun.gender, plural), link)],
  };
}

function twoAdjectiveOnce(random: Random): SentencePair {
  const noun = pick(random, DESCRIBABLE);
  const plural = chance(random, 0.35);
  const described = twoAdjectivePhrase(random, noun, plural, 'subject');
  const use = weighted(random, { alone: 0.3, subject: 0.7 });
  if (use === 'alone') return finishPair(described, ['described', 'two-adjectives', 'reorder']);
  const subject = nounSubject(described, noun, plural, ['two-adjectives', 'reorder']);
  const tense = weighted(random, { present: 0.5, past: 0.35, future: 0.15 });
  const spec = { tense, negation: chance(random, 0.2) };
  const clause = noun.kinds.some((k) => ACTING.includes(k))
    ? randomClause(random, spec, subject)
    : stateOf(subject, randomPair(random, subject), 'none', tense, spec.negation);
  return finishPair(clause, ['described', ...clause.tags]);
}

/** "the big red ball", "the small black cat is hungry", "thinking machines are …". */
export function twoAdjectiveSentence(random: Random): SentencePair {
  return fitting(() => twoAdjectiveOnce(random));
}

type Degree = 'none' | 'very' | 'too';

const DEGREES: Record<Exclude<Degree, 'none'>, string> = { very: 'très', too: 'trop' };

/** "very tired" ↔ "très fatiguée": an adjective agreeing with the subject, under its own link. */
function predicate(subject: Subject, adjective: Adjective, degree: Degree, link: string): Phrase {
  const degreeWords =
    degree === 'none' ? sequence() : unit(degree, DEGREES[degree], `${link}.degree`);
  return sequence(degreeWords, {
    en: [word(adjective.en, link)],
    fr: [word(agree(adjective, subject.gender, subject.plural), link)],
  });
}

/** Two different adjectives that fit the subject. */
function randomPair(random: Random, subject: Subject): [Adjective, Adjective] {
  const adjectives = adjectivesFor(subject.kinds).filter(
    (a) => a !== THINKING && !subject.en.some((w) => w.text === a.en),
  );
  const first = pick(random, adjectives);
  return [
    first,
    pick(
      random,
      adjectives.filter((a) => a !== first),
    ),
  ];
}

/** "the dog is very big and very happy": both adjectives with the same degree. */
function stateOf(
  subject: Subject,
  [first, second]: [Adjective, Adjective],
  degree: Degree,
  tense: Tense,
  negation: boolean,
): Phrase & { tags: string[] } {
  const be = beForms(subject.person, tense, negation);
  return {
    ...sequence(
      subject,
      be,
      predicate(subject, first, degree, 'predicate1'),
      unit('and', 'et', 'predicate.and'),
      predicate(subject, second, degree, 'predicate2'),
    ),
    tags: [
      ...subject.tags,
      'two-predicates',
      ...tenseTags(tense),
      ...(negation ? ['negation'] : []),
    ],
  };
}

function twoPredicateOnce(random: Random): SentencePair {
  const degree = weighted(random, { none: 0.3, very: 0.4, too: 0.3 });
  if (chance(random, 0.5)) {
    const subject = randomSubject(random, ACTING, 0.3);
    const tense = weighted(random, { present: 0.55, past: 0.3, future: 0.15 });
    const state = stateOf(subject, randomPair(random, subject), degree, tense, false);
    return finishPair(state, ['described', ...state.tags]);
  }
  // "the cow didn't cross the road because it was too tired and too slow"
  const subject = randomSubject(random, ACTING, 0.2);
  const main = actionClause(random, subject, { tense: 'past', negation: chance(random, 0.6) });
  const again = pronounFor(subject);
  const reason = stateOf(again, randomPair(random, again), degree, 'past', false);
  const body = sequence(
    prefixed(main, 'main'),
    unit('because', 'parce que', 'because'),
    prefixed(reason, 'reason'),
  );
  return finishPair(body, ['described', 'because', ...main.tags, ...reason.tags]);
}

/** "the dog is very big and very happy", "… because it was too tired and too slow". */
export function twoPredicateSentence(random: Random): SentencePair {
  return fitting(() => twoPredicateOnce(random));
}

function contrastOnce(random: Random): SentencePair {
  const subject = randomSubject(random, ACTING, 0.3);
  const tense = weighted(random, { present: 0.6, past: 0.4 });
  const [first, second] = randomPair(random, subject);
  const again = chance(random, 0.8) ? pronounFor(subject) : subject;
  const notBe = beForms(subject.person, tense, true);
  const be = beForms(subject.person, tense, false);
  const body = sequence(
    prefixed(sequence(subject, notBe, predicate(subject, first, 'none', 'predicate')), 'first'),
    unit('but', 'mais', 'but'),
    prefixed(sequence(again, be, predicate(subject, second, 'none', 'predicate')), 'second'),
  );
  return finishPair(body, [
    'described',
    'contrast',
    'negation',
    ...subject.tags,
    ...tenseTags(tense),
  ]);
}

/** "the cat is not tired but it is hungry" ↔ "le chat n'est pas fatigué mais il est affamé". */
export function contrastSentence(random: Random): SentencePair {
  return fitting(() => contrastOnce(random));
}

/**
 * "thinking machines are intelligent" ↔ "les machines pensantes sont intelligentes": the post's
 * "thinking" is rare among the other adjectives, so these sentences put it on a machine often.
 */
export function thinkingSentence(random: Random): SentencePair {
  return fitting(() => {
    const noun = pick(random, nounsOf(['machine']));
    const plural = chance(random, 0.6);
    const determiner = plural ? pick(random, ['the', 'generic'] as const) : 'the';
    const phrase = nounPhrase({ noun, plural, determiner, adjective: THINKING, role: 'subject' });
    const subject = nounSubject(phrase, noun, plural, ['thinking', 'reorder']);
    const tense = weighted(random, { present: 0.6, past: 0.25, future: 0.15 });
    const clause = randomClause(random, { tense, negation: chance(random, 0.2) }, subject);
    return finishPair(clause, ['described', ...clause.tags]);
  });
}
