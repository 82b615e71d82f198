import { describe, expect, it } from 'vitest';
import {
  encoderLayerDiagram,
  FRAME_LABEL_ROOM,
  linkPath,
  modelDiagram,
  stackLayout,
  type PlacedBox,
} from '../../../src/views/architecture/layout';

function overlaps(a: PlacedBox, b: PlacedBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(box: PlacedBox, width: number, height: number): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
}

describe('stackLayout', () => {
  it('stacks one box per layer bottom-up on each side, inside the drawing', () => {
    const layout = stackLayout(3, 2);
    expect(layout.encoders).toHaveLength(3);
    expect(layout.decoders).toHaveLength(2);
    for (const column of [layout.encoders, layout.decoders]) {
      for (let l = 1; l < column.length; l++) {
        expect(column[l].y + column[l].height).toBeLessThan(column[l - 1].y);
      }
    }
    for (const box of [...layout.encoders, ...layout.decoders]) {
      expect(inside(box, layout.width, layout.height)).toBe(true);
    }
  });

  it('links the top encoder to every decoder', () => {
    const layout = stackLayout(6, 6);
    const top = layout.encoders[5];
    expect(layout.links).toHaveLength(6);
    layout.links.forEach((link, l) => {
      const start = link.points[0];
      const end = link.points[link.points.length - 1];
      expect(start).toEqual({ x: top.x + top.width, y: top.y + top.height / 2 });
      expect(end.x).toBe(layout.decoders[l].x);
      expect(end.y).toBe(layout.decoders[l].y + layout.decoders[l].height / 2);
    });
  });
});

describe('modelDiagram', () => {
  const diagram = modelDiagram(2, 3);

  it('places every block of the model as built: embeddings, sublayers, Add & Norm, Linear, Softmax', () => {
    const encoderBlocks = 1 + 2 * 4;
    const decoderBlocks = 1 + 3 * 6 + 2;
    expect(diagram.blocks).toHaveLength(encoderBlocks + decoderBlocks);
    expect(diagram.blocks.filter((b) => b.spec.part.startsWith('addnorm'))).toHaveLength(
      2 * 2 + 3 * 3,
    );
    expect(diagram.blocks.at(-1)?.spec.part).toBe('softmax');
    expect(diagram.frames).toHaveLength(5);
  });

  it('keeps blocks apart and inside the drawing', () => {
    for (const block of diagram.blocks) {
      expect(inside(block, diagram.width, diagram.height)).toBe(true);
      for (const other of diagram.blocks) {
        if (other !== block) expect(overlaps(block, other)).toBe(false);
      }
    }
  });

  it('holds each layer’s blocks inside its frame, leaving room at the top for its name', () => {
    for (const frame of diagram.frames) {
      const blocks = diagram.blocks.filter(
        (b) => b.spec.side === frame.side && b.spec.layer === frame.layer,
      );
      expect(blocks.length).toBeGreaterThan(0);
      for (const block of blocks) {
        expect(block.x).toBeGreaterThan(frame.x);
        expect(block.x + block.width).toBeLessThan(frame.x + frame.width);
        expect(block.y).toBeGreaterThanOrEqual(frame.y + FRAME_LABEL_ROOM);
        expect(block.y + block.height).toBeLessThan(frame.y + frame.height);
      }
    }
  });

  it('draws a residual path into the side of every Add & Norm', () => {
    const residuals = diagram.links.filter((l) => l.kind === 'residual');
    expect(residuals).toHaveLength(2 * 2 + 3 * 3);
    for (const link of residuals) {
      const target = diagram.blocks.find((b) => link.key === `residual.${b.key}`);
      const end = link.points[link.points.length - 1];
      expect(target?.spec.part).toMatch(/^addnorm/);
      expect(end).toEqual({ x: target?.x, y: (target?.y ?? 0) + (target?.height ?? 0) / 2 });
    }
  });

  it('feeds the top encoder block into every decoder layer’s encoder-decoder attention', () => {
    const memory = diagram.links.filter((l) => l.kind === 'memory');
    const crosses = diagram.blocks.filter((b) => b.spec.part === 'cross');
    expect(memory).toHaveLength(3);
    const topEncoder = diagram.blocks.filter((b) => b.spec.side === 'encoder').at(-1);
    expect(topEncoder?.key).toBe('encoder.1.addnorm2');
    memory.forEach((link, i) => {
      expect(link.points[0].y).toBe(topEncoder?.y);
      expect(link.points.at(-1)?.x).toBe(crosses[i].x);
    });
  });

  it('connects each block to the one above it in its column', () => {
    const flows = diagram.links.filter((l) => l.kind === 'flow');
    expect(flows).toHaveLength(diagram.blocks.length - 2);
    for (const link of flows) {
      expect(link.points[0].y).toBeGreaterThan(link.points[1].y);
    }
  });
});

describe('encoderLayerDiagram', () => {
  it('draws one encoder layer with its two Add & Norm blocks and residual paths', () => {
    const diagram = encoderLayerDiagram(0);
    expect(diagram.blocks.map((b) => b.spec.part)).toEqual(['self', 'addnorm1', 'ffn', 'addnorm2']);
    expect(diagram.links.filter((l) => l.kind === 'residual')).toHaveLength(2);
    for (const block of diagram.blocks) {
      expect(inside(block, diagram.width, diagram.height)).toBe(true);
    }
  });
});

describe('linkPath', () => {
  it('writes an SVG path through the points', () => {
    expect(
      linkPath([
        { x: 0, y: 1 },
        { x: 2, y: 3 },
      ]),
    ).toBe('M0,1 L2,3');
  });
});
