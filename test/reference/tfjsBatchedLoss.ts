/**
 * The label-smoothed loss of tfjsTransformer.ts's `referenceLoss`, computed on a whole padded
 * batch at once, as a batched tfjs model would train: (B, S) source ids and (B, T) decoder ids,
 * <pad> (id 0) filling each sentence up to the batch's longest. Every activation is a (B·L, d)
 * matrix, sentence b's position t at row b·L + t, so the blocks of tfjsLayers.ts apply unchanged;
 * only attention (per sentence, with masks) and the embedding lookup are written here.
 *
 * Masks: a <pad> key is hidden from every query (encoder self-attention and encoder-decoder
 * attention), and the decoder's self-attention is causal as well. Padded positions are never
 * scored, so the loss and its gradients are those of the unpadded pairs.
 */
import * as tf from '@tensorflow/tfjs';
import { PAD, type ModelConfig } from '../../src/engine/model/config';
import { decoderLayerPrefix, encoderLayerPrefix } from '../../src/engine/model/params';
import { layerNorm, linear, positionalEncoding, weightOf, type TfParams } from './tfjsLayers';

/** Token ids of a padded batch, int32, sentence b in row b. */
export interface BatchIds {
  /** (B, S): each source sentence ends with <eos>, then <pad>. */
  src: tf.Tensor2D;
  /** (B, T): <bos> then the target, then <pad>. */
  tgtIn: tf.Tensor2D;
  /** (B, T): the target then <eos>, then <pad>; <pad> is not scored. */
  tgtOut: tf.Tensor2D;
}

/** Flat row-major ids (B·L each), as the engine's makeBatch lays them out. */
export interface FlatBatch {
  src: ArrayLike<number>;
  tgtIn: ArrayLike<number>;
  tgtOut: ArrayLike<number>;
  batchSize: number;
  srcLength: number;
  tgtLength: number;
}

/** The ids of a flat batch as int32 tensors on the current backend; the caller disposes them. */
export function toBatchIds(batch: FlatBatch): BatchIds {
  const { batchSize, srcLength, tgtLength } = batch;
  return {
    src: tf.tensor2d(Int32Array.from(batch.src), [batchSize, srcLength], 'int32'),
    tgtIn: tf.tensor2d(Int32Array.from(batch.tgtIn), [batchSize, tgtLength], 'int32'),
    tgtOut: tf.tensor2d(Int32Array.from(batch.tgtOut), [batchSize, tgtLength], 'int32'),
  };
}

/**
 * Added to the scores of hidden keys. Finite rather than −∞, so that a row of nothing but
 * padding stays finite; exp of it after the softmax's max is subtracted is still exactly 0.
 */
const HIDDEN = -1e9;

/** HIDDEN where a key is <pad>, 0 elsewhere, broadcast over heads and queries: (B, 1, 1, L). */
function keyPaddingBias(ids: tf.Tensor2D): tf.Tensor4D {
  const [batchSize, length] = ids.shape;
  const isPad = tf.cast(tf.equal(ids, PAD), 'float32');
  return tf.reshape(tf.mul(isPad, HIDDEN), [batchSize, 1, 1, length]);
}

/** HIDDEN where key s comes after query t (§3.2.3), broadcast over sentences and heads: (1, 1, T, T). */
function causalBias(length: number): tf.Tensor4D {
  const bias = new Float32Array(length * length);
  for (let t = 0; t < length; t++) {
    for (let s = t + 1; s < length; s++) bias[t * length + s] = HIDDEN;
  }
  return tf.tensor4d(bias, [1, 1, length, length]);
}

/**
 * §3.4 and §3.5: the embedding rows of the ids × √d_model, plus the positional encoding.
 * (B·L, d)
 *
 * The lookup is onehot(ids) (B·L × V) times the table (V × d) rather than tf.gather: the
 * gradient of gather needs UnsortedSegmentSum, which tfjs's wasm backend lacks, while a matmul
 * differentiates on every backend, so both embedding tables train there too. The cpu backend
 * uses the same lookup, so the two backends do the same work. An id outside the vocabulary
 * would look up a row of zeros rather than fail, so the ids are taken as valid.
 */
function embedBatch(
  params: TfParams,
  config: ModelConfig,
  table: 'src_embed.weight' | 'tgt_embed.weight',
  ids: tf.Tensor2D,
): tf.Tensor2D {
  const [batchSize, length] = ids.shape;
  const weights = weightOf(params, table) as tf.Tensor2D; // (V, d)
  const onehot = tf.oneHot(tf.reshape(ids, [-1]), weights.shape[0], 1, 0, 'float32'); // (B·L, V)
  const embedded = tf.mul(tf.matMul(onehot as tf.Tensor2D, weights), Math.sqrt(config.dModel));
  const positions = positionalEncoding(length, config.dModel, config.positionalLayout); // (L, d)
  const withPositions = tf.add(tf.reshape(embedded, [batchSize, length, config.dModel]), positions);
  return tf.reshape(withPositions, [batchSize * length, config.dModel]);
}

/** (B·L, d) → (B, h, L, d_k): head i takes columns i·d_k … (i+1)·d_k − 1. */
function splitHeads(x: tf.Tensor2D, batchSize: number, heads: number): tf.Tensor4D {
  const [rows, dModel] = x.shape;
  const split = tf.reshape<tf.Rank.R4>(x, [batchSize, rows / batchSize, heads, dModel / heads]);
  return tf.transpose(split, [0, 2, 1, 3]);
}

/** (B, h, L, d_k) → (B·L, d): each sentence's heads side by side again. */
function mergeHeads(z: tf.Tensor4D): tf.Tensor2D {
  const [batchSize, heads, length, headWidth] = z.shape;
  return tf.reshape(tf.transpose(z, [0, 2, 1, 3]), [batchSize * length, heads * headWidth]);
}

/**
 * Multi-head attention within each sentence, §3.2.2:
 *   MultiHead(Q, K, V) = Concat(head_1, …, head_h) W^O,
 *   head_i = softmax(Q W_i^Q (K W_i^K)ᵀ / √d_k + bias) V W_i^V
 * where `bias` is HIDDEN on every key a query may not see. Returns (B·T_q, d).
 */
function batchedAttention(
  params: TfParams,
  prefix: string,
  queryInput: tf.Tensor2D,
  keyValueInput: tf.Tensor2D,
  bias: tf.Tensor4D,
  batchSize: number,
  heads: number,
): tf.Tensor2D {
  const project = (projection: string, x: tf.Tensor2D) =>
    splitHeads(linear(params, `${prefix}.${projection}`, x), batchSize, heads);
  const q = project('q_proj', queryInput); // (B, h, T_q, d_k)
  const k = project('k_proj', keyValueInput); // (B, h, T_k, d_k)
  const v = project('v_proj', keyValueInput); // (B, h, T_k, d_k)
  const scores = tf.div(tf.matMul(q, k, false, true), Math.sqrt(q.shape[3])); // (B, h, T_q, T_k)
  const weights = tf.softmax(tf.add(scores, bias));
  const z = tf.matMul<tf.Tensor4D>(weights, v); // (B, h, T_q, d_k)
  return linear(params, `${prefix}.out_proj`, mergeHeads(z));
}

/** §3.3: FFN(x) = max(0, x W_1 + b_1) W_2 + b_2. */
function feedForward(params: TfParams, prefix: string, x: tf.Tensor2D): tf.Tensor2D {
  return linear(params, `${prefix}.linear2`, tf.relu(linear(params, `${prefix}.linear1`, x)));
}

/** §3.1: LayerNorm(x + Sublayer(x)). */
function addAndNorm(
  params: TfParams,
  config: ModelConfig,
  prefix: string,
  x: tf.Tensor2D,
  sublayerOutput: tf.Tensor2D,
): tf.Tensor2D {
  return layerNorm(params, prefix, tf.add(x, sublayerOutput), config.layerNormEps);
}

/** §3.1, the encoder over the batch: the memory the decoder attends to (B·S, d). */
function encodeBatch(params: TfParams, config: ModelConfig, src: tf.Tensor2D): tf.Tensor2D {
  const batchSize = src.shape[0];
  const padding = keyPaddingBias(src);
  let x = embedBatch(params, config, 'src_embed.weight', src);
  for (let l = 0; l < config.encoderLayers; l++) {
    const p = encoderLayerPrefix(l);
    const attended = batchedAttention(
      params,
      `${p}.self_attn`,
      x,
      x,
      padding,
      batchSize,
      config.heads,
    );
    const norm1 = addAndNorm(params, config, `${p}.norm1`, x, attended);
    x = addAndNorm(params, config, `${p}.norm2`, norm1, feedForward(params, `${p}.ffn`, norm1));
  }
  return x;
}

/** §3.1, the decoder over the batch, then the generator of §3.4: logits (B·T, V_tgt). */
function decodeBatch(
  params: TfParams,
  config: ModelConfig,
  memory: tf.Tensor2D,
  ids: BatchIds,
): tf.Tensor2D {
  const [batchSize, tgtLength] = ids.tgtIn.shape;
  const selfBias = tf.add<tf.Tensor4D>(keyPaddingBias(ids.tgtIn), causalBias(tgtLength));
  const crossBias = keyPaddingBias(ids.src);
  let y = embedBatch(params, config, 'tgt_embed.weight', ids.tgtIn);
  for (let l = 0; l < config.decoderLayers; l++) {
    const p = decoderLayerPrefix(l);
    const selfAttended = batchedAttention(
      params,
      `${p}.self_attn`,
      y,
      y,
      selfBias,
      batchSize,
      config.heads,
    );
    const norm1 = addAndNorm(params, config, `${p}.norm1`, y, selfAttended);
    const crossAttended = batchedAttention(
      params,
      `${p}.cross_attn`,
      norm1,
      memory,
      crossBias,
      batchSize,
      config.heads,
    );
    const norm2 = addAndNorm(params, config, `${p}.norm2`, norm1, crossAttended);
    y = addAndNorm(params, config, `${p}.norm3`, norm2, feedForward(params, `${p}.ffn`, norm2));
  }
  return linear(params, 'generator', y);
}

/**
 * Label-smoothed cross-entropy (§5.4), PyTorch's CrossEntropyLoss(label_smoothing = ε,
 * ignore_index = <pad>):
 *   q = (1 − ε) · onehot(target) + ε / V,   loss = −Σ_v q_v log p_v
 * averaged over the target tokens that are not <pad>.
 */
export function batchedLoss(
  params: TfParams,
  config: ModelConfig,
  ids: BatchIds,
  labelSmoothing: number,
): tf.Scalar {
  if (ids.tgtIn.shape.join() !== ids.tgtOut.shape.join()) {
    throw new Error(
      `the decoder inputs (${ids.tgtIn.shape.join(' × ')}) and expected outputs ` +
        `(${ids.tgtOut.shape.join(' × ')}) must have the same shape`,
    );
  }
  const vocabularySize = config.tgtVocabSize;
  return tf.tidy(() => {
    const logits = decodeBatch(params, config, encodeBatch(params, config, ids.src), ids);
    const logProbs = tf.logSoftmax(logits); // (B·T, V)
    const targets = tf.reshape(ids.tgtOut, [-1]);
    const onehot = tf.oneHot(targets, vocabularySize, 1, 0, 'float32');
    const smoothed = tf.add(tf.mul(onehot, 1 - labelSmoothing), labelSmoothing / vocabularySize);
    const perToken = tf.neg(tf.sum(tf.mul(smoothed, logProbs), -1)); // (B·T)
    const scored = tf.cast(tf.notEqual(targets, PAD), 'float32');
    const tokenCount = tf.maximum(tf.sum(scored), 1);
    return tf.div(tf.sum(tf.mul(perToken, scored)), tokenCount) as tf.Scalar;
  });
}
