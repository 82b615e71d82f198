/**
 * Matrix products, the only hot loops of the engine. All operate on flat row-major buffers and
 * write into a caller-provided output so the training loop can reuse memory.
 *
 * Weights follow PyTorch's nn.Linear layout, W: (out, in), so a linear layer is y = x Wᵀ + b:
 * each output is a dot product of two contiguous rows, which is what the inner loops exploit.
 */

/**
 * out (m, n) = x (m, k) · Wᵀ where W is (n, k), plus bias (n) when given.
 * Register-blocked: four rows of W at a time share each load of x.
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
  for (let i = 0; i < m; i++) {
    const xOff = i * k;
    const outOff = i * n;
    let j = 0;
    for (; j + 4 <= n; j += 4) {
      const w0 = j * k;
      const w1 = w0 + k;
      const w2 = w1 + k;
      const w3 = w2 + k;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let p = 0; p < k; p++) {
        const xv = x[xOff + p];
        s0 += xv * w[w0 + p];
        s1 += xv * w[w1 + p];
        s2 += xv * w[w2 + p];
        s3 += xv * w[w3 + p];
      }
      if (bias) {
        s0 += bias[j];
        s1 += bias[j + 1];
        s2 += bias[j + 2];
        s3 += bias[j + 3];
      }
      out[outOff + j] = s0;
      out[outOff + j + 1] = s1;
      out[outOff + j + 2] = s2;
      out[outOff + j + 3] = s3;
    }
    for (; j < n; j++) {
      const wOff = j * k;
      let s = bias ? bias[j] : 0;
      for (let p = 0; p < k; p++) s += x[xOff + p] * w[wOff + p];
      out[outOff + j] = s;
    }
  }
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
