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

export { NUMBERS } from './numbers';

/** "près de" contracts with the article that follows it: "près du jardin". */
export const PREPOSITIONS: readonly { en: string; fr: string }[] = [
  { en: 'in', fr: 'dans' },
  { en: 'near', fr: 'près de' },
  { en: 'behind', fr: 'derrière' },
  { en: 'in front of', fr: 'devant' },
  { en: 'next to', fr: 'à côté de' },
  { en: 'far from', fr: 'loin de' },
  { en: 'opposite', fr: 'en face de' },
];

/** Professions take no article in French after "être": "i am a student" ↔ "je suis étudiant". */
export interface Profession {
  en: { singular: string; plural: string };
  fr: { ms: string; fs: string; mp: string; fp: string };
}

function profession(en: string, ms: string, fs: string, enPlural = `${en}s`): Profession {
  return { en: { singular: en, plural: enPlural }, fr: { ms, fs, mp: `${ms}s`, fp: `${fs}s` } };
}

export const PROFESSIONS: readonly Profession[] = [
  profession('student', 'étudiant', 'étudiante'),
  profession('teacher', 'enseignant', 'enseignante'),
  profession('doctor', 'médecin', 'médecin'),
  profession('singer', 'chanteur', 'chanteuse'),
  profession('cook', 'cuisinier', 'cuisinière'),
  profession('farmer', 'fermier', 'fermière'),
  profession('pupil', 'élève', 'élève'),
  profession('painter', 'peintre', 'peintre'),
  profession('pilot', 'pilote', 'pilote'),
  profession('dentist', 'dentiste', 'dentiste'),
  profession('vet', 'vétérinaire', 'vétérinaire'),
  profession('journalist', 'journaliste', 'journaliste'),
  profession('artist', 'artiste', 'artiste'),
  profession('photographer', 'photographe', 'photographe'),
  profession('architect', 'architecte', 'architecte'),
  profession('librarian', 'bibliothécaire', 'bibliothécaire'),
  profession('secretary', 'secrétaire', 'secrétaire', 'secretaries'),
];

/**
 * Set phrases, translated as wholes. Each English word is linked to the French words it
 * stands for; without links given, every word of one side to every word of the other.
 */
export interface SetPhrase {
  en: string;
  fr: string;
  links: [number, number][];
}

function setPhrase(en: string, fr: string, links?: [number, number][]): SetPhrase {
  const enWords = en.split(' ').length;
  const frWords = fr.split(' ').length;
  const everyPair: [number, number][] = [];
  for (let i = 0; i < enWords; i++) for (let j = 0; j < frWords; j++) everyPair.push([i, j]);
  return { en, fr, links: links ?? everyPair };
}

export const SET_PHRASES: readonly SetPhrase[] = [
  setPhrase('thanks', 'merci'),
  setPhrase('thank you', 'merci'),
  setPhrase('hello', 'bonjour'),
  setPhrase('hi', 'salut'),
  setPhrase('yes', 'oui'),
  setPhrase('no', 'non'),
  setPhrase('goodbye', 'au revoir'),
  setPhrase('thanks a lot', 'merci beaucoup', [
    [0, 0],
    [1, 1],
    [2, 1],
  ]),
  setPhrase('good night', 'bonne nuit', [
    [0, 0],
    [1, 1],
  ]),
  setPhrase('good evening', 'bonsoir'),
  setPhrase('please', "s' il vous plaît"),
  setPhrase('see you tomorrow', 'à demain', [
    [0, 0],
    [1, 0],
    [2, 1],
  ]),
  setPhrase('see you soon', 'à bientôt', [
    [0, 0],
    [1, 0],
    [2, 1],
  ]),
  setPhrase('see you later', 'à plus tard'),
  setPhrase('how are you ?', 'comment vas-tu ?', [
    [0, 0],
    [1, 1],
    [2, 1],
    [3, 2],
  ]),
  setPhrase("i'm fine", 'je vais bien'),
  setPhrase('excuse me', 'excusez-moi'),
  setPhrase('sorry', 'pardon'),
  setPhrase("you're welcome", 'de rien'),
  setPhrase('welcome', 'bienvenue'),
  setPhrase('happy birthday', 'joyeux anniversaire', [
    [0, 0],
    [1, 1],
  ]),
  setPhrase('good luck', 'bonne chance', [
    [0, 0],
    [1, 1],
  ]),
  setPhrase('have a nice day', 'bonne journée'),
  setPhrase('nice to meet you', 'enchanté'),
  setPhrase('of course', 'bien sûr'),
  setPhrase('good job', 'bon travail', [
    [0, 0],
    [1, 1],
  ]),
  setPhrase('well done', 'bravo'),
];

/** Words that may open a sentence: "yes ," before an affirmation, "no ," before a negation. */
export const INTERJECTIONS = {
  greeting: { en: 'hello', fr: 'bonjour' },
  thanks: { en: 'thanks', fr: 'merci' },
  yes: { en: 'yes', fr: 'oui' },
  no: { en: 'no', fr: 'non' },
} as const;
