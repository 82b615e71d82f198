/**
 * Encoder and decoder layers over whole sequences, recording every intermediate under its trace
 * name (see trace.ts). Post-norm, as in the paper: each sublayer's output is
 * LayerNorm(x + Sublayer(x)) (§3.1).
 */
import type { AttentionName, LayerName } from './traceNames';
import { attendInto, splitHeadsInto } from '../ops/attention';
import type { TraceRecorder } from './recorder';
import { headSize, type ModelConfig } from './config';
import { addAndNormInto, combineHeadsInto, feedForwardInto, linearInto } from './sublayers';
import type {
  AttentionWeights,
  DecoderLayerWeights,
  EncoderLayerWeights,
  FeedForwardWeights,
  NormWeights,
} from './weights';

/**
 * One multi-head attention sublayer (§3.2.2), queries from `queryInput` (queryLength, d), keys and
 * values from `keyInput` (keyLength, d): itself for self-attention, the encoder's output for
 * encoder-decoder attention. Records `{name}.q|k|v|scores|scaled|weights|z|concat|out`.
 */
export function multiHeadAttention(
  trace: TraceRecorder,
  name: AttentionName,
  weights: AttentionWeights,
  queryInput: Float32Array,
  queryLength: number,
  keyInput: Float32Array,
  keyLength: number,
  causal: boolean,
  config: ModelConfig,
): Float32Array {
  const h = config.heads;
  const dk = headSize(config);
  const d = config.dModel;
  const projected = trace.scratch(Math.max(queryLength, keyLength) * d);
  // Q W^Q, K W^K, V W^V for all heads at once, then each head's columns gathered: (h, ·, d_k)
  const q = trace.record(`${name}.q`, [h, queryLength, dk]);
  linearInto(projected, queryInput, weights.query, queryLength);
  splitHeadsInto(q, projected, queryLength, h, dk, queryLength, 0);
  const k = trace.record(`${name}.k`, [h, keyLength, dk]);
  linearInto(projected, keyInput, weights.key, keyLength);
  splitHeadsInto(k, projected, keyLength, h, dk, keyLength, 0);
  const v = trace.record(`${name}.v`, [h, keyLength, dk]);
  linearInto(projected, keyInput, weights.value, keyLength);
  splitHeadsInto(v, projected, keyLength, h, dk, keyLength, 0);

  const scoreShape = [h, queryLength, keyLength];
  const scores = trace.record(`${name}.scores`, scoreShape);
  const scaled = trace.record(`${name}.scaled`, scoreShape);
  const attentionWeights = trace.record(`${name}.weights`, scoreShape);
  const z = trace.record(`${name}.z`, [h, queryLength, dk]);
  attendInto(scores, scaled, attentionWeights, z, q, k, v, {
    heads: h,
    headSize: dk,
    queries: queryLength,
    keys: keyLength,
    keyCapacity: keyLength,
    firstQuery: 0,
    causal,
  });

  const concat = trace.record(`${name}.concat`, [queryLength, d]);
  const out = trace.record(`${name}.out`, [queryLength, d]);
  combineHeadsInto(concat, out, z, weights.output, queryLength, h, dk, weights.silencedHeads);
  return out;
}

/** The position-wise feed-forward sublayer (§3.3), recording `{name}.hidden` and `{name}.out`. */
function feedForward(
  trace: TraceRecorder,
  name: `${LayerName}.ffn`,
  weights: FeedForwardWeights,
  x: Float32Array,
  length: number,
  config: ModelConfig,
): Float32Array {
  const hidden = trace.record(`${name}.hidden`, [length, config.dFF]);
  const out = trace.record(`${name}.out`, [length, config.dModel]);
  feedForwardInto(hidden, out, x, weights, length);
  return out;
}

/** Residual sum and LayerNorm, recorded as `{layer}.add{n}` and `{layer}.norm{n}`. */
function addAndNorm(
  trace: TraceRecorder,
  layer: LayerName,
  n: 1 | 2 | 3,
  x: Float32Array,
  sublayerOut: Float32Array,
  weights: NormWeights,
  length: number,
  config: ModelConfig,
): Float32Array {
  const shape = [length, config.dModel];
  const sum = trace.record(`${layer}.add${n}`, shape);
  const norm = trace.record(`${layer}.norm${n}`, shape);
  addAndNormInto(sum, norm, x, sublayerOut, weights, length, config.dModel, config.layerNormEps);
  return norm;
}

/** Encoder layer l over x (S, d); returns enc.{l}.norm2, the layer's output. */
export function encoderLayer(
  trace: TraceRecorder,
  l: number,
  weights: EncoderLayerWeights,
  x: Float32Array,
  sourceLength: number,
  config: ModelConfig,
): Float32Array {
  const layer = `enc.${l}` as const;
  const S = sourceLength;
  const attended = multiHeadAttention(
    trace,
    `${layer}.self`,
    weights.selfAttention,
    x,
    S,
    x,
    S,
    false,
    config,
  );
  const norm1 = addAndNorm(trace, layer, 1, x, attended, weights.norm1, S, config);
  const transformed = feedForward(trace, `${layer}.ffn`, weights.feedForward, norm1, S, config);
  return addAndNorm(trace, layer, 2, norm1, transformed, weights.norm2, S, config);
}

/**
 * Decoder layer l over y (T, d), attending to the encoder's output `memory` (S, d);
 * returns dec.{l}.norm3, the layer's output.
 */
export function decoderLayer(
  trace: TraceRecorder,
  l: number,
  weights: DecoderLayerWeights,
  y: Float32Array,
  targetLength: number,
  memory: Float32Array,
  sourceLength: number,
  config: ModelConfig,
): Float32Array {
  const layer = `dec.${l}` as const;
  const T = targetLength;
  const selfAttended = multiHeadAttention(
    trace,
    `${layer}.self`,
    weights.selfAttention,
    y,
    T,
    y,
    T,
    true,
    config,
  );
  const norm1 = addAndNorm(trace, layer, 1, y, selfAttended, weights.norm1, T, config);
  const crossAttended = multiHeadAttention(
    trace,
    `${layer}.cross`,
    weights.crossAttention,
    norm1,
    T,
    memory,
    sourceLength,
    false,
    config,
  );
  const norm2 = addAndNorm(trace, layer, 2, norm1, crossAttended, weights.norm2, T, config);
  const transformed = feedForward(trace, `${layer}.ffn`, weights.feedForward, norm2, T, config);
  return addAndNorm(trace, layer, 3, norm2, transformed, weights.norm3, T, config);
}
