/** Reading a next-token distribution: the best token, the top few, and one step's summary. */
import { logSumExp } from '../ops/softmax';
import type { DecodeStep } from './trace';

/** How many rival tokens a DecodeStep lists. */
export const CANDIDATE_COUNT = 5;

/**
 * Indices of the k largest values of x[offset … offset + n), largest first; among equal values
 * the lower index comes first, so the first one is exactly the argmax a greedy decoder takes.
 */
export function topIndices(x: Float32Array, offset: number, n: number, k: number): number[] {
  const best: number[] = [];
  const count = Math.min(k, n);
  for (let j = 0; j < n; j++) {
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

/** The index of the largest value (the first one among equals). */
export function argmax(x: Float32Array, offset: number, n: number): number {
  let best = 0;
  for (let j = 1; j < n; j++) if (x[offset + j] > x[offset + best]) best = j;
  return best;
}

/**
 * The step at target position `position` that chose `chosenId`, from that position's
 * logits and probabilities (rows of width V starting at `offset`).
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
  const candidates = topIndices(logits, offset, vocabSize, CANDIDATE_COUNT).map((id) => ({
    id,
    prob: probs[offset + id],
  }));
  return { position, chosenId, logProb, candidates };
}
