/**
 * The model's parameters, named like the keys of a PyTorch state dict so a weights file reads
 * the same in both worlds. Linear weights are (out, in) as in nn.Linear: y = x Wᵀ + b.
 */
import type { ModelConfig } from './config';
import { tensor, type Tensor } from '../tensor';
import { seededRandom } from '../random';

export type Params = Map<string, Tensor>;

export const PROJECTIONS = ['q_proj', 'k_proj', 'v_proj', 'out_proj'] as const;

/** Prefix of encoder layer l's parameters: `encoder.layers.{l}`. */
export const encoderLayerPrefix = (l: number): string => `encoder.layers.${l}`;
/** Prefix of decoder layer l's parameters: `decoder.layers.{l}`. */
export const decoderLayerPrefix = (l: number): string => `decoder.layers.${l}`;

/**
 * Every parameter's name and shape, in a stable order:
 *   src_embed.weight (V_src, d), tgt_embed.weight (V_tgt, d)
 *   encoder.layers.{l}.self_attn.{q,k,v,out}_proj.{weight (d, d), bias (d)}
 *   encoder.layers.{l}.norm1.{weight, bias} (d)
 *   encoder.layers.{l}.ffn.linear1.{weight (d_ff, d), bias (d_ff)}
 *   encoder.layers.{l}.ffn.linear2.{weight (d, d_ff), bias (d)}
 *   encoder.layers.{l}.norm2.{weight, bias} (d)
 *   decoder.layers.{l}.self_attn.*, norm1, cross_attn.*, norm2, ffn.*, norm3
 *   generator.{weight (V_tgt, d), bias (V_tgt)}
 */
export function parameterShapes(config: ModelConfig): Map<string, number[]> {
  const d = config.dModel;
  const shapes = new Map<string, number[]>();
  const attention = (prefix: string) => {
    for (const projection of PROJECTIONS) {
      shapes.set(`${prefix}.${projection}.weight`, [d, d]);
      shapes.set(`${prefix}.${projection}.bias`, [d]);
    }
  };
  const norm = (prefix: string) => {
    shapes.set(`${prefix}.weight`, [d]);
    shapes.set(`${prefix}.bias`, [d]);
  };
  const feedForward = (prefix: string) => {
    shapes.set(`${prefix}.linear1.weight`, [config.dFF, d]);
    shapes.set(`${prefix}.linear1.bias`, [config.dFF]);
    shapes.set(`${prefix}.linear2.weight`, [d, config.dFF]);
    shapes.set(`${prefix}.linear2.bias`, [d]);
  };

  shapes.set('src_embed.weight', [config.srcVocabSize, d]);
  shapes.set('tgt_embed.weight', [config.tgtVocabSize, d]);
  for (let l = 0; l < config.encoderLayers; l++) {
    const p = encoderLayerPrefix(l);
    attention(`${p}.self_attn`);
    norm(`${p}.norm1`);
    feedForward(`${p}.ffn`);
    norm(`${p}.norm2`);
  }
  for (let l = 0; l < config.decoderLayers; l++) {
    const p = decoderLayerPrefix(l);
    attention(`${p}.self_attn`);
    norm(`${p}.norm1`);
    attention(`${p}.cross_attn`);
    norm(`${p}.norm2`);
    feedForward(`${p}.ffn`);
    norm(`${p}.norm3`);
  }
  shapes.set('generator.weight', [config.tgtVocabSize, d]);
  shapes.set('generator.bias', [config.tgtVocabSize]);
  return shapes;
}

/** Total number of trainable numbers. */
export function parameterCount(config: ModelConfig): number {
  let total = 0;
  for (const shape of parameterShapes(config).values()) total += shape.reduce((a, b) => a * b, 1);
  return total;
}

/**
 * Fresh parameters for a seed. Weight matrices: Xavier/Glorot uniform,
 * U(−a, a) with a = √(6 / (fan_in + fan_out)); embeddings: N(0, 1/d) approximated by
 * U(−√(3/d), √(3/d)) so that embed × √d has unit scale; LayerNorm γ = 1, β = 0; biases 0.
 */
export function initParams(config: ModelConfig, seed: number): Params {
  const random = seededRandom(seed);
  const params: Params = new Map();
  for (const [name, shape] of parameterShapes(config)) {
    const t = tensor(shape);
    if (name.endsWith('embed.weight')) {
      const a = Math.sqrt(3 / config.dModel);
      for (let i = 0; i < t.data.length; i++) t.data[i] = (2 * random() - 1) * a;
    } else if (/norm\d\.weight$/.test(name)) {
      t.data.fill(1);
    } else if (shape.length === 2) {
      const [fanOut, fanIn] = shape;
      const a = Math.sqrt(6 / (fanIn + fanOut));
      for (let i = 0; i < t.data.length; i++) t.data[i] = (2 * random() - 1) * a;
    }
    params.set(name, t);
  }
  return params;
}

/** The parameter by name, or a clear error naming what is missing. */
export function param(params: Params, name: string): Tensor {
  const t = params.get(name);
  if (!t) throw new Error(`the model has no parameter named "${name}"`);
  return t;
}
