/**
 * The Transformer's building blocks written with tfjs ops, straight from "Attention Is All You
 * Need" (Vaswani et al., 2017). This is a second implementation of the model, written apart from
 * the engine, that the engine's trace is checked against.
 *
 * Every block records its intermediates under the trace's names, and uses only differentiable
 * tfjs ops, so gradients of a loss can be taken through it with tf.grads / tf.variableGrads.
 */
import * as tf from '@tensorflow/tfjs';
import type { PositionalLayout } from '../../src/engine/model/config';

/** Parameters as tfjs tensors, under the engine's parameter names. */
export type TfParams = Map<string, tf.Tensor>;
/** Intermediates as tfjs tensors, under the trace's names. */
export type TfTrace = Map<string, tf.Tensor>;

/** The parameter by name, or an error naming what is missing. */
export function weightOf(params: TfParams, name: string): tf.Tensor {
  const t = params.get(name);
  if (!t) throw new Error(`the reference model has no parameter named "${name}"`);
  return t;
}

/** Stores `t` in the trace under `name` and hands it back, so a line both computes and records. */
export function recorded<T extends tf.Tensor>(trace: TfTrace, name: string, t: T): T {
  trace.set(name, t);
  return t;
}

/**
 * Positional encodings for positions 0…length−1, computed in double precision (length, d).
 *
 * interleaved, §3.5:  PE(pos, 2i) = sin(pos / 10000^(2i/d)),  PE(pos, 2i+1) = cos(pos / 10000^(2i/d))
 * concatenated, Tensor2Tensor get_timing_signal_1d: n = d/2, inv_i = exp(−i · ln(10000) / (n − 1)),
 *   PE(pos, i) = sin(pos · inv_i),  PE(pos, n + i) = cos(pos · inv_i)   for i < n
 */
export function positionalEncoding(
  length: number,
  dModel: number,
  layout: PositionalLayout,
): tf.Tensor2D {
  const table = new Float32Array(length * dModel);
  for (let pos = 0; pos < length; pos++) {
    const rowStart = pos * dModel;
    if (layout === 'interleaved') {
      for (let column = 0; column < dModel; column++) {
        const i = Math.floor(column / 2);
        const angle = pos / Math.pow(10000, (2 * i) / dModel);
        table[rowStart + column] = column % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
      }
    } else {
      const n = dModel / 2;
      // Tensor2Tensor guards the single-frequency case the same way: max(n − 1, 1).
      const logIncrement = Math.log(10000) / Math.max(n - 1, 1);
      for (let i = 0; i < n; i++) {
        const angle = pos * Math.exp(-i * logIncrement);
        table[rowStart + i] = Math.sin(angle);
        table[rowStart + n + i] = Math.cos(angle);
      }
    }
  }
  return tf.tensor2d(table, [length, dModel]);
}

/** §3.4: the embedding rows of `ids`, multiplied by √d_model. (S, d) */
export function embed(table: tf.Tensor, ids: readonly number[], dModel: number): tf.Tensor2D {
  const vocabularySize = table.shape[0];
  for (const id of ids) {
    if (!Number.isInteger(id) || id < 0 || id >= vocabularySize) {
      throw new Error(`token id ${id} is outside the vocabulary of ${vocabularySize}`);
    }
  }
  const rows = tf.gather(table, tf.tensor1d([...ids], 'int32')) as tf.Tensor2D;
  return tf.mul(rows, Math.sqrt(dModel));
}

/** nn.Linear: y = x Wᵀ + b, with W stored (out, in). */
export function linear(params: TfParams, prefix: string, x: tf.Tensor2D): tf.Tensor2D {
  const product = tf.matMul(x, weightOf(params, `${prefix}.weight`) as tf.Tensor2D, false, true);
  return tf.add(product, weightOf(params, `${prefix}.bias`));
}

/**
 * LayerNorm over the model dimension (Ba et al., 2016), biased variance as in PyTorch:
 * y = (x − mean) / √(var + ε) · γ + β
 */
export function layerNorm(
  params: TfParams,
  prefix: string,
  x: tf.Tensor2D,
  epsilon: number,
): tf.Tensor2D {
  const mean = tf.mean(x, -1, true);
  const centered = tf.sub(x, mean);
  const variance = tf.mean(tf.square(centered), -1, true);
  const normalized = tf.div(centered, tf.sqrt(tf.add(variance, epsilon)));
  return tf.add(
    tf.mul(normalized, weightOf(params, `${prefix}.weight`)),
    weightOf(params, `${prefix}.bias`),
  );
}

/** (T, d) → (h, T, d_k): head i takes columns i·d_k … (i+1)·d_k − 1. */
function splitHeads(x: tf.Tensor2D, heads: number): tf.Tensor3D {
  const [length, dModel] = x.shape;
  return tf.transpose(tf.reshape(x, [length, heads, dModel / heads]), [1, 0, 2]);
}

/** (h, T, d_k) → (T, d): the heads side by side again. */
function mergeHeads(z: tf.Tensor3D): tf.Tensor2D {
  const [heads, length, headWidth] = z.shape;
  return tf.reshape(tf.transpose(z, [1, 0, 2]), [length, heads * headWidth]);
}

/** x (T, d) with the columns of the given heads multiplied by 0. */
function silenceHeads(x: tf.Tensor2D, heads: number, silenced: readonly number[]): tf.Tensor2D {
  if (silenced.length === 0) return x;
  const dModel = x.shape[1];
  const headWidth = dModel / heads;
  const keep = Float32Array.from({ length: dModel }, (_, column) =>
    silenced.includes(Math.floor(column / headWidth)) ? 0 : 1,
  );
  return tf.mul(x, tf.tensor1d(keep));
}

/** True where query position i may look at key position j, that is j ≤ i. (h, T, T) */
function causalMask(heads: number, length: number): tf.Tensor3D {
  const allowed = new Uint8Array(heads * length * length);
  for (let head = 0; head < heads; head++) {
    for (let i = 0; i < length; i++) {
      for (let j = 0; j <= i; j++) allowed[(head * length + i) * length + j] = 1;
    }
  }
  return tf.tensor3d(allowed, [heads, length, length], 'bool');
}

export interface AttentionInputs {
  /** Parameter prefix, e.g. `decoder.layers.0.cross_attn`. */
  paramPrefix: string;
  /** Trace prefix, e.g. `dec.0.cross`. */
  tracePrefix: string;
  /** Rows that ask: (T_q, d). */
  queryInput: tf.Tensor2D;
  /** Rows that answer: (T_k, d). */
  keyValueInput: tf.Tensor2D;
  heads: number;
  /** Hide later positions from earlier ones (the decoder's self-attention, §3.2.3). */
  causal: boolean;
  /** Heads switched off: their columns of the concatenation are zero. */
  silencedHeads?: readonly number[];
}

/**
 * Multi-head attention, §3.2.2:
 *   head_i = Attention(Q W_i^Q, K W_i^K, V W_i^V),  Attention(Q, K, V) = softmax(Q Kᵀ / √d_k) V
 *   MultiHead(Q, K, V) = Concat(head_1, …, head_h) W^O
 * Returns the sublayer's output (T_q, d).
 */
export function multiHeadAttention(
  params: TfParams,
  trace: TfTrace,
  inputs: AttentionInputs,
): tf.Tensor2D {
  const { paramPrefix, tracePrefix, heads } = inputs;
  const name = (suffix: string) => `${tracePrefix}.${suffix}`;
  const project = (projection: string, x: tf.Tensor2D) =>
    splitHeads(linear(params, `${paramPrefix}.${projection}`, x), heads);

  const q = recorded(trace, name('q'), project('q_proj', inputs.queryInput)); // (h, T_q, d_k)
  const k = recorded(trace, name('k'), project('k_proj', inputs.keyValueInput)); // (h, T_k, d_k)
  const v = recorded(trace, name('v'), project('v_proj', inputs.keyValueInput)); // (h, T_k, d_k)
  const headWidth = q.shape[2];

  const scores = recorded(trace, name('scores'), tf.matMul(q, k, false, true)); // (h, T_q, T_k)
  let scaled = tf.div(scores, Math.sqrt(headWidth));
  if (inputs.causal) {
    // Masked entries become −∞ so that softmax gives them exactly zero weight.
    scaled = tf.where(causalMask(heads, q.shape[1]), scaled, tf.fill(scaled.shape, -Infinity));
  }
  recorded(trace, name('scaled'), scaled);
  const weights = recorded(trace, name('weights'), tf.softmax(scaled)); // (h, T_q, T_k)
  const z = recorded(trace, name('z'), tf.matMul<tf.Tensor3D>(weights, v)); // (h, T_q, d_k)
  const concat = recorded(
    trace,
    name('concat'),
    silenceHeads(mergeHeads(z), heads, inputs.silencedHeads ?? []),
  ); // (T_q, d)
  return recorded(trace, name('out'), linear(params, `${paramPrefix}.out_proj`, concat));
}

/** §3.3: FFN(x) = max(0, x W_1 + b_1) W_2 + b_2, recorded as `.ffn.hidden` and `.ffn.out`. */
export function feedForward(
  params: TfParams,
  trace: TfTrace,
  paramPrefix: string,
  tracePrefix: string,
  x: tf.Tensor2D,
): tf.Tensor2D {
  const hidden = recorded(
    trace,
    `${tracePrefix}.hidden`,
    tf.relu(linear(params, `${paramPrefix}.linear1`, x)),
  ); // (T, d_ff)
  return recorded(trace, `${tracePrefix}.out`, linear(params, `${paramPrefix}.linear2`, hidden));
}

/** The post-norm residual connection of §3.1, LayerNorm(x + Sublayer(x)), both steps recorded. */
export function addAndNorm(
  params: TfParams,
  trace: TfTrace,
  names: { add: string; norm: string; normParams: string },
  x: tf.Tensor2D,
  sublayerOutput: tf.Tensor2D,
  epsilon: number,
): tf.Tensor2D {
  const sum = recorded(trace, names.add, tf.add<tf.Tensor2D>(x, sublayerOutput));
  return recorded(trace, names.norm, layerNorm(params, names.normParams, sum, epsilon));
}
