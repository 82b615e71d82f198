/**
 * The matrix products of training. For a linear layer Y = X Wᵀ + b with X (m, k), W (n, k),
 * Y (m, n), the backward pass needs
 *   dX = dY W      (m, n)·(n, k)
 *   dW = dYᵀ X     (n, m)·(m, k)
 *   db = Σ_rows dY
 * Both products accumulate (+=) so that a tensor feeding several consumers sums their gradients.
 * The forward product X Wᵀ runs on the same kernel (see linear.ts). The blocked loops are
 * unrolled by a generator from one body each (ops/kernels.generated.ts).
 */
import { accumulateRows16x8, accumulateRows1x1, accumulateRows8x8 } from '../ops/kernels.generated';

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

/** dX (m, k) += dY (m, n) · W (n, k): the gradient reaching a linear layer's input. */
export function accumulateInputGrad(
  dX: Float32Array,
  dY: Float32Array,
  w: Float32Array,
  m: number,
  k: number,
  n: number,
): void {
  accumulateProduct(dX, dY, n, 1, w, m, n, k);
}

/** dW (n, k) += dYᵀ (n, m) · X (m, k): the gradient of a linear layer's weight. */
export function accumulateWeightGrad(
  dW: Float32Array,
  dY: Float32Array,
  x: Float32Array,
  m: number,
  k: number,
  n: number,
): void {
  accumulateProduct(dW, dY, 1, n, x, n, m, k);
}

/** db (n) += Σ_i dY (m, n)[i]: the gradient of a bias added to every row. */
export function accumulateBiasGrad(db: Float32Array, dY: Float32Array, m: number, n: number): void {
  for (let i = 0; i < m; i++) {
    const off = i * n;
    for (let j = 0; j < n; j++) db[j] += dY[off + j];
  }
}
