/**
 * Layer normalisation (Ba et al. 2016), applied after each residual sum in the post-norm
 * Transformer (§3.1: LayerNorm(x + Sublayer(x))). Statistics are per row, over the model
 * dimension; the variance is the biased one (÷ d), as in PyTorch's nn.LayerNorm. The forward
 * serves the traced pass (one sentence) and training (a batch); the backward is training's.
 */
import { tensor, type Tensor } from '../tensor';

/**
 * y = γ ⊙ (x − μ) / √(σ² + ε) + β, with μ, σ² the mean and variance of each row.
 * out, inp: (rows, d); gamma, beta: (d). out may be inp itself. Saved for backward, when asked:
 * mean (rows) and rstd (rows) = 1 / √(σ² + ε); the normalised row is recomputed from inp.
 */
export function layerNormForward(
  out: Float32Array,
  mean: Float32Array | null,
  rstd: Float32Array | null,
  inp: Float32Array,
  gamma: Float32Array,
  beta: Float32Array,
  rows: number,
  d: number,
  eps: number,
): void {
  for (let r = 0; r < rows; r++) {
    const off = r * d;
    let sum = 0;
    for (let i = 0; i < d; i++) sum += inp[off + i];
    const mu = sum / d;
    // Two passes (mean first, then squared deviations) so a large mean cannot cancel the variance.
    let squares = 0;
    for (let i = 0; i < d; i++) {
      const centred = inp[off + i] - mu;
      squares += centred * centred;
    }
    const s = 1 / Math.sqrt(squares / d + eps);
    for (let i = 0; i < d; i++) out[off + i] = (inp[off + i] - mu) * s * gamma[i] + beta[i];
    if (mean) mean[r] = mu;
    if (rstd) rstd[r] = s;
  }
}

/**
 * dInp (rows, d) += the gradient through the normalisation; dGamma (d) += Σ dOut ⊙ x̂; dBeta (d) += Σ dOut.
 * With x̂ = (x − μ)·rstd and g = dOut ⊙ γ:
 *   dx = rstd · (g − mean(g) − x̂ · mean(g ⊙ x̂))
 */
export function layerNormBackward(
  dInp: Float32Array,
  dGamma: Float32Array,
  dBeta: Float32Array,
  dOut: Float32Array,
  inp: Float32Array,
  mean: Float32Array,
  rstd: Float32Array,
  gamma: Float32Array,
  rows: number,
  d: number,
): void {
  for (let r = 0; r < rows; r++) {
    const off = r * d;
    const mu = mean[r];
    const s = rstd[r];
    let gMean = 0;
    let gNormMean = 0;
    for (let i = 0; i < d; i++) {
      const g = dOut[off + i] * gamma[i];
      gMean += g;
      gNormMean += g * (inp[off + i] - mu) * s;
    }
    gMean /= d;
    gNormMean /= d;
    for (let i = 0; i < d; i++) {
      const normed = (inp[off + i] - mu) * s;
      const g = dOut[off + i] * gamma[i];
      dGamma[i] += dOut[off + i] * normed;
      dBeta[i] += dOut[off + i];
      dInp[off + i] += (g - gMean - normed * gNormMean) * s;
    }
  }
}

/** LayerNorm over the last dimension of x; gamma and beta have that dimension's length. */
export function layerNorm(x: Tensor, gamma: Tensor, beta: Tensor, eps: number): Tensor {
  const cols = x.shape[x.shape.length - 1];
  if (gamma.data.length !== cols || beta.data.length !== cols) {
    throw new Error(
      `layerNorm: γ and β need ${cols} numbers, found ${gamma.data.length} and ${beta.data.length}`,
    );
  }
  const out = tensor(x.shape);
  const rows = x.data.length / cols;
  layerNormForward(out.data, null, null, x.data, gamma.data, beta.data, rows, cols, eps);
  return out;
}
