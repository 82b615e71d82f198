/**
 * Which trace tensors and which parameters one attention sublayer reads and writes: the encoder's
 * self-attention, the decoder's masked self-attention, or the decoder's encoder-decoder attention.
 */
import { traceName } from '../../engine';
import type { AttentionName, ModelConfig, TraceName } from '../../engine';
import { decoderLayerPrefix, encoderLayerPrefix } from '../../engine';

export type AttentionKind = 'encoder-self' | 'decoder-self' | 'decoder-cross';

export const ATTENTION_KINDS: readonly AttentionKind[] = [
  'encoder-self',
  'decoder-self',
  'decoder-cross',
];

/** Which sentence a matrix's rows belong to. */
export type TokenSide = 'source' | 'target';

export interface AttentionNames {
  kind: AttentionKind;
  layer: number;
  /** Trace name of the matrix the queries are computed from: X, or R from the layer below. */
  queryInput: TraceName;
  /** Trace name of the matrix keys and values are computed from (the same as queryInput in self-attention). */
  keyInput: TraceName;
  querySide: TokenSide;
  keySide: TokenSide;
  /** Prefix of the trace names `.q .k .v .scores .scaled .weights .z .concat .out`. */
  trace: AttentionName;
  /** Prefix of the parameters `.{q,k,v,out}_proj.{weight,bias}`. */
  params: string;
}

/** The sublayer's names; `layer` must be one of the stack's layers. */
export function attentionNames(
  kind: AttentionKind,
  layer: number,
  config: ModelConfig,
): AttentionNames {
  if (kind === 'encoder-self') {
    checkLayer(layer, config.encoderLayers, 'encoder');
    const input: TraceName = layer === 0 ? 'src.input' : traceName.enc(layer - 1).residual('norm2');
    return {
      kind,
      layer,
      queryInput: input,
      keyInput: input,
      querySide: 'source',
      keySide: 'source',
      trace: `enc.${layer}.self`,
      params: `${encoderLayerPrefix(layer)}.self_attn`,
    };
  }
  checkLayer(layer, config.decoderLayers, 'decoder');
  if (kind === 'decoder-self') {
    const input: TraceName = layer === 0 ? 'tgt.input' : traceName.dec(layer - 1).residual('norm3');
    return {
      kind,
      layer,
      queryInput: input,
      keyInput: input,
      querySide: 'target',
      keySide: 'target',
      trace: `dec.${layer}.self`,
      params: `${decoderLayerPrefix(layer)}.self_attn`,
    };
  }
  // Encoder-decoder attention: queries from the decoder's first Add & Norm, keys and values
  // from the encoder stack's output (§3.2.3).
  return {
    kind,
    layer,
    queryInput: traceName.dec(layer).residual('norm1'),
    keyInput: traceName.enc(config.encoderLayers - 1).residual('norm2'),
    querySide: 'target',
    keySide: 'source',
    trace: `dec.${layer}.cross`,
    params: `${decoderLayerPrefix(layer)}.cross_attn`,
  };
}

/** How many layers the stack of `kind` has: the selection may point past the shorter stack. */
export function layerCount(kind: AttentionKind, config: ModelConfig): number {
  return kind === 'encoder-self' ? config.encoderLayers : config.decoderLayers;
}

function checkLayer(layer: number, count: number, stack: string): void {
  if (!Number.isInteger(layer) || layer < 0 || layer >= count) {
    throw new Error(`the ${stack} has layers 0 to ${count - 1}, not ${layer}`);
  }
}
