/** The closed classes: pronouns, numbers, prepositions, professions, and set phrases. */
import type { Gender } from '../types';

/** Index into a French conjugation: je, tu, il/elle, nous, vous, ils/elles. */
export type Person = 0 | 1 | 2 | 3 | 4 | 5;

export interface Pronoun {
  en: string;
  fr: string;
  person: Person;
  /**
   * English does not say the gender of "i", "you", "we" or "they"; the corpus gives them the
   * masculine in French so that every English sentence has exactly one translation.
   */
  gender: Gender;
  plural: boolean;
}

export const PRONOUNS: readonly Pronoun[] = [
  { en: 'i', fr: 'je', person: 0, gender: 'm', plural: false },
  { en: 'you', fr: 'tu', person: 1, gender: 'm', plural: false },
  { en: 'he', fr: 'il', person: 2, gender: 'm', plural: false },
  { en: 'she', fr: 'elle', person: 2, gender: 'f', plural: false },
  { en: 'we', fr: 'nous', person: 3, gender: 'm', plural: true },
  { en: 'they', fr: 'ils', person: 5, gender: 'm', plural: true },
];

/** one … ten; "one" agrees in French (un / une), the others do not. */
export const NUMBERS: readonly { en: string; fr: string }[] = [
  { en: 'one', fr: 'un' },
  { en: 'two', fr: 'deux' },
  { en: 'three', fr: 'trois' },
  { en: 'four', fr: 'quatre' },
  { en: 'five', fr: 'cinq' },
  { en: 'six', fr: 'six' },
  { en: 'seven', fr: 'sept' },
  { en: 'eight', fr: 'huit' },
  { en: 'nine', fr: 'neuf' },
  { en: 'ten', fr: 'dix' },
];

/** "près de" contracts with the article that follows it: "près du jardin". */
export const PREPOSITIONS: readonly { en: string; fr: string }[] = [
  { en: 'in', fr: 'dans' },
  { en: 'near', fr: 'près de' },
  { en: 'behind', fr: 'derrière' },
  { en: 'in front of', fr: 'devant' },
];

/** Professions take no article in French after "être": "i am a student" ↔ "je suis étudiant". */
export interface Profession {
  en: { singular: string; plural: string };
  fr: { ms: string; fs: string; mp: string; fp: string };
}

function profession(en: string, ms: string, fs: string): Profession {
  return { en: { singular: en, plural: `${en}s` }, fr: { ms, fs, mp: `${ms}s`, fp: `${fs}s` } };
}

export const PROFESSIONS: readonly Profession[] = [
  profession('student', 'étudiant', 'étudiante'),
  profession('teacher', 'enseignant', 'enseignante'),
  profession('doctor', 'médecin', 'médecin'),
  profession('singer', 'chanteur', 'chanteuse'),
  profession('cook', 'cuisinier', 'cuisinière'),
  profession('farmer', 'fermier', 'fermière'),
];

/**
 * Set phrases, translated as wholes. Each English word is linked to the French words it
 * stands for.
 */
export const SET_PHRASES: readonly { en: string; fr: string; links: [number, number][] }[] = [
  { en: 'thanks', fr: 'merci', links: [[0, 0]] },
  { en: 'hello', fr: 'bonjour', links: [[0, 0]] },
  { en: 'yes', fr: 'oui', links: [[0, 0]] },
  { en: 'no', fr: 'non', links: [[0, 0]] },
  {
    en: 'goodbye',
    fr: 'au revoir',
    links: [
      [0, 0],
      [0, 1],
    ],
  },
  {
    en: 'thanks a lot',
    fr: 'merci beaucoup',
    links: [
      [0, 0],
      [1, 1],
      [2, 1],
    ],
  },
  {
    en: 'good night',
    fr: 'bonne nuit',
    links: [
      [0, 0],
      [1, 1],
    ],
  },
  {
    en: 'please',
    fr: "s' il vous plaît",
    links: [
      [0, 0],
      [0, 1],
      [0, 2],
      [0, 3],
    ],
  },
];

/** Words that may open a sentence: "yes ," before an affirmation, "no ," before a negation. */
export const INTERJECTIONS = {
  greeting: { en: 'hello', fr: 'bonjour' },
  thanks: { en: 'thanks', fr: 'merci' },
  yes: { en: 'yes', fr: 'oui' },
  no: { en: 'no', fr: 'non' },
} as const;
