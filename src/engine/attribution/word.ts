/**
 * The output word being explained: word `position` of a translation, read teacher-forced. The
 * decoder input is <bos> and the words before it, so row `position` of the pass predicts it.
 */
import type { ModelConfig } from '../model/config';
import type { Tensor } from '../tensor';

export interface ExplainedWord {
  /** Source ids, ending with <eos>. */
  srcIds: ArrayLike<number>;
  /** Decoder input: <bos> then the translation's words, at least up to the explained one. */
  tgtIds: ArrayLike<number>;
  /** Which output word (0 = the first word after <bos>). */
  position: number;
  /** The explained word's id: what row `position` should predict. */
  wordId: number;
}

/** Throws a plain sentence unless the word can be explained with this model. */
export function checkExplainedWord(word: ExplainedWord, config: ModelConfig): void {
  const { position, wordId, tgtIds } = word;
  if (!Number.isInteger(position) || position < 0 || position >= tgtIds.length) {
    throw new Error(
      `the word to explain is number ${position}, but the translation has words 0 to ${tgtIds.length - 1}`,
    );
  }
  if (!Number.isInteger(wordId) || wordId < 0 || wordId >= config.tgtVocabSize) {
    throw new Error(`the word to explain has id ${wordId}, outside the model's vocabulary`);
  }
}

/** The decoder input the explained word needs: <bos> and the words before it. */
export function prefixOf(word: ExplainedWord): number[] {
  return Array.from(word.tgtIds).slice(0, word.position + 1);
}

/** A tensor of the trace by name, or a plain error naming what is missing. */
export function traced(trace: ReadonlyMap<string, Tensor>, name: string): Tensor {
  const t = trace.get(name);
  if (!t) throw new Error(`the run has no "${name}" to explain the word with`);
  return t;
}
