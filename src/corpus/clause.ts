/**
 * Pieces shared by the sentence families: subjects with the person their verb agrees with,
 * negation, and the openings and endings of a sentence.
 */
import type { Random } from '../engine';
import { chance, pick } from './choice';
import { adjectivesFor } from './lexicon/adjectives';
import { nounsOf, type Noun } from './lexicon/nouns';
import { INTERJECTIONS, PREPOSITIONS, PRONOUNS, type Person } from './lexicon/words';
import { nounPhrase } from './noun-phrase';
import { sequence, unit, word, type Phrase, type Word } from './phrase';
import type { Gender, NounKind } from './types';

export interface Subject extends Phrase {
  person: Person;
  gender: Gender;
  plural: boolean;
  /** What the subject is, for the adjectives and objects that fit it. */
  kinds: readonly NounKind[];
  /** The noun, when the subject is not a pronoun: objects avoid repeating it. */
  noun?: Noun;
  tags: string[];
}

/** The subject a noun phrase makes: third person, agreeing with its noun's gender and number. */
export function nounSubject(phrase: Phrase, noun: Noun, plural: boolean, tags: string[]): Subject {
  return {
    ...phrase,
    person: plural ? 5 : 2,
    gender: noun.gender,
    plural,
    kinds: noun.kinds,
    noun,
    tags,
  };
}

/** A pronoun, or "the / a [adjective] noun" of one of the kinds, singular or plural. */
export function randomSubject(
  random: Random,
  kinds: readonly NounKind[],
  pronounShare = 0.4,
): Subject {
  if (chance(random, pronounShare)) {
    const pronoun = pick(random, PRONOUNS);
    return {
      ...unit(pronoun.en, pronoun.fr, 'subject'),
      person: pronoun.person,
      gender: pronoun.gender,
      plural: pronoun.plural,
      kinds: ['person'],
      tags: ['pronoun'],
    };
  }
  const noun = pick(random, nounsOf(kinds));
  const plural = chance(random, 0.35);
  const adjectives = adjectivesFor(noun.kinds);
  const adjective =
    chance(random, 0.3) && adjectives.length > 0 ? pick(random, adjectives) : undefined;
  const determiner = plural || chance(random, 0.7) ? 'the' : 'a';
  const phrase = nounPhrase({ noun, plural, determiner, adjective, role: 'subject' });
  return nounSubject(phrase, noun, plural, phrase.reordered ? ['reorder'] : []);
}

/** "ne … pas" around the conjugated verb, before a participle: "ne mange pas", "n'a pas vu". */
export function negateFrench([conjugated, ...participle]: readonly Word[]): Word[] {
  return [word('ne', 'negation'), conjugated, word('pas', 'negation'), ...participle];
}

/** French "est-ce que" questions: the statement itself, introduced and ended with "?". */
export function frenchQuestion(statement: Phrase['fr']): Phrase['fr'] {
  return [word('est-ce'), word('que'), ...statement, word('?', 'end')];
}

export interface Framed {
  phrase: Phrase;
  tags: string[];
}

/**
 * Sometimes opens a sentence with "hello ," or "thanks ," (or "yes ," / "no ," as a statement's
 * polarity fits), and ends a statement with a full stop or nothing, as people type.
 */
export function frame(random: Random, body: Phrase, negated: boolean, question: boolean): Framed {
  const tags: string[] = [];
  let phrase = body;
  if (chance(random, 0.1)) {
    const { greeting, thanks, yes, no } = INTERJECTIONS;
    const opening = question ? greeting : pick(random, [greeting, thanks, negated ? no : yes]);
    phrase = sequence(
      unit(opening.en, opening.fr, 'opening'),
      unit(',', ',', 'opening.comma'),
      phrase,
    );
    tags.push('opening');
  }
  if (!question && chance(random, 0.3)) phrase = sequence(phrase, unit('.', '.', 'end'));
  return { phrase, tags };
}

/**
 * "in the garden" ↔ "dans le jardin", "near the school" ↔ "près de l'école", somewhere other
 * than the sentence's own nouns (`avoid`).
 */
export function randomLocation(random: Random, avoid: readonly Noun[] = []): Phrase {
  const preposition = pick(random, PREPOSITIONS);
  // Only "in" suits every place: one is not "behind the street" or "in front of the kitchen".
  const places = nounsOf(['place']).filter(
    (place) =>
      !avoid.includes(place) &&
      (preposition.en === 'in' || !['street', 'kitchen'].includes(place.en.singular)),
  );
  const place = nounPhrase({
    noun: pick(random, places),
    plural: false,
    determiner: 'the',
    role: 'place',
  });
  return sequence(unit(preposition.en, preposition.fr, 'place.preposition'), place);
}
