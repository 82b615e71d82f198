/**
 * Verbs with their English forms and their French present tense and past participle. Every
 * French past here is a passé composé with avoir ("a traversé"), which English says with its
 * simple past ("crossed", "didn't cross").
 */
import type { NounKind } from '../types';

/** je, tu, il/elle, nous, vous, ils/elles. */
export type Conjugation = readonly [string, string, string, string, string, string];

export interface Verb {
  en: { base: string; third: string; past: string };
  fr: { present: Conjugation; participle: string };
  subjects: readonly NounKind[];
  objects: readonly NounKind[];
  /**
   * Verbs of liking take the definite article for a class of things: "i like cats" is
   * "j'aime les chats", not "des chats".
   */
  generic?: boolean;
}

/** A regular -er verb: aim|er → aime, aimes, aime, aimons, aimez, aiment; aimé. */
function erVerb(stem: string): { present: Conjugation; participle: string } {
  return {
    present: [`${stem}e`, `${stem}es`, `${stem}e`, `${stem}ons`, `${stem}ez`, `${stem}ent`],
    participle: `${stem}é`,
  };
}

const PEOPLE_AND_ANIMALS: NounKind[] = ['person', 'animal'];
const OBJECTS: NounKind[] = ['thing', 'openable', 'vehicle', 'plant', 'machine'];

export const VERBS: readonly Verb[] = [
  {
    en: { base: 'eat', third: 'eats', past: 'ate' },
    fr: {
      present: ['mange', 'manges', 'mange', 'mangeons', 'mangez', 'mangent'],
      participle: 'mangé',
    },
    subjects: PEOPLE_AND_ANIMALS,
    objects: ['food'],
  },
  {
    en: { base: 'see', third: 'sees', past: 'saw' },
    fr: { present: ['vois', 'vois', 'voit', 'voyons', 'voyez', 'voient'], participle: 'vu' },
    subjects: [...PEOPLE_AND_ANIMALS, 'machine'],
    objects: ['animal', 'person', 'food', 'obstacle', 'place', ...OBJECTS],
  },
  {
    en: { base: 'like', third: 'likes', past: 'liked' },
    fr: erVerb('aim'),
    subjects: PEOPLE_AND_ANIMALS,
    objects: ['animal', 'food', 'thing', 'vehicle', 'plant'],
    generic: true,
  },
  {
    en: { base: 'want', third: 'wants', past: 'wanted' },
    fr: {
      present: ['veux', 'veux', 'veut', 'voulons', 'voulez', 'veulent'],
      participle: 'voulu',
    },
    subjects: PEOPLE_AND_ANIMALS,
    objects: ['animal', 'food', ...OBJECTS],
  },
  {
    en: { base: 'have', third: 'has', past: 'had' },
    fr: { present: ['ai', 'as', 'a', 'avons', 'avez', 'ont'], participle: 'eu' },
    subjects: ['person'],
    objects: ['animal', 'food', ...OBJECTS],
  },
  {
    en: { base: 'buy', third: 'buys', past: 'bought' },
    fr: {
      present: ['achète', 'achètes', 'achète', 'achetons', 'achetez', 'achètent'],
      participle: 'acheté',
    },
    subjects: ['person'],
    objects: ['food', ...OBJECTS],
  },
  {
    en: { base: 'cross', third: 'crosses', past: 'crossed' },
    fr: erVerb('travers'),
    subjects: PEOPLE_AND_ANIMALS,
    objects: ['obstacle'],
  },
  {
    en: { base: 'find', third: 'finds', past: 'found' },
    fr: erVerb('trouv'),
    subjects: [...PEOPLE_AND_ANIMALS, 'machine'],
    objects: ['animal', 'food', 'thing', 'vehicle'],
  },
  {
    en: { base: 'watch', third: 'watches', past: 'watched' },
    fr: erVerb('regard'),
    subjects: [...PEOPLE_AND_ANIMALS, 'machine'],
    objects: ['animal', 'person', 'vehicle', 'machine'],
  },
  {
    en: { base: 'take', third: 'takes', past: 'took' },
    fr: {
      present: ['prends', 'prends', 'prend', 'prenons', 'prenez', 'prennent'],
      participle: 'pris',
    },
    subjects: ['person', 'machine'],
    objects: ['food', 'thing', 'vehicle'],
  },
  {
    en: { base: 'open', third: 'opens', past: 'opened' },
    fr: {
      present: ['ouvre', 'ouvres', 'ouvre', 'ouvrons', 'ouvrez', 'ouvrent'],
      participle: 'ouvert',
    },
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
