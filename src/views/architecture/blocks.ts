/**
 * The blocks of the model as built, each with the trace names of the vector that enters it and
 * the vector it hands on. Pure: the diagrams, the hover readouts and the tests all read these.
 *
 *   encoder layer l: x → self-attention → Add & Norm → feed forward → Add & Norm → r
 *   decoder layer l: y → self-attention (masked) → Add & Norm → encoder-decoder attention
 *                    → Add & Norm → feed forward → Add & Norm
 */
import { traceName, type LayerName, type TraceName } from '../../engine';
import type { Catalogue } from '../../i18n';

export type Side = 'encoder' | 'decoder';

export type BlockPart =
  'self' | 'cross' | 'ffn' | 'addnorm1' | 'addnorm2' | 'addnorm3' | 'embed' | 'linear' | 'softmax';

export interface BlockSpec {
  /** Unique within the model: "encoder.0.self", "decoder.1.addnorm2", "output.linear". */
  key: string;
  side: Side | 'output';
  /** The layer it belongs to; null for the embeddings and the final Linear and Softmax. */
  layer: number | null;
  part: BlockPart;
  /** Trace name of the vectors it reads (one row per token). */
  input: TraceName;
  /** Trace name of the vectors it produces. */
  output: TraceName;
  /** For Add & Norm: the sublayer's output added to its input (the residual). */
  residual?: { sublayerOutput: TraceName; sum: TraceName; after: BlockPart };
}

/** A block's name in the diagrams, in the catalogue's language: "Feed forward". */
export function blockTitle(
  { side, part }: Pick<BlockSpec, 'side' | 'part'>,
  words: Catalogue['architecture'],
): string {
  if (part.startsWith('addnorm')) return words.blocks.addNorm;
  if (part === 'self' && side === 'decoder') return words.blocks.maskedSelf;
  return words.blocks[part as Exclude<BlockPart, 'addnorm1' | 'addnorm2' | 'addnorm3'>];
}

/** The trace name of layer `layer` of a stack: `enc.{l}` or `dec.{l}`. */
const layerName = (side: Side, layer: number): LayerName =>
  side === 'encoder' ? `enc.${layer}` : `dec.${layer}`;

/** The vectors a layer receives: the embeddings plus positions for layer 0, else the layer below. */
export function layerInputName(side: Side, layer: number): TraceName {
  if (layer === 0) return side === 'encoder' ? 'src.input' : 'tgt.input';
  return layerOutputName(side, layer - 1);
}

/** The vectors a layer sends up: its last Add & Norm. */
export function layerOutputName(side: Side, layer: number): TraceName {
  return side === 'encoder'
    ? traceName.enc(layer).residual('norm2')
    : traceName.dec(layer).residual('norm3');
}

const ADD_NORM_PARTS: readonly BlockPart[] = ['addnorm1', 'addnorm2', 'addnorm3'];

/** The Add & Norm that follows `after`, the `index`-th (from 1) sublayer of its layer. */
function addNorm(side: Side, layer: number, index: 1 | 2 | 3, after: BlockSpec): BlockSpec {
  const p = layerName(side, layer);
  return {
    key: `${side}.${layer}.addnorm${index}`,
    side,
    layer,
    part: ADD_NORM_PARTS[index - 1],
    input: after.input,
    output: `${p}.norm${index}`,
    residual: { sublayerOutput: after.output, sum: `${p}.add${index}`, after: after.part },
  };
}

/** Every block of one layer, bottom to top, Add & Norm blocks included. */
export function layerBlocks(side: Side, layer: number): BlockSpec[] {
  const x = layerInputName(side, layer);
  const block = (part: BlockPart, input: TraceName, output: TraceName): BlockSpec => ({
    key: `${side}.${layer}.${part}`,
    side,
    layer,
    part,
    input,
    output,
  });
  const enc = traceName.enc(layer);
  const dec = traceName.dec(layer);
  const sequence =
    side === 'encoder'
      ? [block('self', x, enc.self('out')), block('ffn', enc.residual('norm1'), enc.ffn('out'))]
      : [
          block('self', x, dec.self('out')),
          block('cross', dec.residual('norm1'), dec.cross('out')),
          block('ffn', dec.residual('norm2'), dec.ffn('out')),
        ];
  return sequence.flatMap((sublayer, i) => [
    sublayer,
    addNorm(side, layer, (i + 1) as 1 | 2 | 3, sublayer),
  ]);
}

/** The sublayers the post names inside a layer, without the Add & Norm steps around them. */
export function sublayers(side: Side, layer: number): BlockSpec[] {
  return layerBlocks(side, layer).filter((b) => !b.part.startsWith('addnorm'));
}

export function embeddingBlock(side: Side): BlockSpec {
  const name = side === 'encoder' ? 'src' : 'tgt';
  return {
    key: `${side}.embed`,
    side,
    layer: null,
    part: 'embed',
    input: `${name}.embed`,
    output: `${name}.input`,
  };
}

/** The last decoder layer's output turned into scores over the vocabulary, then probabilities. */
export function outputBlocks(decoderLayers: number): BlockSpec[] {
  return [
    {
      key: 'output.linear',
      side: 'output',
      layer: null,
      part: 'linear',
      input: layerOutputName('decoder', decoderLayers - 1),
      output: 'out.logits',
    },
    {
      key: 'output.softmax',
      side: 'output',
      layer: null,
      part: 'softmax',
      input: 'out.logits',
      output: 'out.probs',
    },
  ];
}

/** The encoder's top output, which every decoder layer's encoder-decoder attention reads. */
export function encoderMemoryName(encoderLayers: number): TraceName {
  return layerOutputName('encoder', encoderLayers - 1);
}
