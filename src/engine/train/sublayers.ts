/**
 * The three kinds of sublayer, forward and backward side by side:
 * multi-head attention with its projections, the position-wise feed-forward network, and the
 * post-norm residual "Add & Norm" around each: LayerNorm(x + Sublayer(x)) (§3.1), with the
 * residual dropout of §5.4 on the sublayer's output while training.
 */
import type {
  AddNormActivations,
  AttentionActivations,
  FeedForwardActivations,
} from './activations';
import { dropoutBackward, dropoutForward, type Dropout } from './dropout';
import { attentionBackward, attentionForward, type AttentionShape } from './attention';
import { headDropoutBackward, headDropoutForward, type HeadDropout } from './headDropout';
import { reluBackward, reluForward, residualBackward, residualForward } from '../ops/elementwise';
import { layerNormBackward, layerNormForward } from '../ops/layerNorm';
import { linearBackward, linearForward } from '../ops/linear';
import type { AttentionWeights, FeedForwardWeights, NormWeights } from '../model/weights';

/**
 * MultiHead(Q, K, V) = Concat(head_1, …, head_h) W^O, head_i = Attention(Q W_i^Q, K W_i^K, V W_i^V)
 * (§3.2.2), with queries from x (B·Tq, d) and keys and values from memory (B·Tk, d): memory is x
 * itself for self-attention, the encoder output for encoder-decoder attention. While training, a
 * head dropout (when given) switches heads off in concat before W^O.
 * Saved for backward: x, memory, and acts (q, k, v, weights, concat, headMask).
 */
export function multiHeadForward(
  acts: AttentionActivations,
  w: AttentionWeights,
  x: Float32Array,
  memory: Float32Array,
  keyIds: Int32Array | null,
  causal: boolean,
  shape: AttentionShape,
  heads: HeadDropout | null,
): void {
  const d = shape.dModel;
  const queryRows = shape.batchSize * shape.queryLength;
  const keyRows = shape.batchSize * shape.keyLength;
  linearForward(acts.q, x, w.query.weight, w.query.bias, queryRows, d, d);
  linearForward(acts.k, memory, w.key.weight, w.key.bias, keyRows, d, d);
  linearForward(acts.v, memory, w.value.weight, w.value.bias, keyRows, d, d);
  attentionForward(acts.concat, acts.weights, acts.q, acts.k, acts.v, keyIds, causal, shape);
  if (heads) headDropoutForward(acts.concat, acts.headMask, shape, heads);
  linearForward(acts.out, acts.concat, w.output.weight, w.output.bias, queryRows, d, d);
}

/**
 * dX (B·Tq, d) and dMemory (B·Tk, d) += gradients (the same buffer for self-attention);
 * grads += the projections' weight gradients. Reads dActs.out; dActs' other buffers are scratch.
 * `headsDropped` tells whether the forward pass switched heads off (acts.headMask is then read).
 */
export function multiHeadBackward(
  dX: Float32Array,
  dMemory: Float32Array,
  grads: AttentionWeights,
  dActs: AttentionActivations,
  acts: AttentionActivations,
  w: AttentionWeights,
  x: Float32Array,
  memory: Float32Array,
  shape: AttentionShape,
  headsDropped: boolean,
): void {
  const d = shape.dModel;
  const queryRows = shape.batchSize * shape.queryLength;
  const keyRows = shape.batchSize * shape.keyLength;
  const g = grads;
  linearBackward(
    dActs.concat,
    g.output.weight,
    g.output.bias,
    dActs.out,
    acts.concat,
    w.output.weight,
    queryRows,
    d,
    d,
  );
  if (headsDropped) headDropoutBackward(dActs.concat, acts.headMask, shape);
  attentionBackward(
    dActs.q,
    dActs.k,
    dActs.v,
    dActs.weights,
    dActs.concat,
    acts.q,
    acts.k,
    acts.v,
    acts.weights,
    shape,
  );
  linearBackward(dX, g.query.weight, g.query.bias, dActs.q, x, w.query.weight, queryRows, d, d);
  linearBackward(dMemory, g.key.weight, g.key.bias, dActs.k, memory, w.key.weight, keyRows, d, d);
  linearBackward(
    dMemory,
    g.value.weight,
    g.value.bias,
    dActs.v,
    memory,
    w.value.weight,
    keyRows,
    d,
    d,
  );
}

/**
 * FFN(x) = max(0, x W1ᵀ + b1) W2ᵀ + b2 (§3.3), x (rows, d), hidden (rows, d_ff).
 * Saved for backward: x, acts.hidden.
 */
export function feedForwardForward(
  acts: FeedForwardActivations,
  w: FeedForwardWeights,
  x: Float32Array,
  rows: number,
  d: number,
  dFF: number,
): void {
  linearForward(acts.pre, x, w.linear1.weight, w.linear1.bias, rows, d, dFF);
  reluForward(acts.hidden, acts.pre, rows * dFF);
  linearForward(acts.out, acts.hidden, w.linear2.weight, w.linear2.bias, rows, dFF, d);
}

/** dX (rows, d) += gradient; grads += W1, b1, W2, b2 gradients. Reads dActs.out. */
export function feedForwardBackward(
  dX: Float32Array,
  grads: FeedForwardWeights,
  dActs: FeedForwardActivations,
  acts: FeedForwardActivations,
  w: FeedForwardWeights,
  x: Float32Array,
  rows: number,
  d: number,
  dFF: number,
): void {
  const g = grads;
  linearBackward(
    dActs.hidden,
    g.linear2.weight,
    g.linear2.bias,
    dActs.out,
    acts.hidden,
    w.linear2.weight,
    rows,
    dFF,
    d,
  );
  reluBackward(dActs.pre, dActs.hidden, acts.hidden, rows * dFF);
  linearBackward(
    dX,
    g.linear1.weight,
    g.linear1.bias,
    dActs.pre,
    x,
    w.linear1.weight,
    rows,
    d,
    dFF,
  );
}

/**
 * acts.out = LayerNorm(x + Dropout(sublayerOut)), all (rows, d); the dropout (when given) scales
 * sublayerOut in place. Saved: acts.sum, mean, rstd, and the dropout mask.
 */
export function addNormForward(
  acts: AddNormActivations,
  norm: NormWeights,
  x: Float32Array,
  sublayerOut: Float32Array,
  rows: number,
  d: number,
  eps: number,
  dropout: Dropout | null,
): void {
  if (dropout) dropoutForward(sublayerOut, acts.mask, rows * d, dropout);
  residualForward(acts.sum, x, sublayerOut, rows * d);
  layerNormForward(acts.out, acts.mean, acts.rstd, acts.sum, norm.gamma, norm.beta, rows, d, eps);
}

/**
 * dX and dSublayerOut (rows, d) += the gradient of the sum, through the saved dropout mask when
 * `dropped` (dSublayerOut must have no other contribution); grads += γ, β gradients.
 * Reads dActs.out.
 */
export function addNormBackward(
  dX: Float32Array,
  dSublayerOut: Float32Array,
  grads: NormWeights,
  dActs: AddNormActivations,
  acts: AddNormActivations,
  norm: NormWeights,
  rows: number,
  d: number,
  dropped: boolean,
): void {
  layerNormBackward(
    dActs.sum,
    grads.gamma,
    grads.beta,
    dActs.out,
    acts.sum,
    acts.mean,
    acts.rstd,
    norm.gamma,
    rows,
    d,
  );
  residualBackward(dX, dSublayerOut, dActs.sum, rows * d);
  if (dropped) dropoutBackward(dSublayerOut, acts.mask, rows * d);
}
