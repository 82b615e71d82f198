/**
 * One clause, in any tense, stated, negated or asked, for the families that join several:
 * an action ("the cat ate the cake" ↔ "le chat a mangé le gâteau") or a state ("the dog was
 * hungry" ↔ "le chien était affamé"). A later clause may name an earlier subject again with a
 * pronoun that agrees with it: "the girls …, they were happy" ↔ "les filles …, elles étaient
 * contentes".
 */
import type { Random } from '../engine';
import { chance, pick, weighted } from './choice';
import { randomSubject, type Subject } from './clause';
import { adjectivesFor, agree } from './lexicon/adjectives';
import { nounsOf, type Noun } from './lexicon/nouns';
import { agreeParticiple, VERBS, type Verb } from './lexicon/verbs';
import {
  frenchMarksPlural,
  nounPhrase,
  type Determiner,
  type NounPhrase,
  type Possessive,
} from './noun-phrase';
import type { Person } from './lexicon/words';
import { sequence, unit, word, type Phrase, type Word } from './phrase';
import { beForms, takesTense, tenseTags, verbForms, type Tense, type VerbForms } from './tense';
import type { NounKind } from './types';

export interface ClauseSpec {
  tense: Tense;
  negation: boolean;
  /** Asked: "did the cat eat the cake ?" ↔ "est-ce que le chat a mangé le gâteau ?". */
  question?: boolean;
}

/** An object noun phrase, with the noun and number its pronoun or participle agrees with. */
export interface ObjectPhrase extends NounPhrase {
  noun: Noun;
  plural: boolean;
}

export interface Clause extends Phrase {
  subject: Subject;
  /** The object of an action, which a later clause may name again. */
  object?: ObjectPhrase;
  tense: Tense;
  tags: string[];
}

/** Nouns that can be the subject of some verb or adjective of the clauses. */
export const ACTING: readonly NounKind[] = ['animal', 'person', 'machine'];

/** Subject, verb (or "to be") and what follows, in the order of a statement or a question. */
function assemble(subject: Subject, verb: VerbForms, rest: Phrase, spec: ClauseSpec): Phrase {
  if (!spec.question) {
    return {
      en: [...subject.en, ...verb.en, ...rest.en],
      fr: [...subject.fr, ...verb.fr, ...rest.fr],
    };
  }
  return {
    en: [verb.enAsked, ...subject.en, ...verb.enAfterSubject, ...rest.en],
    fr: [word('est-ce'), word('que'), ...subject.fr, ...verb.fr, ...rest.fr],
  };
}

function clauseTags(spec: ClauseSpec): string[] {
  return [
    ...tenseTags(spec.tense),
    ...(spec.negation ? ['negation'] : []),
    ...(spec.question ? ['question'] : []),
  ];
}

/**
 * The possessive that names the subject: my, your, his / her / its, our, their. French says
 * son / sa for all three of "his", "her", "its", which the subject tells apart.
 */
export function possessiveOf(subject: Subject): Possessive {
  const byPerson: Record<Person, Possessive> = {
    0: 'my',
    1: 'your',
    2: subject.kinds.includes('person') ? (subject.gender === 'f' ? 'her' : 'his') : 'its',
    3: 'our',
    4: 'your',
    5: 'their',
  };
  return byPerson[subject.person];
}

/**
 * An object fitting the verb, other than the subject's noun; "de" under negation; sometimes
 * the subject's own ("the cat ate its cake" ↔ "le chat a mangé son gâteau").
 */
export function randomObject(
  random: Random,
  verb: Verb,
  subject: Subject | undefined,
  negation: boolean,
): ObjectPhrase {
  const noun = pick(
    random,
    nounsOf(verb.objects).filter((n) => n !== subject?.noun),
  );
  const plural = chance(random, 0.4) && (frenchMarksPlural(noun) || !negation);
  const determiner: Determiner =
    subject && chance(random, 0.15)
      ? { possessive: possessiveOf(subject) }
      : verb.generic
        ? plural
          ? 'generic'
          : 'the'
        : plural
          ? pick(random, ['the', 'some'] as const)
          : pick(random, ['the', 'a'] as const);
  const adjectives = adjectivesFor(noun.kinds);
  const adjective = chance(random, 0.25) ? pick(random, adjectives) : undefined;
  const phrase = nounPhrase({
    noun,
    plural,
    determiner,
    adjective,
    negated: negation,
    role: 'object',
  });
  return { ...phrase, noun, plural };
}

/** Verbs whose subject may be of one of these kinds. */
export function verbsFor(kinds: readonly NounKind[]): Verb[] {
  return VERBS.filter((v) => v.subjects.some((k) => kinds.includes(k)));
}

/** "the cat ate the cake": a verb that fits the subject, and an object that fits the verb. */
export function actionClause(random: Random, subject: Subject, spec: ClauseSpec): Clause {
  const verb = pick(
    random,
    verbsFor(subject.kinds).filter((v) => takesTense(v, spec.tense)),
  );
  const object = randomObject(random, verb, subject, spec.negation);
  const forms = verbForms(verb, subject.person, spec.tense, spec.negation);
  return {
    ...assemble(subject, forms, object, spec),
    subject,
    object,
    tense: spec.tense,
    tags: [...subject.tags, ...clauseTags(spec), ...(object.reordered ? ['reorder'] : [])],
  };
}

/** "the dog was very hungry" ↔ "le chien était très affamé": an adjective agreeing with the subject. */
export function stateClause(random: Random, subject: Subject, spec: ClauseSpec): Clause {
  const adjectives = adjectivesFor(subject.kinds).filter(
    (a) => !subject.en.some((w) => w.text === a.en),
  );
  const adjective = pick(random, adjectives);
  const degree = weighted(random, { none: 0.7, very: 0.3 });
  const predicate = sequence(degree === 'none' ? sequence() : unit('very', 'très', 'degree'), {
    en: [word(adjective.en, 'predicate')],
    fr: [word(agree(adjective, subject.gender, subject.plural), 'predicate')],
  });
  const forms = beForms(subject.person, spec.tense, spec.negation);
  return {
    ...assemble(subject, forms, predicate, spec),
    subject,
    tense: spec.tense,
    tags: [...subject.tags, ...clauseTags(spec)],
  };
}

/** An action or a state, about a new subject of the acting kinds. */
export function randomClause(random: Random, spec: ClauseSpec, subject?: Subject): Clause {
  const who = subject ?? randomSubject(random, ACTING, 0.3);
  return chance(random, 0.6) ? actionClause(random, who, spec) : stateClause(random, who, spec);
}

/**
 * The earlier subject named again: "i" stays "i"; a noun becomes he / she (people), it
 * (animals, things) or they, and in French il / elle / ils / elles by its gender.
 */
export function pronounFor(subject: Subject): Subject {
  const copy = (words: Word[]): Word[] => words.map((w) => word(w.text, 'subject'));
  if (!subject.noun)
    return { ...subject, en: copy(subject.en), fr: copy(subject.fr), tags: ['pronoun'] };
  const feminine = subject.gender === 'f';
  const en = subject.plural
    ? 'they'
    : subject.kinds.includes('person')
      ? feminine
        ? 'she'
        : 'he'
      : 'it';
  const fr = subject.plural ? (feminine ? 'elles' : 'ils') : feminine ? 'elle' : 'il';
  return {
    ...unit(en, fr, 'subject'),
    person: subject.person,
    gender: subject.gender,
    plural: subject.plural,
    kinds: subject.kinds,
    noun: subject.noun,
    tags: ['pronoun', 'agreement'],
  };
}

/**
 * The earlier object named again by a pronoun: "… and she ate it" ↔ "… et elle l'a mangé".
 * French puts le / la / les before the conjugated verb (before the infinitive of a futur
 * proche: "elle va le manger"), and a passé composé agrees with it: "elle les a mangées".
 * Undefined when no verb of the subject takes that object.
 */
export function objectAgainClause(
  random: Random,
  subject: Subject,
  antecedent: ObjectPhrase,
  spec: ClauseSpec,
): Clause | undefined {
  const verbs = verbsFor(subject.kinds).filter(
    (v) => takesTense(v, spec.tense) && v.objects.some((k) => antecedent.noun.kinds.includes(k)),
  );
  if (verbs.length === 0) return undefined;
  const verb = pick(random, verbs);
  const { gender } = antecedent.noun;
  const { plural } = antecedent;
  const person = antecedent.noun.kinds.includes('person');
  const singular = person ? (gender === 'f' ? 'her' : 'him') : 'it';
  const en = word(plural ? 'them' : singular, 'object');
  const fr = word(plural ? 'les' : gender === 'f' ? 'la' : 'le', 'object');
  const forms = verbForms(verb, subject.person, spec.tense, spec.negation);
  const conjugated = spec.negation ? 1 : 0;
  const frVerb =
    spec.tense === 'future'
      ? [...forms.fr.slice(0, -1), fr, ...forms.fr.slice(-1)]
      : [...forms.fr.slice(0, conjugated), fr, ...forms.fr.slice(conjugated)];
  const agreed =
    spec.tense === 'past'
      ? frVerb.map((w, i) =>
          i === frVerb.length - 1
            ? { ...w, text: agreeParticiple(verb.fr.participle, gender, plural) }
            : w,
        )
      : frVerb;
  return {
    en: [...subject.en, ...forms.en, en],
    fr: [...subject.fr, ...agreed],
    subject,
    tense: spec.tense,
    tags: [...subject.tags, ...clauseTags(spec), 'object-pronoun'],
  };
}
