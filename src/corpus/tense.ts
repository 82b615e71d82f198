/**
 * The four tenses of the grammar, each English form with the French one it translates:
 * present "eats" ↔ "mange", past "ate" ↔ "a mangé" (passé composé), imparfait "was eating" ↔
 * "mangeait", futur proche "is going to eat" ↔ "va manger"; negated ("didn't eat" ↔ "n'a pas
 * mangé") or asked ("did … eat" ↔ "est-ce que … a mangé"), and the time words that fit each.
 */
import type { Random } from '../engine';
import { chance, pick } from './choice';
import { negateFrench } from './clause';
import { AVOIR, ETRE_IMPARFAIT, ETRE_PRESENT, type Conjugation, type Verb } from './lexicon/verbs';
import { timeWordsFor } from './lexicon/time';
import type { Person } from './lexicon/words';
import { unit, word, type Phrase, type Word } from './phrase';

export type Tense = 'present' | 'past' | 'imparfait' | 'future';

export const TENSES: readonly Tense[] = ['present', 'past', 'imparfait', 'future'];

/**
 * Verbs of state, which English does not put in the progressive: "i was having a dog" is not
 * said, so these take no imparfait here ("i had a dog" is already the passé composé's).
 */
const STATIVE = new Set([
  'have',
  'want',
  'like',
  'love',
  'see',
  'know',
  'need',
  'hate',
  'prefer',
  'find',
]);

/** Whether the verb is said in this tense. */
export function takesTense(verb: Verb, tense: Tense): boolean {
  return tense !== 'imparfait' || !STATIVE.has(verb.en.base);
}

/** aller, for the futur proche: "va manger". */
const ALLER: Conjugation = ['vais', 'vas', 'va', 'allons', 'allez', 'vont'];

/** A verb in a tense: the English of a statement, of a question, and the French. */
export interface VerbForms {
  en: Word[];
  /** An English question puts this word before the subject ("did", "was", "is") … */
  enAsked: Word;
  /** … and these after it ("eat", "eating", "going to eat"). */
  enAfterSubject: Word[];
  fr: Word[];
}

/** am / is / are, or was / were: the English "to be" of a person. */
export function englishBeOf(person: Person, past: boolean): string {
  if (past) return person === 0 || person === 2 ? 'was' : 'were';
  return person === 0 ? 'am' : person === 2 ? 'is' : 'are';
}

/** English built on "to be": "was eating", "is going to eat", negated with "not". */
function withBe(be: Word, rest: Word[], negation: boolean, fr: Word[]): VerbForms {
  return {
    en: negation ? [be, word('not', 'negation'), ...rest] : [be, ...rest],
    enAsked: be,
    enAfterSubject: rest,
    fr: negation ? negateFrench(fr) : fr,
  };
}

export function verbForms(verb: Verb, person: Person, tense: Tense, negation: boolean): VerbForms {
  const base = word(verb.en.base, 'verb');
  switch (tense) {
    case 'present': {
      const fr = [word(verb.fr.present[person], 'verb')];
      const does = person === 2 ? 'does' : 'do';
      return {
        en: negation
          ? [word(`${does}n't`, 'negation'), base]
          : [word(person === 2 ? verb.en.third : verb.en.base, 'verb')],
        enAsked: word(does),
        enAfterSubject: [base],
        fr: negation ? negateFrench(fr) : fr,
      };
    }
    case 'past': {
      // English says in one word what French says with its auxiliary: "ate" ↔ "a mangé".
      const fr = [word(AVOIR[person], 'aux'), word(verb.fr.participle, 'verb')];
      return {
        en: negation
          ? [word("didn't", 'negation', 'aux'), base]
          : [word(verb.en.past, 'verb', 'aux')],
        enAsked: word('did', 'aux'),
        enAfterSubject: [base],
        fr: negation ? negateFrench(fr) : fr,
      };
    }
    case 'imparfait':
      return withBe(
        word(englishBeOf(person, true), 'verb'),
        [word(verb.en.ing, 'verb')],
        negation,
        [word(verb.fr.imparfait[person], 'verb')],
      );
    case 'future':
      return withBe(
        word(englishBeOf(person, false), 'aux'),
        [word('going', 'aux'), word('to', 'aux'), base],
        negation,
        [word(ALLER[person], 'aux'), word(verb.fr.infinitive, 'verb')],
      );
  }
}

/**
 * "to be" in a tense: "is" ↔ "est", "was" ↔ "était" (the past of a state is the imparfait),
 * "is going to be" ↔ "va être".
 */
export function beForms(person: Person, tense: Tense, negation: boolean): VerbForms {
  if (tense === 'future') {
    return withBe(
      word(englishBeOf(person, false), 'aux'),
      [word('going', 'aux'), word('to', 'aux'), word('be', 'verb')],
      negation,
      [word(ALLER[person], 'aux'), word('être', 'verb')],
    );
  }
  const past = tense !== 'present';
  const fr = (past ? ETRE_IMPARFAIT : ETRE_PRESENT)[person];
  return withBe(word(englishBeOf(person, past), 'verb'), [], negation, [word(fr, 'verb')]);
}

export interface TimeWord {
  /** At the start, with its comma ("yesterday , …"), or empty. */
  opening: Phrase;
  /** At the end ("… tomorrow"), or empty. */
  closing: Phrase;
  tags: string[];
}

/** Sometimes a time word fitting the tense, at the start or at the end of the sentence. */
export function randomTimeWord(random: Random, tense: Tense, share = 0.25): TimeWord {
  const none: Phrase = { en: [], fr: [] };
  if (!chance(random, share)) return { opening: none, closing: none, tags: [] };
  const time = pick(random, timeWordsFor(tense));
  const phrase = unit(time.en, time.fr, 'time');
  if (chance(random, 0.5)) return { opening: none, closing: phrase, tags: ['time'] };
  const opening: Phrase = {
    en: [...phrase.en, word(',', 'time.comma')],
    fr: [...phrase.fr, word(',', 'time.comma')],
  };
  return { opening, closing: none, tags: ['time'] };
}

/** The tags of a tense: 'past', 'imparfait', 'future' (nothing for the present). */
export function tenseTags(tense: Tense): string[] {
  return tense === 'present' ? [] : tense === 'past' ? ['past'] : [tense];
}
