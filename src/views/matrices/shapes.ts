/**
 * Shape captions that put the model's size beside the paper's: "Q: 9 × 8 (paper: n × 64)".
 * Sequence lengths have no fixed value in the paper, so they stay letters: n for the sentence
 * the queries come from, m for the keys' sentence when it is a different one.
 */
import { PAPER_CONFIG, headSize } from '../../engine';
import { en, type Catalogue } from '../../i18n/en';

/** One dimension of a paper shape: a number, or a letter for a sentence's length. */
export type PaperDimension = number | string;

/** The paper's sizes every caption uses (base model, §3.2.2). */
export const PAPER_SIZES = {
  dModel: PAPER_CONFIG.dModel,
  heads: PAPER_CONFIG.heads,
  headSize: headSize(PAPER_CONFIG),
} as const;

/** "Q: 9 × 8 (paper: n × 64)". */
export function shapeWithPaper(
  symbol: string,
  shape: readonly number[],
  paper: readonly PaperDimension[],
  text: Catalogue['matrices'] = en.matrices,
): string {
  return text.shape(symbol, shape.join(' × '), paper.join(' × '));
}

/** The paper's letter for the length of the queries' sentence and of the keys' sentence. */
export function lengthLetters(crossAttention: boolean): { queries: string; keys: string } {
  return crossAttention ? { queries: 'm', keys: 'n' } : { queries: 'n', keys: 'n' };
}

/**
 * The number the page shows for the layer, head or word at `index`: the page counts them from 1,
 * while the store, the trace's names and the code count from 0.
 */
export function shownNumber(index: number): number {
  return index + 1;
}

const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';

/** 12 → "₁₂": head numbers in plain-text symbols such as Q₂ and Z₁₂. */
export function subscript(n: number): string {
  return String(n)
    .split('')
    .map((digit) => SUBSCRIPT_DIGITS[Number(digit)])
    .join('');
}
