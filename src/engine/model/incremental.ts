/**
 * One decoding step at a time with a key/value cache: position t's token goes through the
 * decoder alone. Its self-attention keys and values are appended to the cache, its query attends
 * to the cached positions 0 … t (the causal mask, by construction), and cross-attention reads the
 * encoder output's keys and values, projected once per source.
 *
 * Every number is computed by the same kernels, in the same order, as row t of the
 * teacher-forced pass, so both give bit-identical logits.
 */
import { attendInto, splitHeadsInto } from '../ops/attention';
import { headSize, type ModelConfig } from './config';
import { embedTokensInto } from './embedding';
import { addAndNormInto, combineHeadsInto, feedForwardInto, linearInto } from './sublayers';
import type { Linear, ModelWeights } from './weights';

/** Each decoder layer's cross-attention keys and values of the encoder output, (h, S, d_k). */
export interface CrossAttentionMemory {
  sourceLength: number;
  keys: Float32Array[];
  values: Float32Array[];
}

/** Self-attention keys and values of the positions decoded so far, per layer (h, capacity, d_k). */
export interface SelfAttentionCache {
  capacity: number;
  keys: Float32Array[];
  values: Float32Array[];
}

/** Buffers one step writes into, allocated once per decoding run. */
export interface StepScratch {
  tokenId: Int32Array;
  embed: Float32Array;
  pe: Float32Array;
  /** The token's vector between layers (d). */
  state: Float32Array;
  projected: Float32Array;
  query: Float32Array;
  scores: Float32Array;
  scaled: Float32Array;
  weights: Float32Array;
  z: Float32Array;
  concat: Float32Array;
  sublayerOut: Float32Array;
  sum: Float32Array;
  norm1: Float32Array;
  norm2: Float32Array;
  hidden: Float32Array;
  logits: Float32Array;
}

/**
 * Sees each attention's weights as a step computes them: (h, keys) with keys = position + 1
 * for self-attention and S for cross-attention, in a buffer the step reuses right after.
 */
export type StepAttentionObserver = (
  layer: number,
  sublayer: 'self' | 'cross',
  weights: Float32Array,
  keys: number,
) => void;

/** K = memory W^K and V = memory W^V of every decoder layer's cross-attention, split into heads. */
export function crossAttentionMemory(
  weights: ModelWeights,
  memory: Float32Array,
  sourceLength: number,
): CrossAttentionMemory {
  const { config } = weights;
  const h = config.heads;
  const dk = headSize(config);
  const projected = new Float32Array(sourceLength * config.dModel);
  const project = (linear: Linear): Float32Array => {
    const heads = new Float32Array(sourceLength * config.dModel);
    linearInto(projected, memory, linear, sourceLength);
    splitHeadsInto(heads, projected, sourceLength, h, dk, sourceLength, 0);
    return heads;
  };
  return {
    sourceLength,
    keys: weights.decoder.map((layer) => project(layer.crossAttention.key)),
    values: weights.decoder.map((layer) => project(layer.crossAttention.value)),
  };
}

/** An empty cache with room for `capacity` positions. */
export function createSelfAttentionCache(
  config: ModelConfig,
  capacity: number,
): SelfAttentionCache {
  const size = capacity * config.dModel;
  return {
    capacity,
    keys: Array.from({ length: config.decoderLayers }, () => new Float32Array(size)),
    values: Array.from({ length: config.decoderLayers }, () => new Float32Array(size)),
  };
}

/** Makes `into` hold the same positions as `from` (beam search, when a hypothesis branches). */
export function copySelfAttentionCache(into: SelfAttentionCache, from: SelfAttentionCache): void {
  from.keys.forEach((keys, l) => into.keys[l].set(keys));
  from.values.forEach((values, l) => into.values[l].set(values));
}

export function createStepScratch(
  config: ModelConfig,
  capacity: number,
  sourceLength: number,
): StepScratch {
  const d = config.dModel;
  const scoreSize = config.heads * Math.max(capacity, sourceLength);
  return {
    tokenId: new Int32Array(1),
    embed: new Float32Array(d),
    pe: new Float32Array(d),
    state: new Float32Array(d),
    projected: new Float32Array(d),
    query: new Float32Array(d),
    scores: new Float32Array(scoreSize),
    scaled: new Float32Array(scoreSize),
    weights: new Float32Array(scoreSize),
    z: new Float32Array(d),
    concat: new Float32Array(d),
    sublayerOut: new Float32Array(d),
    sum: new Float32Array(d),
    norm1: new Float32Array(d),
    norm2: new Float32Array(d),
    hidden: new Float32Array(config.dFF),
    logits: new Float32Array(config.tgtVocabSize),
  };
}

/**
 * The decoder at `position` for input `tokenId`, given the cache of positions 0 … position − 1.
 * Appends this position's keys and values to the cache and returns the next-token logits
 * (V_tgt), a scratch buffer that the next step overwrites.
 */
export function decoderStep(
  weights: ModelWeights,
  cross: CrossAttentionMemory,
  cache: SelfAttentionCache,
  scratch: StepScratch,
  tokenId: number,
  position: number,
  observe?: StepAttentionObserver,
): Float32Array {
  const { config } = weights;
  const d = config.dModel;
  const h = config.heads;
  const dk = headSize(config);
  const eps = config.layerNormEps;
  const s = scratch;
  s.tokenId[0] = tokenId;
  embedTokensInto(
    s.embed,
    s.pe,
    s.state,
    weights.tgtEmbed,
    s.tokenId,
    position,
    d,
    config.positionalLayout,
  );

  weights.decoder.forEach((layer, l) => {
    // Masked self-attention: this position's key and value join the cache, then its query
    // attends to positions 0 … position.
    const self = layer.selfAttention;
    linearInto(s.projected, s.state, self.query, 1);
    splitHeadsInto(s.query, s.projected, 1, h, dk, 1, 0);
    linearInto(s.projected, s.state, self.key, 1);
    splitHeadsInto(cache.keys[l], s.projected, 1, h, dk, cache.capacity, position);
    linearInto(s.projected, s.state, self.value, 1);
    splitHeadsInto(cache.values[l], s.projected, 1, h, dk, cache.capacity, position);
    attendInto(s.scores, s.scaled, s.weights, s.z, s.query, cache.keys[l], cache.values[l], {
      heads: h,
      headSize: dk,
      queries: 1,
      keys: position + 1,
      keyCapacity: cache.capacity,
      firstQuery: position,
      causal: true,
    });
    observe?.(l, 'self', s.weights, position + 1);
    combineHeadsInto(s.concat, s.sublayerOut, s.z, self.output, 1, h, dk, self.silencedHeads);
    addAndNormInto(s.sum, s.norm1, s.state, s.sublayerOut, layer.norm1, 1, d, eps);

    // Encoder-decoder attention over the whole source.
    const crossWeights = layer.crossAttention;
    linearInto(s.projected, s.norm1, crossWeights.query, 1);
    splitHeadsInto(s.query, s.projected, 1, h, dk, 1, 0);
    attendInto(s.scores, s.scaled, s.weights, s.z, s.query, cross.keys[l], cross.values[l], {
      heads: h,
      headSize: dk,
      queries: 1,
      keys: cross.sourceLength,
      keyCapacity: cross.sourceLength,
      firstQuery: 0,
      causal: false,
    });
    observe?.(l, 'cross', s.weights, cross.sourceLength);
    combineHeadsInto(
      s.concat,
      s.sublayerOut,
      s.z,
      crossWeights.output,
      1,
      h,
      dk,
      crossWeights.silencedHeads,
    );
    addAndNormInto(s.sum, s.norm2, s.norm1, s.sublayerOut, layer.norm2, 1, d, eps);

    feedForwardInto(s.hidden, s.sublayerOut, s.norm2, layer.feedForward, 1);
    addAndNormInto(s.sum, s.state, s.norm2, s.sublayerOut, layer.norm3, 1, d, eps);
  });

  linearInto(s.logits, s.state, weights.generator, 1);
  return s.logits;
}
