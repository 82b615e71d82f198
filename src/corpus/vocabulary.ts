import { SPECIAL_TOKENS } from '../engine';
import type { Language, SentencePair } from './types';

/**
 * The vocabulary of one side of the corpus: the special tokens first, in the engine's order,
 * then every word of that language in the pairs, sorted by code point so that it is the same on
 * every machine. Give it every split, so that no word the grammar produced is missing.
 */
export function buildVocabulary(pairs: readonly SentencePair[], language: Language): string[] {
  const words = new Set<string>();
  for (const pair of pairs) for (const token of pair[language]) words.add(token);
  for (const special of SPECIAL_TOKENS) words.delete(special);
  const sorted = [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [...SPECIAL_TOKENS, ...sorted];
}
