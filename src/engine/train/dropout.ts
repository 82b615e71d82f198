/**
 * Residual dropout (§5.4): during training, each sublayer's output is dropped out before it is
 * added to the sublayer input and normalised, and so are the sums of embeddings and positional
 * encodings. Inverted dropout: kept units are scaled by 1 / (1 − rate), so evaluation needs no
 * change. Seeded, so a step's masks are the same on every run.
 */
import type { Random } from '../random';

export interface Dropout {
  /** P_drop: the probability of zeroing a unit (0.1 in the paper). */
  rate: number;
  random: Random;
}

/** x (n) ⊙= mask in place, mask (n) ∈ {0, 1 / (1 − rate)} freshly drawn. Saved for backward: mask. */
export function dropoutForward(
  x: Float32Array,
  mask: Float32Array,
  n: number,
  dropout: Dropout,
): void {
  const keep = 1 / (1 - dropout.rate);
  for (let i = 0; i < n; i++) {
    const scale = dropout.random() < dropout.rate ? 0 : keep;
    mask[i] = scale;
    x[i] *= scale;
  }
}

/** dX (n) ⊙= mask in place: a dropped unit passes no gradient, a kept one its scaled gradient. */
export function dropoutBackward(dX: Float32Array, mask: Float32Array, n: number): void {
  for (let i = 0; i < n; i++) dX[i] *= mask[i];
}
