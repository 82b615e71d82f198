/**
 * The matrix products, the engine's hot loops, in their two forms. Both work on flat row-major
 * buffers and write into caller-provided outputs, so that training can reuse its memory. The
 * blocked loops are unrolled by a generator from one body each (kernels.generated.ts).
 *
 * - Row by row, as dot products: out = x Wᵀ (+ b), with W in nn.Linear's layout (out, in), so
 *   each output is a dot product of two contiguous rows. Every output is summed in the same
 *   order, p = 0 … k−1 and then the bias, whichever block it falls in: a row computed alone (one
 *   decoding step) is bit-identical to the same row computed inside a whole matrix (the
 *   teacher-forced pass), which the key/value cache relies on.
 * - Accumulating: out += A · B, each output row gaining a weighted sum of B's rows read
 *   contiguously, with A readable transposed. Training's products (forward over a batch, and
 *   the gradients dX = dY W, dW = dYᵀ X) run on it.
 */
import {
  accumulateRows16x8,
  accumulateRows1x1,
  accumulateRows8x8,
  dotRows1x4,
  dotRows3x4,
} from './kernels.generated';

/**
 * out (m, n) = x (m, k) · Wᵀ where W is (n, k), plus bias (n) when given.
 * Register-blocked: three rows of x by four rows of W, twelve sums held in registers, so each
 * load feeds three or four multiplications (measured fastest in V8 among 1×4, 2×4, 3×4, 4×4, 2×8).
 */
export function dotProductRows(
  out: Float32Array,
  x: Float32Array,
  w: Float32Array,
  bias: Float32Array | null,
  m: number,
  k: number,
  n: number,
): void {
  let i = 0;
  for (; i + 3 <= m; i += 3) dotRows3x4(out, x, w, bias, i, k, n);
  for (; i < m; i++) dotRows1x4(out, x, w, bias, i, k, n);
}

/**
 * out (rows, k) += A (rows, inner) · B (inner, k), where A[r][s] = a[r·aRowStride + s·aInnerStride],
 * so A may be read transposed. Each output row gains a weighted sum of B's rows, read contiguously.
 * Register-blocked sixteen rows of out by eight rows of B: every load of B feeds sixteen rows,
 * and every load and store of out carries eight multiply-adds; the rows left over go eight, then
 * one at a time. Measured in V8 on this model's shapes (CPU time, GMAC/s): 4×4 3.8, 4×8 4.4–5.7,
 * 8×8 5.0–6.7, 16×8 5.3–7.2; a training step (`npm run bench`) took 135 ms with 16×8 against
 * 147 ms with 8×8 alone.
 */
export function accumulateProduct(
  out: Float32Array,
  a: Float32Array,
  aRowStride: number,
  aInnerStride: number,
  b: Float32Array,
  rows: number,
  inner: number,
  k: number,
): void {
  let r = 0;
  for (; r + 16 <= rows; r += 16) {
    accumulateRows16x8(out, a, aRowStride, aInnerStride, b, r, inner, k);
  }
  for (; r + 8 <= rows; r += 8) {
    accumulateRows8x8(out, a, aRowStride, aInnerStride, b, r, inner, k);
  }
  for (; r < rows; r++) accumulateRows1x1(out, a, aRowStride, aInnerStride, b, r, inner, k);
}
