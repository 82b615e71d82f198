/**
 * Element-wise pieces: the ReLU of the feed-forward network and the residual connection, forward
 * (for the traced pass and training alike) and backward.
 *
 * ReLU works on the bits of IEEE floats: a negative number has its sign bit set, so `bits >> 31`
 * is all ones exactly for negatives and `bits & ~(bits >> 31)` is 0 for them and the number
 * otherwise. Branch-free, which matters here: half the units are active at random, and a branch
 * on the sign mispredicts so often that it ran two to five times slower.
 */

/** One float and its bits, to turn a masked bit pattern back into a number. */
const passed = new Float32Array(1);
const passedBits = new Int32Array(passed.buffer);

/** The same memory read as 32-bit integers. */
function intView(values: Float32Array, n: number): Int32Array {
  return new Int32Array(values.buffer, values.byteOffset, n);
}

/**
 * out (n) = max(0, inp (n)), FFN(x) = max(0, x W1 + b1) W2 + b2 (§3.3); out may be inp itself.
 * Saved for backward: out. (−0 comes out as 0.)
 */
export function reluForward(out: Float32Array, inp: Float32Array, n: number): void {
  const inBits = intView(inp, n);
  const outBits = intView(out, n);
  for (let i = 0; i < n; i++) {
    const bits = inBits[i];
    outBits[i] = bits & ~(bits >> 31);
  }
}

/**
 * dInp (n) += dOut where the unit was active (out > 0), from the saved out (n). Branch-free as the
 * forward: out ≥ 0, so −bits is negative, and `(−bits) >> 31` all ones, exactly where out > 0.
 */
export function reluBackward(
  dInp: Float32Array,
  dOut: Float32Array,
  out: Float32Array,
  n: number,
): void {
  const outBits = intView(out, n);
  const dOutBits = intView(dOut, n);
  for (let i = 0; i < n; i++) {
    passedBits[0] = dOutBits[i] & (-outBits[i] >> 31);
    dInp[i] += passed[0];
  }
}

/** out (n) = a + b: the residual connection x + Sublayer(x) (§3.1); out may be a or b. Nothing saved. */
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
