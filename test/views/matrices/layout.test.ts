import { describe, expect, it } from 'vitest';
import { gridGeometry } from '../../../src/components';
import {
  MAX_PITCH,
  MIN_PITCH,
  PRESENT_RECAP_HEAD_HEIGHT,
  RECAP_HEAD_HEIGHT,
  RECAP_WIDE_WIDTH,
  TOKEN_ROW_HEIGHT,
  fitCellSize,
  formulaLayout,
  gaplessGrid,
  headBlocks,
  panelWidth,
  productLayout,
  recapLayout,
  smallMultiples,
  type GridSizing,
} from '../../../src/views/matrices/layout';

/** What MatrixGrid will draw for these props: the shared geometry it uses itself. */
function drawn(rows: number, cols: number, sizing: GridSizing) {
  return gridGeometry(rows, cols, { cellSize: sizing.cellSize, maxWidth: sizing.maxWidth });
}

describe('gaplessGrid', () => {
  it('makes MatrixGrid draw cells of exactly the asked width and height, with no gap', () => {
    for (const [rows, cols, width, height] of [
      [12, 64, 6, 14],
      [64, 8, 6, 6],
      [1, 8, 6, 10],
      [9, 512, 1, 14],
    ]) {
      const sizing = gaplessGrid(rows, cols, width, height);
      const geometry = drawn(rows, cols, sizing);
      expect(geometry.gap).toBe(0);
      expect(geometry.cellWidth).toBe(width);
      expect(geometry.cellHeight).toBe(height);
      expect(geometry.width).toBe(sizing.width);
      expect(geometry.height).toBe(sizing.height);
    }
  });

  it('never asks for a cell wider than tall, which MatrixGrid would not draw', () => {
    const sizing = gaplessGrid(3, 4, 12, 5);
    expect(drawn(3, 4, sizing).cellHeight).toBe(12);
    expect(sizing.height).toBe(36);
  });
});

describe('productLayout', () => {
  const shape = { rows: 12, inner: 64, cols: 8 };

  it('puts C under B column for column and beside A row for row', () => {
    const layout = productLayout(shape, 384);
    const left = drawn(12, 64, layout.left);
    const right = drawn(64, 8, layout.right);
    const result = drawn(12, 8, layout.result);
    expect(result.cellWidth).toBe(right.cellWidth);
    expect(result.width).toBe(right.width);
    expect(result.cellHeight).toBe(left.cellHeight);
    expect(result.height).toBe(left.height);
    expect(drawn(1, 8, layout.bias).width).toBe(result.width);
  });

  it('draws A as wide as B is tall: both are the inner dimension', () => {
    const layout = productLayout(shape, 384);
    expect(layout.left.width).toBe(layout.right.height);
    expect(layout.left.width).toBeLessThanOrEqual(384);
  });

  it('keeps the pitch between its bounds for very small and very large d_model', () => {
    expect(productLayout({ ...shape, inner: 4 }, 384).pitch).toBe(MAX_PITCH);
    expect(productLayout({ ...shape, inner: 2048 }, 384).pitch).toBe(MIN_PITCH);
    expect(productLayout(shape, 384).pitch).toBe(6);
  });

  it('keeps token rows tall enough to read their label', () => {
    expect(productLayout(shape, 384).left.cellSize).toBe(TOKEN_ROW_HEIGHT);
  });
});

describe('headBlocks', () => {
  it('gives head i the pixels of columns i·d_k … (i+1)·d_k − 1, edge to edge', () => {
    const blocks = headBlocks(8, 8, 6);
    expect(blocks).toHaveLength(8);
    expect(blocks[0].start).toBe(0);
    expect(blocks[3]).toEqual({ head: 3, start: 3 * 8 * 6, end: 4 * 8 * 6 });
    for (let i = 1; i < blocks.length; i++) expect(blocks[i].start).toBe(blocks[i - 1].end);
    expect(blocks[7].end).toBe(64 * 6);
  });
});

describe('fitCellSize and smallMultiples', () => {
  it('picks the largest whole cell that fits, within its bounds', () => {
    expect(fitCellSize(32, 700, 14, 2)).toBe(14);
    expect(fitCellSize(100, 700, 14, 2)).toBe(7);
    expect(fitCellSize(1000, 700, 14, 2)).toBe(2);
  });

  it('places as many panels side by side as the width holds', () => {
    expect(smallMultiples(8, 200, 920, 12)).toEqual({ columns: 4, rows: 2 });
    expect(smallMultiples(2, 200, 920, 12)).toEqual({ columns: 2, rows: 1 });
    expect(smallMultiples(8, 2000, 920, 12)).toEqual({ columns: 1, rows: 8 });
  });

  it('counts a panel as its matrices, the gaps between them and its frame', () => {
    expect(panelWidth([8, 8, 8], 5)).toBeGreaterThan(3 * 8 * 5);
    expect(panelWidth([8, 8, 8], 5) - panelWidth([8, 8], 5)).toBeGreaterThan(8 * 5);
  });
});

describe('formulaLayout', () => {
  it('gives one matrix the same size wherever it appears', () => {
    const layout = formulaLayout(12, 12, 8, 920);
    expect(layout.q.width).toBe(layout.z.width);
    expect(layout.q.width).toBe(layout.v.width);
    expect(layout.keysTransposed.width).toBe(layout.scores.width);
    expect(layout.q.height).toBe(layout.scores.height);
  });

  it('shrinks the cells of a long sentence so each line fits the width', () => {
    const short = formulaLayout(6, 6, 8, 920);
    const long = formulaLayout(31, 31, 8, 920);
    expect(long.cell).toBeLessThan(short.cell);
    expect(long.q.width + long.keysTransposed.width + long.scores.width).toBeLessThanOrEqual(920);
  });
});

describe('recapLayout', () => {
  const cases = [
    { queryLength: 12, keyLength: 12, dModel: 64, headSize: 8 },
    { queryLength: 31, keyLength: 20, dModel: 512, headSize: 64 },
    { queryLength: 3, keyLength: 3, dModel: 32, headSize: 4 },
  ];

  it('keeps every head’s Q, K, V, weights and Z under the row height', () => {
    for (const dims of cases) {
      const layout = recapLayout(dims);
      for (const sizing of [layout.query, layout.key, layout.weights, layout.z]) {
        expect(sizing.height).toBeLessThanOrEqual(RECAP_HEAD_HEIGHT);
      }
    }
  });

  it('draws each row of a head’s W at one or two pixels, the fewest that fit', () => {
    expect(recapLayout(cases[0]).weight.height).toBe(64);
    expect(recapLayout(cases[1]).weight.height).toBe(512);
    expect(recapLayout(cases[2]).weight.height).toBe(64);
  });

  it('keeps a head’s W, and all of a short sentence’s thumbnails, under a presentation’s lower row', () => {
    for (const dims of cases) {
      const { weight } = recapLayout(dims, true);
      expect(weight.height).toBeLessThanOrEqual(PRESENT_RECAP_HEAD_HEIGHT);
      expect(drawn(dims.dModel, dims.headSize, weight).height).toBeCloseTo(weight.height, 6);
    }
    const { dModel, headSize, queryLength, keyLength } = cases[0];
    const layout = recapLayout(cases[0], true);
    for (const [sizing, rows, cols] of [
      [layout.query, queryLength, headSize],
      [layout.key, keyLength, headSize],
      [layout.weights, queryLength, keyLength],
      [layout.z, queryLength, headSize],
    ] as const) {
      expect(sizing.height).toBeLessThanOrEqual(PRESENT_RECAP_HEAD_HEIGHT);
      expect(drawn(rows, cols, sizing).height).toBe(sizing.height);
    }
    expect(recapLayout(cases[0]).weight.height).toBe(dModel);
  });

  it('draws X, the concatenation, W^O and Z equally wide, within their width', () => {
    for (const dims of cases) {
      const layout = recapLayout(dims);
      for (const sizing of [layout.input, layout.concat, layout.outputWeight, layout.output]) {
        expect(sizing.width).toBe(layout.outputWeight.width);
        expect(sizing.width).toBeLessThanOrEqual(Math.max(RECAP_WIDE_WIDTH, dims.dModel));
      }
    }
  });
});
