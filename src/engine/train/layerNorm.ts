/**
 * Layer normalisation over the model dimension (Ba et al.; the paper's "Add & Norm", §3.1):
 *   y = γ ⊙ (x − μ) / √(σ² + ε) + β,  μ and σ² the mean and biased variance of the row.
 */

/**
 * out (rows, d), mean (rows), rstd (rows) from inp (rows, d), gamma (d), beta (d).
 * Saved for backward: inp, mean, rstd (1 / √(σ² + ε)); the normalised row is recomputed.
 */
export function layerNormForward(
  out: Float32Array,
  mean: Float32Array,
  rstd: Float32Array,
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
    let squares = 0;
    for (let i = 0; i < d; i++) {
      const centred = inp[off + i] - mu;
      squares += centred * centred;
    }
    const s = 1 / Math.sqrt(squares / d + eps);
    for (let i = 0; i < d; i++) out[off + i] = (inp[off + i] - mu) * s * gamma[i] + beta[i];
    mean[r] = mu;
    rstd[r] = s;
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
