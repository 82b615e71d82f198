/**
 * The matrix products of training. For a linear layer Y = X Wᵀ + b with X (m, k), W (n, k),
 * Y (m, n), the backward pass needs
 *   dX = dY W      (m, n)·(n, k)
 *   dW = dYᵀ X     (n, m)·(m, k)
 *   db = Σ_rows dY
 * Both products accumulate (+=) so that a tensor feeding several consumers sums their gradients.
 * The forward product X Wᵀ runs on the same kernel (see linear.ts).
 */

/**
 * out (rows, k) += A (rows, inner) · B (inner, k), where A[r][s] = a[r·aRowStride + s·aInnerStride],
 * so A may be read transposed. Each output row gains a weighted sum of B's rows, read contiguously.
 * Register-blocked eight rows of out by eight rows of B: every load of B feeds eight rows, and
 * every load and store of out carries eight multiply-adds. Measured in V8 on this model's shapes
 * (CPU time, GMAC/s): 4×4 3.8, 4×8 4.4–5.7, 8×8 5.0–6.7, 16×8 5.3–7.2; 8×8 keeps most of the
 * gain at half the code of 16×8.
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
  for (; r + 8 <= rows; r += 8) {
    accumulateEightRows(out, a, aRowStride, aInnerStride, b, r, inner, k);
  }
  for (; r < rows; r++) accumulateOneRow(out, a, aRowStride, aInnerStride, b, r, inner, k);
}

/** Rows r … r+7 of accumulateProduct. */
function accumulateEightRows(
  out: Float32Array,
  a: Float32Array,
  aRowStride: number,
  aInnerStride: number,
  b: Float32Array,
  r: number,
  inner: number,
  k: number,
): void {
  const o0 = r * k;
  const o1 = o0 + k;
  const o2 = o1 + k;
  const o3 = o2 + k;
  const o4 = o3 + k;
  const o5 = o4 + k;
  const o6 = o5 + k;
  const o7 = o6 + k;
  const r0 = r * aRowStride;
  const r1 = r0 + aRowStride;
  const r2 = r1 + aRowStride;
  const r3 = r2 + aRowStride;
  const r4 = r3 + aRowStride;
  const r5 = r4 + aRowStride;
  const r6 = r5 + aRowStride;
  const r7 = r6 + aRowStride;
  let s = 0;
  for (; s + 8 <= inner; s += 8) {
    // a{i}{j} = A[r + i][s + j], held across the whole p loop
    const s0 = s * aInnerStride;
    const s1 = s0 + aInnerStride;
    const s2 = s1 + aInnerStride;
    const s3 = s2 + aInnerStride;
    const s4 = s3 + aInnerStride;
    const s5 = s4 + aInnerStride;
    const s6 = s5 + aInnerStride;
    const s7 = s6 + aInnerStride;
    const a00 = a[r0 + s0];
    const a01 = a[r0 + s1];
    const a02 = a[r0 + s2];
    const a03 = a[r0 + s3];
    const a04 = a[r0 + s4];
    const a05 = a[r0 + s5];
    const a06 = a[r0 + s6];
    const a07 = a[r0 + s7];
    const a10 = a[r1 + s0];
    const a11 = a[r1 + s1];
    const a12 = a[r1 + s2];
    const a13 = a[r1 + s3];
    const a14 = a[r1 + s4];
    const a15 = a[r1 + s5];
    const a16 = a[r1 + s6];
    const a17 = a[r1 + s7];
    const a20 = a[r2 + s0];
    const a21 = a[r2 + s1];
    const a22 = a[r2 + s2];
    const a23 = a[r2 + s3];
    const a24 = a[r2 + s4];
    const a25 = a[r2 + s5];
    const a26 = a[r2 + s6];
    const a27 = a[r2 + s7];
    const a30 = a[r3 + s0];
    const a31 = a[r3 + s1];
    const a32 = a[r3 + s2];
    const a33 = a[r3 + s3];
    const a34 = a[r3 + s4];
    const a35 = a[r3 + s5];
    const a36 = a[r3 + s6];
    const a37 = a[r3 + s7];
    const a40 = a[r4 + s0];
    const a41 = a[r4 + s1];
    const a42 = a[r4 + s2];
    const a43 = a[r4 + s3];
    const a44 = a[r4 + s4];
    const a45 = a[r4 + s5];
    const a46 = a[r4 + s6];
    const a47 = a[r4 + s7];
    const a50 = a[r5 + s0];
    const a51 = a[r5 + s1];
    const a52 = a[r5 + s2];
    const a53 = a[r5 + s3];
    const a54 = a[r5 + s4];
    const a55 = a[r5 + s5];
    const a56 = a[r5 + s6];
    const a57 = a[r5 + s7];
    const a60 = a[r6 + s0];
    const a61 = a[r6 + s1];
    const a62 = a[r6 + s2];
    const a63 = a[r6 + s3];
    const a64 = a[r6 + s4];
    const a65 = a[r6 + s5];
    const a66 = a[r6 + s6];
    const a67 = a[r6 + s7];
    const a70 = a[r7 + s0];
    const a71 = a[r7 + s1];
    const a72 = a[r7 + s2];
    const a73 = a[r7 + s3];
    const a74 = a[r7 + s4];
    const a75 = a[r7 + s5];
    const a76 = a[r7 + s6];
    const a77 = a[r7 + s7];
    const b0 = s * k;
    const b1 = b0 + k;
    const b2 = b1 + k;
    const b3 = b2 + k;
    const b4 = b3 + k;
    const b5 = b4 + k;
    const b6 = b5 + k;
    const b7 = b6 + k;
    for (let p = 0; p < k; p++) {
      const x0 = b[b0 + p];
      const x1 = b[b1 + p];
      const x2 = b[b2 + p];
      const x3 = b[b3 + p];
      const x4 = b[b4 + p];
      const x5 = b[b5 + p];
      const x6 = b[b6 + p];
      const x7 = b[b7 + p];
      out[o0 + p] +=
        a00 * x0 + a01 * x1 + a02 * x2 + a03 * x3 + a04 * x4 + a05 * x5 + a06 * x6 + a07 * x7;
      out[o1 + p] +=
        a10 * x0 + a11 * x1 + a12 * x2 + a13 * x3 + a14 * x4 + a15 * x5 + a16 * x6 + a17 * x7;
      out[o2 + p] +=
        a20 * x0 + a21 * x1 + a22 * x2 + a23 * x3 + a24 * x4 + a25 * x5 + a26 * x6 + a27 * x7;
      out[o3 + p] +=
        a30 * x0 + a31 * x1 + a32 * x2 + a33 * x3 + a34 * x4 + a35 * x5 + a36 * x6 + a37 * x7;
      out[o4 + p] +=
        a40 * x0 + a41 * x1 + a42 * x2 + a43 * x3 + a44 * x4 + a45 * x5 + a46 * x6 + a47 * x7;
      out[o5 + p] +=
        a50 * x0 + a51 * x1 + a52 * x2 + a53 * x3 + a54 * x4 + a55 * x5 + a56 * x6 + a57 * x7;
      out[o6 + p] +=
        a60 * x0 + a61 * x1 + a62 * x2 + a63 * x3 + a64 * x4 + a65 * x5 + a66 * x6 + a67 * x7;
      out[o7 + p] +=
        a70 * x0 + a71 * x1 + a72 * x2 + a73 * x3 + a74 * x4 + a75 * x5 + a76 * x6 + a77 * x7;
    }
  }
  for (; s < inner; s++) {
    const sOff = s * aInnerStride;
    const a0 = a[r0 + sOff];
    const a1 = a[r1 + sOff];
    const a2 = a[r2 + sOff];
    const a3 = a[r3 + sOff];
    const a4 = a[r4 + sOff];
    const a5 = a[r5 + sOff];
    const a6 = a[r6 + sOff];
    const a7 = a[r7 + sOff];
    const bOff = s * k;
    for (let p = 0; p < k; p++) {
      const x = b[bOff + p];
      out[o0 + p] += a0 * x;
      out[o1 + p] += a1 * x;
      out[o2 + p] += a2 * x;
      out[o3 + p] += a3 * x;
      out[o4 + p] += a4 * x;
      out[o5 + p] += a5 * x;
      out[o6 + p] += a6 * x;
      out[o7 + p] += a7 * x;
    }
  }
}

/** Row r of accumulateProduct. */
function accumulateOneRow(
  out: Float32Array,
  a: Float32Array,
  aRowStride: number,
  aInnerStride: number,
  b: Float32Array,
  r: number,
  inner: number,
  k: number,
): void {
  const outOff = r * k;
  const aOff = r * aRowStride;
  for (let s = 0; s < inner; s++) {
    const coefficient = a[aOff + s * aInnerStride];
    const bOff = s * k;
    for (let p = 0; p < k; p++) out[outOff + p] += coefficient * b[bOff + p];
  }
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
