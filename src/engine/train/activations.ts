/**
 * Every activation of a batched forward pass that the backward pass reads, in one tree of named
 * buffers (B sentences, S source and T target positions, rows of a (B·L, d) buffer are b·L + t).
 * The same tree, allocated a second time, holds the gradients flowing back through each buffer,
 * so `dActs.feedForward.hidden` is ∂loss/∂`acts.feedForward.hidden`. There the per-row mean/rstd
 * and the dropout masks stay unused, and `weights` is the attention backward's scratch.
 *
 * Buffers are sized for a capacity (largest B, S, T seen) and reused by any batch that fits:
 * the ops take their sizes as arguments and use only the leading part.
 */
import type { ModelConfig } from '../model/config';

export interface BatchShape {
  batchSize: number;
  srcLength: number;
  tgtLength: number;
}

export interface AttentionActivations {
  /** (B·Tq, d) x W_Qᵀ + b_Q, head i on columns i·d_k … */
  q: Float32Array;
  /** (B·Tk, d) */
  k: Float32Array;
  /** (B·Tk, d) */
  v: Float32Array;
  /** (B, h, Tq, Tk) softmax(q kᵀ / √d_k) with masked keys at 0 */
  weights: Float32Array;
  /** (B·Tq, d) the heads' outputs side by side */
  concat: Float32Array;
  /** (B, h) the head dropout mask applied to concat, when training switches heads off */
  headMask: Float32Array;
  /** (B·Tq, d) concat W_Oᵀ + b_O */
  out: Float32Array;
}

export interface AddNormActivations {
  /** (rows, d) the residual dropout mask applied to the sublayer's output, when training drops out */
  mask: Float32Array;
  /** (rows, d) x + Sublayer(x) */
  sum: Float32Array;
  /** (rows, d) LayerNorm(sum) */
  out: Float32Array;
  /** (rows) */
  mean: Float32Array;
  /** (rows) 1 / √(σ² + ε) */
  rstd: Float32Array;
}

export interface FeedForwardActivations {
  /** (rows, d_ff) x W1ᵀ + b1 */
  pre: Float32Array;
  /** (rows, d_ff) max(0, pre) */
  hidden: Float32Array;
  /** (rows, d) hidden W2ᵀ + b2 */
  out: Float32Array;
}

export interface EncoderLayerActivations {
  selfAttention: AttentionActivations;
  addNorm1: AddNormActivations;
  feedForward: FeedForwardActivations;
  /** addNorm2.out is the layer's output. */
  addNorm2: AddNormActivations;
}

export interface DecoderLayerActivations {
  selfAttention: AttentionActivations;
  addNorm1: AddNormActivations;
  crossAttention: AttentionActivations;
  addNorm2: AddNormActivations;
  feedForward: FeedForwardActivations;
  addNorm3: AddNormActivations;
}

export interface Activations {
  /** The batch shape these buffers can hold. */
  capacity: BatchShape;
  /** (B·S, d) embed · √d + PE */
  srcInput: Float32Array;
  /** (B·S, d) dropout mask of srcInput */
  srcInputMask: Float32Array;
  encoder: EncoderLayerActivations[];
  /** (B·T, d) */
  tgtInput: Float32Array;
  /** (B·T, d) dropout mask of tgtInput */
  tgtInputMask: Float32Array;
  decoder: DecoderLayerActivations[];
  /** (B·T, V_tgt) */
  logits: Float32Array;
  /** (B·T, V_tgt) softmax(logits), saved by the loss */
  probs: Float32Array;
  /** Every buffer above, to clear them all at once. */
  buffers: Float32Array[];
}

/** Buffers for batches up to `capacity`, all zero. */
export function allocateActivations(config: ModelConfig, capacity: BatchShape): Activations {
  const buffers: Float32Array[] = [];
  const make = (n: number) => {
    const buffer = new Float32Array(n);
    buffers.push(buffer);
    return buffer;
  };
  const { dModel: d, heads, dFF } = config;
  const { batchSize: B, srcLength: S, tgtLength: T } = capacity;
  const attention = (tq: number, tk: number): AttentionActivations => ({
    q: make(B * tq * d),
    k: make(B * tk * d),
    v: make(B * tk * d),
    weights: make(B * heads * tq * tk),
    concat: make(B * tq * d),
    headMask: make(B * heads),
    out: make(B * tq * d),
  });
  const addNorm = (rows: number): AddNormActivations => ({
    mask: make(rows * d),
    sum: make(rows * d),
    out: make(rows * d),
    mean: make(rows),
    rstd: make(rows),
  });
  const feedForward = (rows: number): FeedForwardActivations => ({
    pre: make(rows * dFF),
    hidden: make(rows * dFF),
    out: make(rows * d),
  });
  const encoder: EncoderLayerActivations[] = [];
  for (let l = 0; l < config.encoderLayers; l++) {
    encoder.push({
      selfAttention: attention(S, S),
      addNorm1: addNorm(B * S),
      feedForward: feedForward(B * S),
      addNorm2: addNorm(B * S),
    });
  }
  const decoder: DecoderLayerActivations[] = [];
  for (let l = 0; l < config.decoderLayers; l++) {
    decoder.push({
      selfAttention: attention(T, T),
      addNorm1: addNorm(B * T),
      crossAttention: attention(T, S),
      addNorm2: addNorm(B * T),
      feedForward: feedForward(B * T),
      addNorm3: addNorm(B * T),
    });
  }
  return {
    capacity: { ...capacity },
    srcInput: make(B * S * d),
    srcInputMask: make(B * S * d),
    encoder,
    tgtInput: make(B * T * d),
    tgtInputMask: make(B * T * d),
    decoder,
    logits: make(B * T * config.tgtVocabSize),
    probs: make(B * T * config.tgtVocabSize),
    buffers,
  };
}

/** Whether a batch of `shape` fits in buffers allocated for `capacity`. */
export function fits(capacity: BatchShape, shape: BatchShape): boolean {
  return (
    shape.batchSize <= capacity.batchSize &&
    shape.srcLength <= capacity.srcLength &&
    shape.tgtLength <= capacity.tgtLength
  );
}
