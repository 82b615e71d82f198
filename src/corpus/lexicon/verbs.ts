/**
 * Verbs with their English forms and their French present tense and past participle. Every
 * French past here is a passé composé with avoir ("a traversé"), which English says with its
 * simple past ("crossed", "didn't cross").
 */
import type { Gender, NounKind } from '../types';
import { english, erVerb, french } from './conjugate';

/** je, tu, il/elle, nous, vous, ils/elles. */
export type Conjugation = readonly [string, string, string, string, string, string];

export interface Verb {
  en: { base: string; third: string; past: string; participle: string; ing: string };
  fr: { infinitive: string; present: Conjugation; imparfait: Conjugation; participle: string };
  subjects: readonly NounKind[];
  objects: readonly NounKind[];
  /**
   * Verbs of liking take the definite article for a class of things: "i like cats" is
   * "j'aime les chats", not "des chats".
   */
  generic?: boolean;
}

/** The past participle agreeing with a gender and number: mangé, mangée, mangés, mangées; pris, prise, pris, prises. */
export function agreeParticiple(participle: string, gender: Gender, plural: boolean): string {
  const feminine = gender === 'f' ? 'e' : '';
  const many = plural && !(feminine === '' && /[sx]$/.test(participle)) ? 's' : '';
  return `${participle}${feminine}${many}`;
}

const PEOPLE_AND_ANIMALS: NounKind[] = ['person', 'animal'];
const OBJECTS: NounKind[] = ['thing', 'openable', 'vehicle', 'plant', 'machine'];

export const VERBS: readonly Verb[] = [
  {
    en: english('eat', { past: 'ate', participle: 'eaten' }),
    fr: french('manger', ['mange', 'manges', 'mange', 'mangeons', 'mangez', 'mangent'], 'mangé'),
    subjects: PEOPLE_AND_ANIMALS,
    objects: ['food'],
  },
  {
    en: english('see', { past: 'saw', participle: 'seen', ing: 'seeing' }),
    fr: french('voir', ['vois', 'vois', 'voit', 'voyons', 'voyez', 'voient'], 'vu'),
    subjects: [...PEOPLE_AND_ANIMALS, 'machine'],
    objects: ['animal', 'person', 'food', 'obstacle', 'place', ...OBJECTS, 'sky', 'furniture'],
  },
  {
    en: english('like'),
    fr: erVerb('aim'),
    subjects: PEOPLE_AND_ANIMALS,
    objects: ['animal', 'food', 'thing', 'vehicle', 'plant', 'drink', 'game', 'text', 'clothing'],
    generic: true,
  },
  {
    en: english('want'),
    fr: french('vouloir', ['veux', 'veux', 'veut', 'voulons', 'voulez', 'veulent'], 'voulu'),
    subjects: PEOPLE_AND_ANIMALS,
    objects: ['animal', 'food', ...OBJECTS, 'drink', 'clothing', 'furniture'],
  },
  {
    en: english('have', { third: 'has', past: 'had', ing: 'having' }),
    fr: {
      ...french('avoir', ['ai', 'as', 'a', 'avons', 'avez', 'ont'], 'eu'),
      imparfait: ['avais', 'avais', 'avait', 'avions', 'aviez', 'avaient'],
    },
    subjects: ['person'],
    objects: ['animal', 'food', ...OBJECTS, 'drink', 'clothing', 'furniture'],
  },
  {
    en: english('buy', { past: 'bought' }),
    fr: french(
      'acheter',
      ['achète', 'achètes', 'achète', 'achetons', 'achetez', 'achètent'],
      'acheté',
    ),
    subjects: ['person'],
    objects: ['food', ...OBJECTS, 'drink', 'clothing', 'furniture', 'text'],
  },
  {
    en: english('cross'),
    fr: erVerb('travers'),
    subjects: PEOPLE_AND_ANIMALS,
    objects: ['obstacle'],
  },
  {
    en: english('find', { past: 'found' }),
    fr: erVerb('trouv'),
    subjects: [...PEOPLE_AND_ANIMALS, 'machine'],
    objects: ['animal', 'food', 'thing', 'vehicle', 'clothing', 'text'],
  },
  {
    en: english('watch'),
    fr: erVerb('regard'),
    subjects: [...PEOPLE_AND_ANIMALS, 'machine'],
    objects: ['animal', 'person', 'vehicle', 'machine', 'event', 'game', 'sky'],
  },
  {
    en: english('take', { past: 'took', participle: 'taken' }),
    fr: french('prendre', ['prends', 'prends', 'prend', 'prenons', 'prenez', 'prennent'], 'pris'),
    subjects: ['person', 'machine'],
    objects: ['food', 'thing', 'vehicle', 'drink', 'clothing'],
  },
  {
    en: english('open'),
    fr: french('ouvrir', ['ouvre', 'ouvres', 'ouvre', 'ouvrons', 'ouvrez', 'ouvrent'], 'ouvert'),
    subjects: ['person', 'machine'],
    objects: ['openable'],
  },
];

/** The verb whose English base form is `base`. */
export function verbNamed(base: string): Verb {
  const verb = VERBS.find((v) => v.en.base === base);
  if (!verb) throw new Error(`no verb "${base}" in the lexicon`);
  return verb;
}

export const AVOIR: Conjugation = ['ai', 'as', 'a', 'avons', 'avez', 'ont'];
export const ETRE_PRESENT: Conjugation = ['suis', 'es', 'est', 'sommes', 'êtes', 'sont'];
export const ETRE_IMPARFAIT: Conjugation = [
  'étais',
  'étais',
  'était',
  'étions',
  'étiez',
  'étaient',
];
