/**
 * Element-wise pieces: the ReLU of the feed-forward network and the residual connection.
 */

/** out (n) = max(0, inp (n)), FFN(x) = max(0, x W1 + b1) W2 + b2 (§3.3). Saved for backward: out. */
export function reluForward(out: Float32Array, inp: Float32Array, n: number): void {
  for (let i = 0; i < n; i++) out[i] = inp[i] > 0 ? inp[i] : 0;
}

/** dInp (n) += dOut where the unit was active (out > 0), from the saved out (n). */
export function reluBackward(
  dInp: Float32Array,
  dOut: Float32Array,
  out: Float32Array,
  n: number,
): void {
  for (let i = 0; i < n; i++) if (out[i] > 0) dInp[i] += dOut[i];
}

/** out (n) = a + b: the residual connection x + Sublayer(x) (§3.1). Nothing saved. */
export function residualForward(
  out: Float32Array,
  a: Float32Array,
  b: Float32Array,
  n: number,
): void {
  for (let i = 0; i < n; i++) out[i] = a[i] + b[i];
}

/** dA (n) += dOut, dB (n) += dOut: a sum passes its gradient to both terms. */
export function residualBackward(
  dA: Float32Array,
  dB: Float32Array,
  dOut: Float32Array,
  n: number,
): void {
  for (let i = 0; i < n; i++) {
    dA[i] += dOut[i];
    dB[i] += dOut[i];
  }
}
