/**
 * The parameters looked up once per run and checked against the configuration, so the forward
 * pass reads plain fields instead of building names, and a wrong file fails with a clear
 * sentence instead of NaNs.
 */
import { validateConfig, type ModelConfig } from './config';
import { decoderLayerPrefix, encoderLayerPrefix, param, type Params } from './params';
import { formatShape, sizeOf, type Tensor } from '../tensor';

/** y = x Wᵀ + b with W (outFeatures, inFeatures). */
export interface Linear {
  weight: Float32Array;
  bias: Float32Array;
  inFeatures: number;
  outFeatures: number;
}

export interface AttentionWeights {
  query: Linear;
  key: Linear;
  value: Linear;
  output: Linear;
  /** Heads whose output is left out of the concatenation (see ablation.ts); none when absent. */
  silencedHeads?: readonly number[];
}

/** LayerNorm's gain γ and shift β. */
export interface NormWeights {
  gamma: Float32Array;
  beta: Float32Array;
}

export interface FeedForwardWeights {
  linear1: Linear;
  linear2: Linear;
}

export interface EncoderLayerWeights {
  selfAttention: AttentionWeights;
  norm1: NormWeights;
  feedForward: FeedForwardWeights;
  norm2: NormWeights;
}

export interface DecoderLayerWeights {
  selfAttention: AttentionWeights;
  norm1: NormWeights;
  crossAttention: AttentionWeights;
  norm2: NormWeights;
  feedForward: FeedForwardWeights;
  norm3: NormWeights;
}

export interface ModelWeights {
  config: ModelConfig;
  /** (V_src, d) */
  srcEmbed: Float32Array;
  /** (V_tgt, d) */
  tgtEmbed: Float32Array;
  encoder: EncoderLayerWeights[];
  decoder: DecoderLayerWeights[];
  /** The final Linear to vocabulary logits. */
  generator: Linear;
}

/** A resolution, and the tensors it read, to tell whether the parameters changed since. */
interface Resolution {
  config: ModelConfig;
  weights: ModelWeights;
  read: [string, Tensor][];
}

const resolutions = new WeakMap<Params, Resolution>();

/**
 * Every parameter the configuration needs, shape-checked. Remembered per parameter map and
 * reused while the map holds the same tensors for the same configuration object: tensors updated
 * in place (training) are seen through the shared arrays; a tensor replaced by name is re-read.
 */
export function resolveWeights(params: Params, config: ModelConfig): ModelWeights {
  const known = resolutions.get(params);
  if (known && known.config === config && known.read.every(([name, t]) => params.get(name) === t)) {
    return known.weights;
  }
  const read: [string, Tensor][] = [];
  const weights = readWeights(config, (name, shape) => {
    const t = checked(params, name, shape);
    read.push([name, t]);
    return t.data;
  });
  resolutions.set(params, { config, weights, read });
  return weights;
}

function readWeights(
  config: ModelConfig,
  checkedData: (name: string, shape: number[]) => Float32Array,
): ModelWeights {
  validateConfig(config);
  const d = config.dModel;
  const matrix = (name: string, rows: number, cols: number): Float32Array =>
    checkedData(name, [rows, cols]);
  const vector = (name: string, length: number): Float32Array => checkedData(name, [length]);
  const linear = (prefix: string, inFeatures: number, outFeatures: number): Linear => ({
    weight: matrix(`${prefix}.weight`, outFeatures, inFeatures),
    bias: vector(`${prefix}.bias`, outFeatures),
    inFeatures,
    outFeatures,
  });
  const attention = (prefix: string): AttentionWeights => ({
    query: linear(`${prefix}.q_proj`, d, d),
    key: linear(`${prefix}.k_proj`, d, d),
    value: linear(`${prefix}.v_proj`, d, d),
    output: linear(`${prefix}.out_proj`, d, d),
  });
  const norm = (prefix: string): NormWeights => ({
    gamma: vector(`${prefix}.weight`, d),
    beta: vector(`${prefix}.bias`, d),
  });
  const feedForward = (prefix: string): FeedForwardWeights => ({
    linear1: linear(`${prefix}.linear1`, d, config.dFF),
    linear2: linear(`${prefix}.linear2`, config.dFF, d),
  });

  const encoder: EncoderLayerWeights[] = [];
  for (let l = 0; l < config.encoderLayers; l++) {
    const p = encoderLayerPrefix(l);
    encoder.push({
      selfAttention: attention(`${p}.self_attn`),
      norm1: norm(`${p}.norm1`),
      feedForward: feedForward(`${p}.ffn`),
      norm2: norm(`${p}.norm2`),
    });
  }
  const decoder: DecoderLayerWeights[] = [];
  for (let l = 0; l < config.decoderLayers; l++) {
    const p = decoderLayerPrefix(l);
    decoder.push({
      selfAttention: attention(`${p}.self_attn`),
      norm1: norm(`${p}.norm1`),
      crossAttention: attention(`${p}.cross_attn`),
      norm2: norm(`${p}.norm2`),
      feedForward: feedForward(`${p}.ffn`),
      norm3: norm(`${p}.norm3`),
    });
  }
  return {
    config,
    srcEmbed: matrix('src_embed.weight', config.srcVocabSize, d),
    tgtEmbed: matrix('tgt_embed.weight', config.tgtVocabSize, d),
    encoder,
    decoder,
    generator: linear('generator', d, config.tgtVocabSize),
  };
}

function checked(params: Params, name: string, shape: readonly number[]): Tensor {
  const t = param(params, name);
  const matches = t.shape.length === shape.length && t.shape.every((dim, i) => dim === shape[i]);
  if (!matches || t.data.length !== sizeOf(shape)) {
    throw new Error(
      `parameter "${name}" should be ${formatShape(shape)}, found ${formatShape(t.shape)}`,
    );
  }
  return t;
}
