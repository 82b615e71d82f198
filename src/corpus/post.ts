/**
 * The sentences of "The Illustrated Transformer", word for word, as the corpus tokenizes them.
 * They are always in the training split, and tests check them one by one.
 */
import type { Coreference, SentencePair } from './types';

function pair(
  en: string,
  fr: string,
  alignment: [number, number][],
  tags: string[],
  coreference?: Coreference,
): SentencePair {
  const tokens = { en: en.split(' '), fr: fr.split(' ') };
  return { ...tokens, alignment, tags: ['post', ...tags].sort(), coreference };
}

/** "it" (7 ↔ 10) names the animal (1 ↔ 1) or the street (5 ↔ 7); the twin swaps the adjective. */
function animalSentenceCoreference(role: 'agent' | 'patient'): Coreference {
  const twin = role === 'agent' ? ANIMAL_SENTENCE.wide : ANIMAL_SENTENCE.tired;
  return {
    role,
    en: { pronoun: 7, antecedent: role === 'agent' ? 1 : 5, candidates: [1, 5] },
    fr: { pronoun: 10, antecedent: role === 'agent' ? 1 : 7, candidates: [1, 7] },
    twin: { en: twin.en.split(' '), fr: twin.fr.split(' ') },
  };
}

/** The post's two "it" sentences, one word apart in English. */
const ANIMAL_SENTENCE = {
  tired: {
    en: "the animal didn't cross the street because it was too tired",
    fr: "l' animal n' a pas traversé la rue parce qu' il était trop fatigué",
  },
  wide: {
    en: "the animal didn't cross the street because it was too wide",
    fr: "l' animal n' a pas traversé la rue parce qu' elle était trop large",
  },
};

/** "the animal didn't cross the street because it was too …": one alignment for both endings. */
const ANIMAL_SENTENCE_ALIGNMENT: [number, number][] = [
  [0, 0], // the ↔ l'
  [1, 1], // animal ↔ animal
  [2, 2], // didn't ↔ n'
  [2, 3], // didn't ↔ a
  [2, 4], // didn't ↔ pas
  [3, 5], // cross ↔ traversé
  [4, 6], // the ↔ la
  [5, 7], // street ↔ rue
  [6, 8], // because ↔ parce
  [6, 9], // because ↔ qu'
  [7, 10], // it ↔ il / elle
  [8, 11], // was ↔ était
  [9, 12], // too ↔ trop
  [10, 13], // tired ↔ fatigué, wide ↔ large
];

export const POST_SENTENCES: readonly SentencePair[] = [
  pair(
    'i am a student',
    'je suis étudiant',
    [
      [0, 0],
      [1, 1],
      [3, 2],
    ],
    ['profession'],
  ),
  pair('thanks', 'merci', [[0, 0]], ['phrase']),
  pair(
    'thinking machines',
    'machines pensantes',
    [
      [0, 1],
      [1, 0],
    ],
    ['fragment', 'reorder'],
  ),
  pair(
    ANIMAL_SENTENCE.tired.en,
    ANIMAL_SENTENCE.tired.fr,
    ANIMAL_SENTENCE_ALIGNMENT,
    ['it', 'it:agent', 'it:cross', 'it:reason-last', 'negation', 'past'],
    animalSentenceCoreference('agent'),
  ),
  pair(
    ANIMAL_SENTENCE.wide.en,
    ANIMAL_SENTENCE.wide.fr,
    ANIMAL_SENTENCE_ALIGNMENT,
    ['it', 'it:cross', 'it:patient', 'it:reason-last', 'negation', 'past'],
    animalSentenceCoreference('patient'),
  ),
];
