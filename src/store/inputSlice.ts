/** What the reader asked for: the sentence, how to decode it, and which heads to switch off. */
import type { AblatedHead, HeadAblation } from '../engine';
import type { DecodingChoice } from '../engine';
import { browserReadersLanguage } from '../i18n/language';
import { postSentenceIn } from './postSentence';
import type { SliceCreator } from './types';

/** The post's sentence in English, the language of the model a page in English opens on. */
export const DEFAULT_SENTENCE = postSentenceIn('en');

/** Beam search as in the paper's §6.1: length penalty α = 0.6. */
export const BEAM_LENGTH_PENALTY = 0.6;

export interface InputSlice {
  sentence: string;
  decoding: DecodingChoice;
  setSentence: (sentence: string) => void;
  setDecoding: (decoding: DecodingChoice) => void;
  /** Replaces every whole-word occurrence of `word` (any case) in the sentence. */
  replaceWord: (word: string, replacement: string) => void;
  /** Heads switched off in every run (a classroom experiment); empty for the model as trained. */
  ablatedHeads: HeadAblation;
  /** Switches one head off, or back on. */
  toggleHead: (head: AblatedHead) => void;
  /** Every head back on. */
  restoreHeads: () => void;
}

export const createInputSlice: SliceCreator<InputSlice> = (set) => ({
  // The post's sentence in the reader's language: the page opens on a model that reads it.
  sentence: postSentenceIn(browserReadersLanguage()),
  decoding: { kind: 'greedy' },
  setSentence: (sentence) => set({ sentence }),
  setDecoding: (decoding) => set({ decoding }),
  replaceWord: (word, replacement) =>
    set((state) => ({ sentence: replaceWholeWord(state.sentence, word, replacement) })),
  ablatedHeads: [],
  toggleHead: (head) => set((state) => ({ ablatedHeads: toggledHead(state.ablatedHeads, head) })),
  restoreHeads: () =>
    set((state) => (state.ablatedHeads.length === 0 ? state : { ablatedHeads: [] })),
});

/** `ablation` with `head` switched off if it was on, or on if it was off; kept in a stable order. */
export function toggledHead(ablation: HeadAblation, head: AblatedHead): HeadAblation {
  const same = (a: AblatedHead) =>
    a.kind === head.kind && a.layer === head.layer && a.head === head.head;
  if (ablation.some(same)) return ablation.filter((a) => !same(a));
  const order = ['enc', 'dec-self', 'dec-cross'];
  return [...ablation, { ...head }].sort(
    (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.layer - b.layer || a.head - b.head,
  );
}

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
