/**
 * The whole batched model, forward to the logits and backward from their gradient:
 *   source ids → embed·√d + PE → N encoder layers → memory
 *   target ids → embed·√d + PE → N decoder layers (attending to memory) → generator Linear → logits
 * with, while training, dropout on both embedding sums and on every sublayer's output (§5.4), and
 * head dropout in the attention over the source (headDropout.ts).
 */
import type { ModelConfig } from '../model/config';
import type { Activations } from './activations';
import type { Batch } from './batch';
import { dropoutBackward, dropoutForward, type Dropout } from './dropout';
import { embeddingBackward, embeddingForward } from '../model/embedding';
import { headDropoutOf, type ModelHeadDropout } from './headDropout';
import {
  decoderLayerBackward,
  decoderLayerForward,
  encoderLayerBackward,
  encoderLayerForward,
} from './layers';
import { linearBackward, linearForward } from '../ops/linear';
import type { ModelWeights } from '../model/weights';

/** The encoder's output (B·S, d): the last encoder layer's, or the embedded source if N = 0. */
function memoryOf(acts: Activations): Float32Array {
  const last = acts.encoder[acts.encoder.length - 1];
  return last ? last.addNorm2.out : acts.srcInput;
}

/** The decoder's output (B·T, d). */
function decoderOutputOf(acts: Activations): Float32Array {
  const last = acts.decoder[acts.decoder.length - 1];
  return last ? last.addNorm3.out : acts.tgtInput;
}

/**
 * Fills acts up to acts.logits (B·T, V_tgt) for the batch; pe (≥ max(S, T), d) are the positional
 * encodings. Saved for backward: everything in acts.
 */
export function transformerForward(
  acts: Activations,
  w: ModelWeights,
  batch: Batch,
  pe: Float32Array,
  config: ModelConfig,
  dropout: Dropout | null,
  heads: ModelHeadDropout | null,
): void {
  const { batchSize: B, srcLength: S, tgtLength: T } = batch;
  const d = config.dModel;
  embeddingForward(acts.srcInput, batch.src, w.srcEmbed, pe, B, S, d);
  if (dropout) dropoutForward(acts.srcInput, acts.srcInputMask, B * S * d, dropout);
  let x = acts.srcInput;
  for (let l = 0; l < config.encoderLayers; l++) {
    const layerHeads = headDropoutOf(heads, 'enc', l);
    encoderLayerForward(
      acts.encoder[l],
      w.encoder[l],
      x,
      batch.src,
      config,
      batch,
      dropout,
      layerHeads,
    );
    x = acts.encoder[l].addNorm2.out;
  }
  const memory = x;
  embeddingForward(acts.tgtInput, batch.tgtIn, w.tgtEmbed, pe, B, T, d);
  if (dropout) dropoutForward(acts.tgtInput, acts.tgtInputMask, B * T * d, dropout);
  let y = acts.tgtInput;
  for (let l = 0; l < config.decoderLayers; l++) {
    decoderLayerForward(
      acts.decoder[l],
      w.decoder[l],
      y,
      memory,
      batch.src,
      config,
      batch,
      dropout,
      headDropoutOf(heads, 'dec-cross', l),
    );
    y = acts.decoder[l].addNorm3.out;
  }
  linearForward(
    acts.logits,
    y,
    w.generator.weight,
    w.generator.bias,
    B * T,
    d,
    config.tgtVocabSize,
  );
}

/**
 * grads += ∂loss/∂every parameter, from dActs.logits (B·T, V_tgt). dActs must be all zero except
 * dActs.logits and any gradient of a loss on attention weights (guidance.ts); it is left holding
 * every activation's gradient. `dropped` and `headsDropped` tell whether the forward pass applied
 * dropout and head dropout (their masks are then read).
 */
export function transformerBackward(
  grads: ModelWeights,
  dActs: Activations,
  acts: Activations,
  w: ModelWeights,
  batch: Batch,
  config: ModelConfig,
  dropped: boolean,
  headsDropped: boolean,
): void {
  const { batchSize: B, srcLength: S, tgtLength: T } = batch;
  const d = config.dModel;
  linearBackward(
    decoderOutputOf(dActs),
    grads.generator.weight,
    grads.generator.bias,
    dActs.logits,
    decoderOutputOf(acts),
    w.generator.weight,
    B * T,
    d,
    config.tgtVocabSize,
  );
  const memory = memoryOf(acts);
  const dMemory = memoryOf(dActs);
  for (let l = config.decoderLayers - 1; l >= 0; l--) {
    const x = l === 0 ? acts.tgtInput : acts.decoder[l - 1].addNorm3.out;
    const dX = l === 0 ? dActs.tgtInput : dActs.decoder[l - 1].addNorm3.out;
    decoderLayerBackward(
      dX,
      dMemory,
      grads.decoder[l],
      dActs.decoder[l],
      acts.decoder[l],
      w.decoder[l],
      x,
      memory,
      config,
      batch,
      dropped,
      headsDropped,
    );
  }
  if (dropped) dropoutBackward(dActs.tgtInput, acts.tgtInputMask, B * T * d);
  embeddingBackward(grads.tgtEmbed, dActs.tgtInput, batch.tgtIn, B * T, d);
  for (let l = config.encoderLayers - 1; l >= 0; l--) {
    const x = l === 0 ? acts.srcInput : acts.encoder[l - 1].addNorm2.out;
    const dX = l === 0 ? dActs.srcInput : dActs.encoder[l - 1].addNorm2.out;
    encoderLayerBackward(
      dX,
      grads.encoder[l],
      dActs.encoder[l],
      acts.encoder[l],
      w.encoder[l],
      x,
      config,
      batch,
      dropped,
      headsDropped,
    );
  }
  if (dropped) dropoutBackward(dActs.srcInput, acts.srcInputMask, B * S * d);
  embeddingBackward(grads.srcEmbed, dActs.srcInput, batch.src, B * S, d);
}
