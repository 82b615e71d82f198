/**
 * The parameters as a tree of named buffers, so the layer code reads `layer.ffn.linear1.weight`
 * instead of looking names up. Built the same way over the parameters and over their gradients
 * (a map with the same names and shapes), so forward and backward walk mirror-image trees.
 */
import type { ModelConfig } from '../model/config';
import { decoderLayerPrefix, encoderLayerPrefix, param, type Params } from '../model/params';

export interface LinearWeights {
  /** (out, in) */
  weight: Float32Array;
  /** (out) */
  bias: Float32Array;
}

export interface AttentionWeights {
  q: LinearWeights;
  k: LinearWeights;
  v: LinearWeights;
  out: LinearWeights;
}

/** LayerNorm's γ (PyTorch `weight`) and β (`bias`), each (d). */
export interface NormWeights {
  gamma: Float32Array;
  beta: Float32Array;
}

export interface FeedForwardWeights {
  /** (d_ff, d) */
  linear1: LinearWeights;
  /** (d, d_ff) */
  linear2: LinearWeights;
}

export interface EncoderLayerWeights {
  selfAttn: AttentionWeights;
  norm1: NormWeights;
  ffn: FeedForwardWeights;
  norm2: NormWeights;
}

export interface DecoderLayerWeights {
  selfAttn: AttentionWeights;
  norm1: NormWeights;
  crossAttn: AttentionWeights;
  norm2: NormWeights;
  ffn: FeedForwardWeights;
  norm3: NormWeights;
}

export interface ModelWeights {
  /** (V_src, d) */
  srcEmbed: Float32Array;
  /** (V_tgt, d) */
  tgtEmbed: Float32Array;
  encoder: EncoderLayerWeights[];
  decoder: DecoderLayerWeights[];
  /** (V_tgt, d) and (V_tgt) */
  generator: LinearWeights;
}

/** The tree of buffers of `params` (or of a gradient map with the same names). */
export function modelWeights(params: Params, config: ModelConfig): ModelWeights {
  const data = (name: string) => param(params, name).data;
  const linear = (prefix: string): LinearWeights => ({
    weight: data(`${prefix}.weight`),
    bias: data(`${prefix}.bias`),
  });
  const attention = (prefix: string): AttentionWeights => ({
    q: linear(`${prefix}.q_proj`),
    k: linear(`${prefix}.k_proj`),
    v: linear(`${prefix}.v_proj`),
    out: linear(`${prefix}.out_proj`),
  });
  const norm = (prefix: string): NormWeights => ({
    gamma: data(`${prefix}.weight`),
    beta: data(`${prefix}.bias`),
  });
  const feedForward = (prefix: string): FeedForwardWeights => ({
    linear1: linear(`${prefix}.linear1`),
    linear2: linear(`${prefix}.linear2`),
  });
  const encoder: EncoderLayerWeights[] = [];
  for (let l = 0; l < config.encoderLayers; l++) {
    const p = encoderLayerPrefix(l);
    encoder.push({
      selfAttn: attention(`${p}.self_attn`),
      norm1: norm(`${p}.norm1`),
      ffn: feedForward(`${p}.ffn`),
      norm2: norm(`${p}.norm2`),
    });
  }
  const decoder: DecoderLayerWeights[] = [];
  for (let l = 0; l < config.decoderLayers; l++) {
    const p = decoderLayerPrefix(l);
    decoder.push({
      selfAttn: attention(`${p}.self_attn`),
      norm1: norm(`${p}.norm1`),
      crossAttn: attention(`${p}.cross_attn`),
      norm2: norm(`${p}.norm2`),
      ffn: feedForward(`${p}.ffn`),
      norm3: norm(`${p}.norm3`),
    });
  }
  return {
    srcEmbed: data('src_embed.weight'),
    tgtEmbed: data('tgt_embed.weight'),
    encoder,
    decoder,
    generator: linear('generator'),
  };
}
