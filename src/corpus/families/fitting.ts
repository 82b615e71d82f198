/** The model reads at most 22 words a side (24 with <bos> and <eos>): longer pairs are drawn again. */
import type { SentencePair } from '../types';

export const MAX_WORDS = 22;

export function fitting(draw: () => SentencePair): SentencePair {
  for (;;) {
    const pair = draw();
    if (pair.en.length <= MAX_WORDS && pair.fr.length <= MAX_WORDS) return pair;
  }
}
