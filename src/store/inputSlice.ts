/** What the reader asked for: the sentence and how to decode it. */
import type { DecodingChoice } from '../engine/model/trace';
import type { SliceCreator } from './types';

export const DEFAULT_SENTENCE = "the animal didn't cross the street because it was too tired";

/** Beam search as in the paper's §6.1: length penalty α = 0.6. */
export const BEAM_LENGTH_PENALTY = 0.6;

export interface InputSlice {
  sentence: string;
  decoding: DecodingChoice;
  setSentence: (sentence: string) => void;
  setDecoding: (decoding: DecodingChoice) => void;
  /** Replaces every whole-word occurrence of `word` (any case) in the sentence. */
  replaceWord: (word: string, replacement: string) => void;
}

export const createInputSlice: SliceCreator<InputSlice> = (set) => ({
  sentence: DEFAULT_SENTENCE,
  decoding: { kind: 'greedy' },
  setSentence: (sentence) => set({ sentence }),
  setDecoding: (decoding) => set({ decoding }),
  replaceWord: (word, replacement) =>
    set((state) => ({ sentence: replaceWholeWord(state.sentence, word, replacement) })),
});

/**
 * `word` replaced where it stands as a whole word: not inside a longer word, in any case.
 * Letters, digits and apostrophes count as parts of a word.
 */
export function replaceWholeWord(sentence: string, word: string, replacement: string): string {
  if (word === '') return sentence;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}'’])${escaped}(?![\\p{L}\\p{N}'’])`, 'giu');
  return sentence.replace(pattern, () => replacement);
}
