import { describe, expect, it } from 'vitest';
import { beamSearch, hypothesisTokens, initParams, REFERENCE_CONFIG } from '../../../src/engine';
import { overlaps } from '../../../src/views/decoding/chips';
import { beamGridLayout, pathToRoot } from '../../../src/views/decoding/beamLayout';

const config = { ...REFERENCE_CONFIG, maxLength: 8 };
const beam = beamSearch(initParams(config, 33), config, [5, 9, 12, 17, 2], {
  beamSize: 3,
  returnBeams: 3,
  lengthPenalty: 0.6,
  maxSteps: 7,
});
const layout = beamGridLayout(beam);

describe('beamGridLayout', () => {
  it('draws every hypothesis once, in the column of its step', () => {
    expect(layout.boxes.size).toBe(beam.nodes.length);
    const columnOf = new Map(layout.columns.map((c, i) => [c.step, i]));
    for (const node of beam.nodes) {
      const box = layout.boxes.get(node.id);
      expect(box?.node).toBe(node);
      const column = layout.columns[columnOf.get(node.step) ?? -1];
      expect(box && box.x + box.width / 2).toBe(column.x);
    }
  });

  it('ranks each step’s hypotheses by score, best at the top, with no two boxes overlapping', () => {
    const boxes = [...layout.boxes.values()];
    for (const a of boxes) {
      for (const b of boxes) {
        if (a === b) continue;
        expect(overlaps(a, b)).toBe(false);
        if (a.node.step === b.node.step && a.rank < b.rank) {
          expect(a.node.score).toBeGreaterThanOrEqual(b.node.score);
          expect(a.y).toBeLessThan(b.y);
        }
      }
      expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
      expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('joins every hypothesis but the root to the one it extends', () => {
    expect(layout.edges).toHaveLength(beam.nodes.length - 1);
    for (const edge of layout.edges) {
      expect(beam.nodes[edge.to].parent).toBe(edge.from);
      const parent = layout.boxes.get(edge.from);
      expect(edge.d.startsWith(`M${(parent?.x ?? 0) + (parent?.width ?? 0)},`)).toBe(true);
    }
  });
});

describe('pathToRoot', () => {
  it('walks from the root to a returned hypothesis through the tokens it holds', () => {
    const best = beam.best[0];
    const path = pathToRoot(beam, best);
    expect(path[0]).toBe(0);
    expect(path[path.length - 1]).toBe(best);
    expect(path.slice(1).map((id) => beam.nodes[id].tokenId)).toEqual(hypothesisTokens(beam, best));
  });
});
