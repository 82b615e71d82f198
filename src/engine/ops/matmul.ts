/**
 * Matrix products, the only hot loops of the engine. All operate on flat row-major buffers and
 * write into a caller-provided output so the training loop can reuse memory.
 *
 * Weights follow PyTorch's nn.Linear layout, W: (out, in), so a linear layer is y = x Wᵀ + b:
 * each output is a dot product of two contiguous rows, which is what the inner loops exploit.
 *
 * Every output element is summed in the same order, p = 0 … k−1 and then the bias, whichever
 * block it falls in: a row computed alone (one decoding step) is bit-identical to the same row
 * computed inside a whole matrix (the teacher-forced pass).
 *
 * The blocked loops are unrolled by a generator from one body each (kernels.generated.ts).
 */
import { dotRows1x4, dotRows3x4 } from './kernels.generated';

/**
 * out (m, n) = x (m, k) · Wᵀ where W is (n, k), plus bias (n) when given.
 * Register-blocked: three rows of x by four rows of W, twelve sums held in registers, so each
 * load feeds three or four multiplications (measured fastest in V8 among 1×4, 2×4, 3×4, 4×4, 2×8).
 */
export function matmulTransposedInto(
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

/** out (m, n) = a (m, k) · b (k, n), i-k-j order so the innermost loop runs along rows. */
export function matmulInto(
  out: Float32Array,
  a: Float32Array,
  b: Float32Array,
  m: number,
  k: number,
  n: number,
): void {
  out.fill(0, 0, m * n);
  for (let i = 0; i < m; i++) {
    const outOff = i * n;
    for (let p = 0; p < k; p++) {
      const av = a[i * k + p];
      if (av === 0) continue;
      const bOff = p * n;
      for (let j = 0; j < n; j++) out[outOff + j] += av * b[bOff + j];
    }
  }
}
