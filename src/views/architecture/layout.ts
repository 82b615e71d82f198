/**
 * Geometry of the architecture diagrams, computed apart from drawing so it is tested without a
 * DOM: the encoder and decoder stacks (one box per layer), and the model as built (every
 * sublayer, Add & Norm, the residual paths around them, the encoder's output feeding each decoder).
 * Coordinates are SVG user units, y growing downwards; data flows upwards as in the post.
 */
import { embeddingBlock, layerBlocks, outputBlocks, type BlockSpec, type Side } from './blocks';

export interface Point {
  x: number;
  y: number;
}

export interface PlacedBox {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedBlock extends PlacedBox {
  spec: BlockSpec;
}

export interface LayerFrame extends PlacedBox {
  side: Side;
  layer: number;
}

export interface Link {
  key: string;
  kind: 'flow' | 'residual' | 'memory';
  points: Point[];
}

export interface StackLayout {
  width: number;
  height: number;
  encoders: PlacedBox[];
  decoders: PlacedBox[];
  /** The top encoder's output to every decoder. */
  links: Link[];
}

/** One box per layer, encoders on the left and decoders on the right, both stacked bottom-up. */
export function stackLayout(
  encoderLayers: number,
  decoderLayers: number,
  options: { boxWidth?: number; boxHeight?: number; gap?: number; columnGap?: number } = {},
): StackLayout {
  const boxWidth = options.boxWidth ?? 150;
  const boxHeight = options.boxHeight ?? 30;
  const gap = options.gap ?? 8;
  const columnGap = options.columnGap ?? 120;
  const margin = 10;
  const tallest = Math.max(encoderLayers, decoderLayers);
  const height = 2 * margin + tallest * boxHeight + Math.max(0, tallest - 1) * gap;
  const column = (count: number, x: number, side: string) =>
    Array.from({ length: count }, (_, layer) => ({
      key: `${side}.${layer}`,
      x,
      y: height - margin - (layer + 1) * boxHeight - layer * gap,
      width: boxWidth,
      height: boxHeight,
    }));
  const encoders = column(encoderLayers, margin, 'encoder');
  const decoders = column(decoderLayers, margin + boxWidth + columnGap, 'decoder');
  const top = encoders[encoders.length - 1];
  const links: Link[] = top
    ? decoders.map((decoder, layer) => ({
        key: `memory.${layer}`,
        kind: 'memory',
        points: [
          { x: top.x + top.width, y: top.y + top.height / 2 },
          { x: top.x + top.width + columnGap / 2, y: top.y + top.height / 2 },
          { x: top.x + top.width + columnGap / 2, y: decoder.y + decoder.height / 2 },
          { x: decoder.x, y: decoder.y + decoder.height / 2 },
        ],
      }))
    : [];
  return { width: 2 * margin + 2 * boxWidth + columnGap, height, encoders, decoders, links };
}

export interface DiagramOptions {
  blockWidth?: number;
  blockHeight?: number;
  /** Vertical space between blocks, where the flow arrows go. */
  gap?: number;
  /** Space between a layer's frame and its blocks; residual paths run in the left one. */
  framePadding?: number;
  columnGap?: number;
}

export interface ModelDiagram {
  width: number;
  height: number;
  blocks: PlacedBlock[];
  frames: LayerFrame[];
  links: Link[];
}

/** Space at the top of a layer's frame for its name, above its highest block. */
export const FRAME_LABEL_ROOM = 14;

interface Column {
  blocks: PlacedBlock[];
  frames: LayerFrame[];
  links: Link[];
  /** Top edge of the highest block, measured upwards from the bottom. */
  top: number;
}

/**
 * Lays out a column bottom-up: an optional embedding block, then each layer's blocks in a frame,
 * then optional blocks above. `bottom` is the y of the column's lowest edge.
 */
function column(
  x: number,
  bottom: number,
  groups: { frame?: { side: Side; layer: number }; blocks: BlockSpec[] }[],
  o: Required<DiagramOptions>,
): Column {
  const result: Column = { blocks: [], frames: [], links: [], top: 0 };
  let rise = 0;
  let previous: PlacedBlock | null = null;
  for (const group of groups) {
    const framed = group.frame !== undefined;
    if (framed) rise += o.framePadding;
    const groupBottom = rise;
    for (const spec of group.blocks) {
      const block: PlacedBlock = {
        key: spec.key,
        spec,
        x,
        y: bottom - rise - o.blockHeight,
        width: o.blockWidth,
        height: o.blockHeight,
      };
      if (previous) {
        result.links.push({
          key: `flow.${spec.key}`,
          kind: 'flow',
          points: [
            { x: x + o.blockWidth / 2, y: previous.y },
            { x: x + o.blockWidth / 2, y: block.y + block.height },
          ],
        });
      }
      result.blocks.push(block);
      previous = block;
      rise += o.blockHeight + o.gap;
    }
    if (group.frame) {
      rise += o.framePadding - o.gap + FRAME_LABEL_ROOM;
      result.frames.push({
        key: `frame.${group.frame.side}.${group.frame.layer}`,
        ...group.frame,
        x: x - o.framePadding * 2,
        y: bottom - rise,
        width: o.blockWidth + o.framePadding * 3,
        height: rise - groupBottom + o.framePadding,
      });
      rise += o.gap;
    }
  }
  result.top = rise - o.gap;
  result.links.push(...residualLinks(result.blocks, o));
  return result;
}

/** Each Add & Norm gets a path from just below its sublayer, around the left, into its side. */
function residualLinks(blocks: PlacedBlock[], o: Required<DiagramOptions>): Link[] {
  const links: Link[] = [];
  blocks.forEach((block, i) => {
    const sublayer = blocks[i - 1];
    if (!block.spec.residual || !sublayer) return;
    const startY = sublayer.y + sublayer.height + o.gap / 2;
    const laneX = block.x - o.framePadding;
    links.push({
      key: `residual.${block.key}`,
      kind: 'residual',
      points: [
        { x: block.x + block.width / 2, y: startY },
        { x: laneX, y: startY },
        { x: laneX, y: block.y + block.height / 2 },
        { x: block.x, y: block.y + block.height / 2 },
      ],
    });
  });
  return links;
}

function withDefaults(options: DiagramOptions, layers: number): Required<DiagramOptions> {
  return {
    blockWidth: options.blockWidth ?? 190,
    blockHeight: options.blockHeight ?? (layers > 3 ? 20 : 26),
    gap: options.gap ?? (layers > 3 ? 8 : 12),
    framePadding: options.framePadding ?? 10,
    columnGap: options.columnGap ?? 110,
  };
}

/** One encoder layer with its Add & Norm blocks and residual paths (the post's residual figure). */
export function encoderLayerDiagram(layer: number, options: DiagramOptions = {}): ModelDiagram {
  const o = withDefaults(options, 1);
  const layerHeight = 4 * o.blockHeight + 3 * o.gap + 2 * o.framePadding + FRAME_LABEL_ROOM;
  const margin = 10;
  const built = column(
    margin + 2 * o.framePadding,
    margin + layerHeight,
    [{ frame: { side: 'encoder', layer }, blocks: layerBlocks('encoder', layer) }],
    o,
  );
  return {
    width: o.blockWidth + 3 * o.framePadding + 2 * margin,
    height: layerHeight + 2 * margin,
    blocks: built.blocks,
    frames: built.frames,
    links: built.links,
  };
}

/** The whole model as built: N encoder layers, N decoder layers, then Linear and Softmax. */
export function modelDiagram(
  encoderLayers: number,
  decoderLayers: number,
  options: DiagramOptions = {},
): ModelDiagram {
  const o = withDefaults(options, Math.max(encoderLayers, decoderLayers));
  const margin = 10;
  const encoderGroups = [
    { blocks: [embeddingBlock('encoder')] },
    ...Array.from({ length: encoderLayers }, (_, layer) => ({
      frame: { side: 'encoder' as const, layer },
      blocks: layerBlocks('encoder', layer),
    })),
  ];
  const decoderGroups = [
    { blocks: [embeddingBlock('decoder')] },
    ...Array.from({ length: decoderLayers }, (_, layer) => ({
      frame: { side: 'decoder' as const, layer },
      blocks: layerBlocks('decoder', layer),
    })),
    { blocks: outputBlocks(decoderLayers) },
  ];
  // Lay both out once to learn their heights, then again from the common bottom edge.
  const probe = column(0, 0, decoderGroups, o).top;
  const probeEncoder = column(0, 0, encoderGroups, o).top;
  const height = Math.max(probe, probeEncoder) + 2 * margin;
  const bottom = height - margin;
  const encoderX = margin + 2 * o.framePadding;
  const decoderX = encoderX + o.blockWidth + o.framePadding + o.columnGap + 2 * o.framePadding;
  const encoder = column(encoderX, bottom, encoderGroups, o);
  const decoder = column(decoderX, bottom, decoderGroups, o);
  const top = encoder.blocks[encoder.blocks.length - 1];
  const laneX = encoderX + o.blockWidth + o.framePadding + o.columnGap / 2;
  const memoryLinks: Link[] = decoder.blocks
    .filter((b) => b.spec.part === 'cross')
    .map((cross) => ({
      key: `memory.${cross.key}`,
      kind: 'memory' as const,
      points: [
        { x: top.x + top.width / 2, y: top.y },
        { x: top.x + top.width / 2, y: top.y - o.gap / 2 },
        { x: laneX, y: top.y - o.gap / 2 },
        { x: laneX, y: cross.y + cross.height / 2 },
        { x: cross.x - 2 * o.framePadding, y: cross.y + cross.height / 2 },
        { x: cross.x, y: cross.y + cross.height / 2 },
      ],
    }));
  return {
    width: decoderX + o.blockWidth + o.framePadding + margin,
    height,
    blocks: [...encoder.blocks, ...decoder.blocks],
    frames: [...encoder.frames, ...decoder.frames],
    links: [...encoder.links, ...decoder.links, ...memoryLinks],
  };
}

/** An SVG path through the points, for a link. */
export function linkPath(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
}
