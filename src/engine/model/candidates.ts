/** Reading a next-token distribution: the best token, the top few, and one step's summary. */
import { logSumExp } from '../ops/softmax';
import { BOS, PAD } from './config';
import type { DecodeStep } from './trace';

/** How many rival tokens a DecodeStep lists. */
export const CANDIDATE_COUNT = 5;

/**
 * Tokens a decoder never writes, whatever their probability: <pad> only fills batches and <bos>
 * only opens the target. An untrained model may rank either first; the choice skips them, while
 * the logits and probabilities stay as the model computed them.
 */
export const NEVER_CHOSEN: readonly number[] = [PAD, BOS];

/**
 * Indices of the k largest values of x[offset … offset + n), largest first, leaving out the
 * indices in `excluded`; among equal values the lower index comes first, so the first one is
 * exactly the argmax a greedy decoder takes.
 */
export function topIndices(
  x: Float32Array,
  offset: number,
  n: number,
  k: number,
  excluded: readonly number[] = [],
): number[] {
  const best: number[] = [];
  const count = Math.min(k, n - excluded.filter((j) => j >= 0 && j < n).length);
  for (let j = 0; j < n; j++) {
    if (excluded.includes(j)) continue;
    const value = x[offset + j];
    if (best.length === count) {
      // Only a strictly larger value displaces the smallest kept one: ties keep the lower index.
      if (count === 0 || !(value > x[offset + best[count - 1]])) continue;
      best.pop();
    }
    let at = best.length;
    while (at > 0 && value > x[offset + best[at - 1]]) at--;
    best.splice(at, 0, j);
  }
  return best;
}

/** The index of the largest value (the first one among equals), leaving out `excluded`. */
export function argmax(
  x: Float32Array,
  offset: number,
  n: number,
  excluded: readonly number[] = [],
): number {
  let best = -1;
  for (let j = 0; j < n; j++) {
    if (excluded.includes(j)) continue;
    if (best === -1 || x[offset + j] > x[offset + best]) best = j;
  }
  return best;
}

/**
 * The step at target position `position` that chose `chosenId`, from that position's
 * logits and probabilities (rows of width V starting at `offset`). Its candidates are the most
 * probable tokens a decoder may choose: never <pad> or <bos>.
 */
export function describeStep(
  logits: Float32Array,
  probs: Float32Array,
  offset: number,
  vocabSize: number,
  position: number,
  chosenId: number,
): DecodeStep {
  // log softmax(x)_j = x_j − log Σ_i exp(x_i)
  const logProb = logits[offset + chosenId] - logSumExp(logits, offset, vocabSize);
  const candidates = topIndices(logits, offset, vocabSize, CANDIDATE_COUNT, NEVER_CHOSEN).map(
    (id) => ({
      id,
      prob: probs[offset + id],
    }),
  );
  return { position, chosenId, logProb, candidates };
}
