/**
 * Layer normalization (Ba et al. 2016), applied after each residual sum in the post-norm
 * Transformer (§3.1: LayerNorm(x + Sublayer(x))). Statistics are per row, over the model
 * dimension; the variance is the biased one (÷ n), as in PyTorch's nn.LayerNorm.
 */
import { tensor, type Tensor } from '../tensor';

/**
 * LayerNorm(x) = γ ⊙ (x − μ) / √(σ² + ε) + β, with μ, σ² the mean and variance of each row.
 * out, x: (rows, cols); gamma, beta: (cols). out may be x itself.
 */
export function layerNormInto(
  out: Float32Array,
  x: Float32Array,
  gamma: Float32Array,
  beta: Float32Array,
  rows: number,
  cols: number,
  eps: number,
): void {
  for (let i = 0; i < rows; i++) {
    const offset = i * cols;
    let sum = 0;
    for (let j = 0; j < cols; j++) sum += x[offset + j];
    const mean = sum / cols;
    // Two passes (mean first, then squared deviations) so a large mean cannot cancel the variance.
    let squares = 0;
    for (let j = 0; j < cols; j++) {
      const deviation = x[offset + j] - mean;
      squares += deviation * deviation;
    }
    const inverseStd = 1 / Math.sqrt(squares / cols + eps);
    for (let j = 0; j < cols; j++) {
      out[offset + j] = (x[offset + j] - mean) * inverseStd * gamma[j] + beta[j];
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
  layerNormInto(out.data, x.data, gamma.data, beta.data, x.data.length / cols, cols, eps);
  return out;
}
