/**
 * Softmax along rows, numerically safe: the row maximum is subtracted before exponentiating,
 * so the largest exponent is e⁰ = 1 and nothing overflows, whatever the inputs' size.
 *
 * Edge cases, chosen rather than left to NaN:
 * - A row that is entirely −∞ (nothing to attend to) gives all zeros, not NaN: its weighted sum
 *   is then the zero vector. With no padding at inference the causal mask never does this.
 * - Entries equal to +∞ share the whole probability equally (the limit of softmax as they grow).
 * - NaN inputs propagate to NaN outputs, so a bug upstream stays visible.
 */
import { tensor, type Tensor } from '../tensor';

/** softmax(x)_j = exp(x_j − max x) / Σ_i exp(x_i − max x), over x[xOffset … xOffset + n). */
export function softmaxRowInto(
  out: Float32Array,
  outOffset: number,
  x: Float32Array,
  xOffset: number,
  n: number,
): void {
  let max = -Infinity;
  for (let j = 0; j < n; j++) {
    const value = x[xOffset + j];
    if (value > max) max = value;
  }
  if (max === -Infinity || max === Infinity) {
    if (containsNaN(x, xOffset, n)) out.fill(NaN, outOffset, outOffset + n);
    else if (max === -Infinity) out.fill(0, outOffset, outOffset + n);
    else shareAmongInfinities(out, outOffset, x, xOffset, n);
    return;
  }
  let sum = 0;
  for (let j = 0; j < n; j++) {
    const e = Math.exp(x[xOffset + j] - max);
    out[outOffset + j] = e;
    sum += e;
  }
  for (let j = 0; j < n; j++) out[outOffset + j] /= sum;
}

/** A row holding +∞: the +∞ entries share probability 1 equally, the others get 0. */
function shareAmongInfinities(
  out: Float32Array,
  outOffset: number,
  x: Float32Array,
  xOffset: number,
  n: number,
): void {
  let count = 0;
  for (let j = 0; j < n; j++) if (x[xOffset + j] === Infinity) count++;
  for (let j = 0; j < n; j++) out[outOffset + j] = x[xOffset + j] === Infinity ? 1 / count : 0;
}

function containsNaN(x: Float32Array, offset: number, n: number): boolean {
  for (let j = 0; j < n; j++) if (Number.isNaN(x[offset + j])) return true;
  return false;
}

/** out (rows, cols) = softmax of each row of x (rows, cols). */
export function softmaxRowsInto(
  out: Float32Array,
  x: Float32Array,
  rows: number,
  cols: number,
): void {
  for (let i = 0; i < rows; i++) softmaxRowInto(out, i * cols, x, i * cols, cols);
}

/** Softmax over the last dimension of a tensor of any rank. */
export function softmaxRows(x: Tensor): Tensor {
  const cols = x.shape[x.shape.length - 1];
  const out = tensor(x.shape);
  softmaxRowsInto(out.data, x.data, cols === 0 ? 0 : x.data.length / cols, cols);
  return out;
}

/**
 * log Σ_j exp(x_j) over x[offset … offset + n), as max + log Σ exp(x_j − max) so it cannot
 * overflow; log softmax(x)_j is then x_j − logSumExp. −∞ for a row that is entirely −∞.
 */
export function logSumExp(x: Float32Array, offset: number, n: number): number {
  let max = -Infinity;
  for (let j = 0; j < n; j++) {
    const value = x[offset + j];
    if (value > max) max = value;
  }
  if (max === -Infinity || max === Infinity) return max;
  let sum = 0;
  for (let j = 0; j < n; j++) sum += Math.exp(x[offset + j] - max);
  return max + Math.log(sum);
}
