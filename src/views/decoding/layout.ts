/**
 * Geometry of the decoder-side diagram: the encoder stack on the left reading the source words,
 * the decoder stack on the right reading <bos> and the words emitted so far, the encoder's output
 * carried as K and V into the encoder-decoder attention of every decoder layer, and the Linear and
 * Softmax layers emitting one word per step, fed back as the next decoder input.
 * Pure: every position is computed here and tested without a DOM.
 */
import { CHIP_HEIGHT, chipRows, type Box } from './chips';

export type { Box } from './chips';

export type Point = [number, number];

export interface SublayerBox extends Box {
  kind: 'self' | 'cross' | 'ffn';
}

export interface LayerBox extends Box {
  /** Bottom to top, the order the vectors flow through them. */
  sublayers: SublayerBox[];
}

export interface DecoderSideLayout {
  width: number;
  height: number;
  encoder: LayerBox[];
  decoder: LayerBox[];
  /** The encoder stack's output, from which every decoder layer takes its keys and values. */
  memory: Box;
  /** One polyline per decoder layer: from the memory into that layer's encoder-decoder attention. */
  keyValueArrows: Point[][];
  linear: Box;
  softmax: Box;
  sourceChips: Box[];
  /** <bos>, then every emitted word but the last: the decoder's input at each step. */
  inputChips: Box[];
  outputChips: Box[];
  /** Vertical arrows between the blocks: tokens into the stacks, stack into Linear, and so on. */
  flowArrows: Point[][];
}

export const DIAGRAM_WIDTH = 900;
const MARGIN = 16;
const ENCODER_LEFT = MARGIN;
const ENCODER_WIDTH = 350;
const DECODER_LEFT = 510;
const DECODER_WIDTH = 330;
/** The vertical lane between the stacks where the K, V arrows run down to each decoder layer. */
const BUS_X = (ENCODER_LEFT + ENCODER_WIDTH + DECODER_LEFT) / 2;
/** The lane right of the decoder where an emitted word travels back to the input row. */
export const FEEDBACK_X = DECODER_LEFT + DECODER_WIDTH + 30;
const SUBLAYER_HEIGHT = 22;
const SUBLAYER_GAP = 4;
const LAYER_PADDING = 8;
/** Room on the left of each layer box for its name ("Decoder 2"). */
export const LAYER_LABEL_WIDTH = 86;
const LAYER_GAP = 10;
const BLOCK_HEIGHT = 26;
const ARROW_GAP = 14;

function stackHeight(layers: number, sublayers: number): number {
  const layerHeight = layerHeightOf(sublayers);
  return layers * layerHeight + Math.max(0, layers - 1) * LAYER_GAP;
}

function layerHeightOf(sublayers: number): number {
  return sublayers * SUBLAYER_HEIGHT + (sublayers - 1) * SUBLAYER_GAP + 2 * LAYER_PADDING;
}

/** Layers stacked upward from `bottom`: layer 0 lowest, as the vectors climb through them. */
function stack(
  kinds: SublayerBox['kind'][],
  layers: number,
  left: number,
  width: number,
  bottom: number,
): LayerBox[] {
  const layerHeight = layerHeightOf(kinds.length);
  return Array.from({ length: layers }, (_, l) => {
    const y = bottom - (l + 1) * layerHeight - l * LAYER_GAP;
    const sublayers = kinds.map((kind, i) => ({
      kind,
      x: left + LAYER_LABEL_WIDTH,
      y: y + layerHeight - LAYER_PADDING - (i + 1) * SUBLAYER_HEIGHT - i * SUBLAYER_GAP,
      width: width - LAYER_LABEL_WIDTH - LAYER_PADDING,
      height: SUBLAYER_HEIGHT,
    }));
    return { x: left, y, width, height: layerHeight, sublayers };
  });
}

const centreX = (box: Box) => box.x + box.width / 2;
const middleY = (box: Box) => box.y + box.height / 2;

export function decoderSideLayout(parts: {
  encoderLayers: number;
  decoderLayers: number;
  sourceTokens: readonly string[];
  decoderInputs: readonly string[];
  outputs: readonly string[];
}): DecoderSideLayout {
  const outputs = chipRows(parts.outputs, DECODER_LEFT, MARGIN, DECODER_WIDTH);
  const softmax: Box = {
    x: DECODER_LEFT,
    y: MARGIN + outputs.height + ARROW_GAP,
    width: DECODER_WIDTH,
    height: BLOCK_HEIGHT,
  };
  const linear: Box = { ...softmax, y: softmax.y + BLOCK_HEIGHT + ARROW_GAP };
  const decoderTop = linear.y + BLOCK_HEIGHT + ARROW_GAP;
  const decoderHeight = stackHeight(parts.decoderLayers, 3);
  const memoryHeight = BLOCK_HEIGHT + ARROW_GAP;
  const encoderHeight = stackHeight(parts.encoderLayers, 2) + memoryHeight;
  // Both stacks stand on the same floor, low enough for the decoder under its Linear and Softmax
  // and for the encoder, which has nothing above it, under the top margin.
  const floor = Math.max(decoderTop + decoderHeight, MARGIN + encoderHeight);
  const decoder = stack(
    ['self', 'cross', 'ffn'],
    parts.decoderLayers,
    DECODER_LEFT,
    DECODER_WIDTH,
    floor,
  );
  const encoder = stack(['self', 'ffn'], parts.encoderLayers, ENCODER_LEFT, ENCODER_WIDTH, floor);
  const encoderTop = encoder.length > 0 ? encoder[encoder.length - 1].y : floor;
  const memory: Box = {
    x: ENCODER_LEFT,
    y: encoderTop - memoryHeight,
    width: ENCODER_WIDTH,
    height: BLOCK_HEIGHT,
  };

  const tokensTop = floor + ARROW_GAP;
  const source = chipRows(parts.sourceTokens, ENCODER_LEFT, tokensTop, ENCODER_WIDTH);
  const inputs = chipRows(parts.decoderInputs, DECODER_LEFT, tokensTop, DECODER_WIDTH);

  const keyValueArrows = decoder.map((layer): Point[] => {
    const cross = layer.sublayers[1];
    const start: Point = [memory.x + memory.width, middleY(memory)];
    return [start, [BUS_X, start[1]], [BUS_X, middleY(cross)], [cross.x, middleY(cross)]];
  });

  const decoderTopEdge = decoder.length > 0 ? decoder[decoder.length - 1].y : floor;
  const up = (x: number, from: number, to: number): Point[] => [
    [x, from],
    [x, to],
  ];
  const flowArrows = [
    up(centreX(memory), tokensTop, floor),
    up(centreX(memory), encoderTop, memory.y + memory.height),
    up(centreX(linear), tokensTop, floor),
    up(centreX(linear), decoderTopEdge, linear.y + BLOCK_HEIGHT),
    up(centreX(linear), linear.y, softmax.y + BLOCK_HEIGHT),
    up(centreX(linear), softmax.y, MARGIN + outputs.height),
  ];

  return {
    width: DIAGRAM_WIDTH,
    height: tokensTop + Math.max(source.height, inputs.height, CHIP_HEIGHT) + MARGIN,
    encoder,
    decoder,
    memory,
    keyValueArrows,
    linear,
    softmax,
    sourceChips: source.chips,
    inputChips: inputs.chips,
    outputChips: outputs.chips,
    flowArrows,
  };
}

/**
 * The path of the word emitted at `step` back to the decoder's input for the next step: right
 * along its row to the feedback lane, down to the input row, left into the next input chip.
 * Null at the last step, whose word is not fed back.
 */
export function feedbackPath(layout: DecoderSideLayout, step: number): Point[] | null {
  const emitted = layout.outputChips[step];
  const next = layout.inputChips[step + 1];
  if (!emitted || !next) return null;
  return [
    [emitted.x + emitted.width, middleY(emitted)],
    [FEEDBACK_X, middleY(emitted)],
    [FEEDBACK_X, middleY(next)],
    [next.x + next.width, middleY(next)],
  ];
}

/** An SVG path through the points. */
export function pathData(points: readonly Point[]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x},${y}`).join(' ');
}
