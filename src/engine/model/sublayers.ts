/**
 * The pieces every layer is built from, on caller-provided buffers, shared by the teacher-forced
 * pass and the one-position decoding step so that both compute every number the same way.
 */
import { reluForward, residualForward } from '../ops/elementwise';
import { layerNormForward } from '../ops/layerNorm';
import { linearRowByRow } from '../ops/linear';
import { mergeHeadsInto } from '../ops/attention';
import type { FeedForwardWeights, Linear, NormWeights } from './weights';

/** out (rows, outFeatures) = x (rows, inFeatures) Wᵀ + b. */
export function linearInto(out: Float32Array, x: Float32Array, linear: Linear, rows: number): void {
  linearRowByRow(out, x, linear.weight, linear.bias, rows, linear.inFeatures, linear.outFeatures);
}

/** Residual connection and LayerNorm around a sublayer (§3.1): sum = x + Sublayer(x), norm = LayerNorm(sum). */
export function addAndNormInto(
  sum: Float32Array,
  norm: Float32Array,
  x: Float32Array,
  sublayerOut: Float32Array,
  weights: NormWeights,
  rows: number,
  dModel: number,
  eps: number,
): void {
  residualForward(sum, x, sublayerOut, rows * dModel);
  layerNormForward(norm, null, null, sum, weights.gamma, weights.beta, rows, dModel, eps);
}

/** FFN(x) = max(0, x W₁ᵀ + b₁) W₂ᵀ + b₂ (§3.3); hidden (rows, d_ff) keeps the ReLU's output. */
export function feedForwardInto(
  hidden: Float32Array,
  out: Float32Array,
  x: Float32Array,
  weights: FeedForwardWeights,
  rows: number,
): void {
  linearInto(hidden, x, weights.linear1, rows);
  reluForward(hidden, hidden, rows * weights.linear1.outFeatures);
  linearInto(out, hidden, weights.linear2, rows);
}

/**
 * MultiHead(Q, K, V) = Concat(head_1, …, head_h) W^O (§3.2.2): concat and out are (rows, d).
 * A silenced head's block of the concatenation is zero, so its z never reaches W^O.
 */
export function combineHeadsInto(
  concat: Float32Array,
  out: Float32Array,
  z: Float32Array,
  output: Linear,
  rows: number,
  heads: number,
  headSize: number,
  silencedHeads: readonly number[] = [],
): void {
  mergeHeadsInto(concat, z, rows, heads, headSize);
  const d = heads * headSize;
  for (const head of silencedHeads) {
    for (let row = 0; row < rows; row++) {
      concat.fill(0, row * d + head * headSize, row * d + (head + 1) * headSize);
    }
  }
  linearInto(out, concat, output, rows);
}
