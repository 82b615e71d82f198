/**
 * The linear layer, nn.Linear's layout: W (out, in), y = x Wᵀ + b; forward and backward. Its
 * backward needs, for Y = X Wᵀ + b with X (m, k), W (n, k), Y (m, n):
 *   dX = dY W      (m, n)·(n, k)
 *   dW = dYᵀ X     (n, m)·(m, k)
 *   db = Σ_rows dY
 * Gradients accumulate (+=) so that a tensor feeding several consumers sums their gradients.
 */
import { accumulateProduct, dotProductRows } from './products';

/**
 * out (m, n) = inp (m, k) · weight (n, k)ᵀ + bias (n), each row as if computed alone (the order
 * of products.ts's dot products): the traced pass, whose decoding steps with the key/value
 * cache must equal the teacher-forced pass bit for bit, computes every linear layer this way.
 */
export function linearRowByRow(
  out: Float32Array,
  inp: Float32Array,
  weight: Float32Array,
  bias: Float32Array | null,
  m: number,
  k: number,
  n: number,
): void {
  dotProductRows(out, inp, weight, bias, m, k, n);
}

/**
 * Scratch for Wᵀ (in, out), grown to the largest weight seen. Over a batch of m rows the product
 * is computed as out = x · Wᵀ in the accumulate form, which V8 ran faster than the dot-product
 * form (about 4 against 3 GMAC/s on this model's shapes); transposing W costs n·k moves against
 * m·n·k multiply-adds.
 */
let transposed = new Float32Array(0);

/**
 * Below this many rows the copy of Wᵀ costs more than it saves (the backward pass of a single
 * sentence, as gradient × input saliency runs, has about ten rows per layer), so the product is
 * taken row by row, as the traced pass does.
 */
const FEW_ROWS = 32;

/**
 * Training's forward: out (m, n) = inp (m, k) · weight (n, k)ᵀ + bias (n), in whichever form is
 * faster for m rows. Saved for backward: inp (the caller keeps it).
 */
export function linearForward(
  out: Float32Array,
  inp: Float32Array,
  weight: Float32Array,
  bias: Float32Array,
  m: number,
  k: number,
  n: number,
): void {
  if (m < FEW_ROWS) {
    linearRowByRow(out, inp, weight, bias, m, k, n);
    return;
  }
  if (transposed.length < n * k) transposed = new Float32Array(n * k);
  for (let j = 0; j < n; j++) {
    for (let p = 0; p < k; p++) transposed[p * n + j] = weight[j * k + p];
  }
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) out[i * n + j] = bias[j];
  }
  accumulateProduct(out, inp, k, 1, transposed, m, k, n);
}

/**
 * dInp (m, k) += dOut (m, n) · weight (n, k); dWeight (n, k) += dOutᵀ · inp; dBias (n) += Σ_rows dOut.
 * Reads the saved inp (m, k).
 */
export function linearBackward(
  dInp: Float32Array,
  dWeight: Float32Array,
  dBias: Float32Array,
  dOut: Float32Array,
  inp: Float32Array,
  weight: Float32Array,
  m: number,
  k: number,
  n: number,
): void {
  // A row of dOut that is all zero adds nothing to any gradient. When most rows are (the final
  // Linear of a pass that scores one word, as gradient × input saliency runs), the products run on
  // the others alone, gathered together.
  const scored = rowsWithGradient(dOut, m, n);
  if (scored.length * 2 <= m) {
    if (scored.length === 0) return;
    const [dOutRows, inpRows, dInpRows] = gatherRows(scored, [dOut, n], [inp, k], [dInp, k]);
    linearBackward(dInpRows, dWeight, dBias, dOutRows, inpRows, weight, scored.length, k, n);
    scored.forEach((row, i) => dInp.set(dInpRows.subarray(i * k, (i + 1) * k), row * k));
    return;
  }
  // dX (m, k) += dY (m, n) · W (n, k)
  accumulateProduct(dInp, dOut, n, 1, weight, m, n, k);
  // dW (n, k) += dYᵀ (n, m) · X (m, k)
  accumulateProduct(dWeight, dOut, 1, n, inp, n, m, k);
  // db (n) += Σ_i dY[i]
  for (let i = 0; i < m; i++) {
    const off = i * n;
    for (let j = 0; j < n; j++) dBias[j] += dOut[off + j];
  }
}

/** The rows of dOut (m, n) with a non-zero entry; most rows end their scan at the first entry. */
function rowsWithGradient(dOut: Float32Array, m: number, n: number): number[] {
  const rows: number[] = [];
  for (let i = 0; i < m; i++) {
    const off = i * n;
    for (let j = 0; j < n; j++) {
      if (dOut[off + j] !== 0) {
        rows.push(i);
        break;
      }
    }
  }
  return rows;
}

/** The given rows of each (matrix, columns), gathered into new matrices in that order. */
function gatherRows(
  rows: readonly number[],
  ...matrices: readonly (readonly [Float32Array, number])[]
): Float32Array[] {
  return matrices.map(([matrix, columns]) => {
    const gathered = new Float32Array(rows.length * columns);
    rows.forEach((row, i) =>
      gathered.set(matrix.subarray(row * columns, (row + 1) * columns), i * columns),
    );
    return gathered;
  });
}
