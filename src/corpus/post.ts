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
function animalSentenceCoreference(role: 'agent' | 'patient', twinAdjective: string): Coreference {
  const twinEn = `the animal didn't cross the street because it was too ${twinAdjective}`;
  return {
    role,
    en: { pronoun: 7, antecedent: role === 'agent' ? 1 : 5, candidates: [1, 5] },
    fr: { pronoun: 10, antecedent: role === 'agent' ? 1 : 7, candidates: [1, 7] },
    twinEn: twinEn.split(' '),
  };
}

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
    "the animal didn't cross the street because it was too tired",
    "l' animal n' a pas traversé la rue parce qu' il était trop fatigué",
    ANIMAL_SENTENCE_ALIGNMENT,
    ['it', 'it:agent', 'it:cross', 'it:reason-last', 'negation', 'past'],
    animalSentenceCoreference('agent', 'wide'),
  ),
  pair(
    "the animal didn't cross the street because it was too wide",
    "l' animal n' a pas traversé la rue parce qu' elle était trop large",
    ANIMAL_SENTENCE_ALIGNMENT,
    ['it', 'it:cross', 'it:patient', 'it:reason-last', 'negation', 'past'],
    animalSentenceCoreference('patient', 'tired'),
  ),
];
