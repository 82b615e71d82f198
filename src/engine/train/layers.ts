/**
 * One encoder layer and one decoder layer of the post-norm Transformer (§3.1), forward and
 * backward side by side. x is the layer's input (rows = B·L, d); its output is the last add-norm.
 * The forward drops out each sublayer's output when given a dropout, and switches heads off in
 * the attention over the source (encoder self-attention, encoder-decoder attention) when given a
 * head dropout; the backward is told whether it did (`dropped`, `headsDropped`) and then reads
 * the saved masks.
 */
import type { ModelConfig } from '../model/config';
import type { BatchShape, DecoderLayerActivations, EncoderLayerActivations } from './activations';
import type { AttentionShape } from './attention';
import type { Dropout } from './dropout';
import type { HeadDropout } from './headDropout';
import {
  addNormBackward,
  addNormForward,
  feedForwardBackward,
  feedForwardForward,
  multiHeadBackward,
  multiHeadForward,
} from './sublayers';
import type { DecoderLayerWeights, EncoderLayerWeights } from '../model/weights';

/** The attention shape of a batch for queries of length tq over keys of length tk. */
export function attentionShape(
  config: ModelConfig,
  batchSize: number,
  tq: number,
  tk: number,
): AttentionShape {
  return { batchSize, queryLength: tq, keyLength: tk, dModel: config.dModel, heads: config.heads };
}

/**
 * x (B·S, d) → self-attention (source <pad> keys masked) → add & norm → FFN → add & norm.
 * Saved for backward: x and acts.
 */
export function encoderLayerForward(
  acts: EncoderLayerActivations,
  w: EncoderLayerWeights,
  x: Float32Array,
  srcIds: Int32Array,
  config: ModelConfig,
  shape: BatchShape,
  dropout: Dropout | null,
  heads: HeadDropout | null,
): void {
  const { dModel: d, dFF, layerNormEps: eps } = config;
  const rows = shape.batchSize * shape.srcLength;
  const self = attentionShape(config, shape.batchSize, shape.srcLength, shape.srcLength);
  multiHeadForward(acts.selfAttention, w.selfAttention, x, x, srcIds, false, self, heads);
  addNormForward(acts.addNorm1, w.norm1, x, acts.selfAttention.out, rows, d, eps, dropout);
  feedForwardForward(acts.feedForward, w.feedForward, acts.addNorm1.out, rows, d, dFF);
  addNormForward(
    acts.addNorm2,
    w.norm2,
    acts.addNorm1.out,
    acts.feedForward.out,
    rows,
    d,
    eps,
    dropout,
  );
}

/** dX (B·S, d) += the gradient of the layer input, from dActs.addNorm2.out; grads += the layer's. */
export function encoderLayerBackward(
  dX: Float32Array,
  grads: EncoderLayerWeights,
  dActs: EncoderLayerActivations,
  acts: EncoderLayerActivations,
  w: EncoderLayerWeights,
  x: Float32Array,
  config: ModelConfig,
  shape: BatchShape,
  dropped: boolean,
  headsDropped: boolean,
): void {
  const { dModel: d, dFF } = config;
  const rows = shape.batchSize * shape.srcLength;
  const self = attentionShape(config, shape.batchSize, shape.srcLength, shape.srcLength);
  const norm1 = acts.addNorm1.out;
  const dNorm1 = dActs.addNorm1.out;
  addNormBackward(
    dNorm1,
    dActs.feedForward.out,
    grads.norm2,
    dActs.addNorm2,
    acts.addNorm2,
    w.norm2,
    rows,
    d,
    dropped,
  );
  feedForwardBackward(
    dNorm1,
    grads.feedForward,
    dActs.feedForward,
    acts.feedForward,
    w.feedForward,
    norm1,
    rows,
    d,
    dFF,
  );
  addNormBackward(
    dX,
    dActs.selfAttention.out,
    grads.norm1,
    dActs.addNorm1,
    acts.addNorm1,
    w.norm1,
    rows,
    d,
    dropped,
  );
  multiHeadBackward(
    dX,
    dX,
    grads.selfAttention,
    dActs.selfAttention,
    acts.selfAttention,
    w.selfAttention,
    x,
    x,
    self,
    headsDropped,
  );
}

/**
 * x (B·T, d) → causal self-attention → add & norm → attention over memory (B·S, d, the encoder
 * output, source <pad> keys masked) → add & norm → FFN → add & norm.
 * Saved for backward: x, memory and acts.
 */
export function decoderLayerForward(
  acts: DecoderLayerActivations,
  w: DecoderLayerWeights,
  x: Float32Array,
  memory: Float32Array,
  srcIds: Int32Array,
  config: ModelConfig,
  shape: BatchShape,
  dropout: Dropout | null,
  crossHeads: HeadDropout | null,
): void {
  const { dModel: d, dFF, layerNormEps: eps } = config;
  const rows = shape.batchSize * shape.tgtLength;
  const self = attentionShape(config, shape.batchSize, shape.tgtLength, shape.tgtLength);
  const cross = attentionShape(config, shape.batchSize, shape.tgtLength, shape.srcLength);
  multiHeadForward(acts.selfAttention, w.selfAttention, x, x, null, true, self, null);
  addNormForward(acts.addNorm1, w.norm1, x, acts.selfAttention.out, rows, d, eps, dropout);
  multiHeadForward(
    acts.crossAttention,
    w.crossAttention,
    acts.addNorm1.out,
    memory,
    srcIds,
    false,
    cross,
    crossHeads,
  );
  addNormForward(
    acts.addNorm2,
    w.norm2,
    acts.addNorm1.out,
    acts.crossAttention.out,
    rows,
    d,
    eps,
    dropout,
  );
  feedForwardForward(acts.feedForward, w.feedForward, acts.addNorm2.out, rows, d, dFF);
  addNormForward(
    acts.addNorm3,
    w.norm3,
    acts.addNorm2.out,
    acts.feedForward.out,
    rows,
    d,
    eps,
    dropout,
  );
}

/**
 * dX (B·T, d) and dMemory (B·S, d) += gradients, from dActs.addNorm3.out; grads += the layer's.
 */
export function decoderLayerBackward(
  dX: Float32Array,
  dMemory: Float32Array,
  grads: DecoderLayerWeights,
  dActs: DecoderLayerActivations,
  acts: DecoderLayerActivations,
  w: DecoderLayerWeights,
  x: Float32Array,
  memory: Float32Array,
  config: ModelConfig,
  shape: BatchShape,
  dropped: boolean,
  crossHeadsDropped: boolean,
): void {
  const { dModel: d, dFF } = config;
  const rows = shape.batchSize * shape.tgtLength;
  const self = attentionShape(config, shape.batchSize, shape.tgtLength, shape.tgtLength);
  const cross = attentionShape(config, shape.batchSize, shape.tgtLength, shape.srcLength);
  const norm1 = acts.addNorm1.out;
  const norm2 = acts.addNorm2.out;
  const dNorm1 = dActs.addNorm1.out;
  const dNorm2 = dActs.addNorm2.out;
  addNormBackward(
    dNorm2,
    dActs.feedForward.out,
    grads.norm3,
    dActs.addNorm3,
    acts.addNorm3,
    w.norm3,
    rows,
    d,
    dropped,
  );
  feedForwardBackward(
    dNorm2,
    grads.feedForward,
    dActs.feedForward,
    acts.feedForward,
    w.feedForward,
    norm2,
    rows,
    d,
    dFF,
  );
  addNormBackward(
    dNorm1,
    dActs.crossAttention.out,
    grads.norm2,
    dActs.addNorm2,
    acts.addNorm2,
    w.norm2,
    rows,
    d,
    dropped,
  );
  multiHeadBackward(
    dNorm1,
    dMemory,
    grads.crossAttention,
    dActs.crossAttention,
    acts.crossAttention,
    w.crossAttention,
    norm1,
    memory,
    cross,
    crossHeadsDropped,
  );
  addNormBackward(
    dX,
    dActs.selfAttention.out,
    grads.norm1,
    dActs.addNorm1,
    acts.addNorm1,
    w.norm1,
    rows,
    d,
    dropped,
  );
  multiHeadBackward(
    dX,
    dX,
    grads.selfAttention,
    dActs.selfAttention,
    acts.selfAttention,
    w.selfAttention,
    x,
    x,
    self,
    false,
  );
}
