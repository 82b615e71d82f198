import { describe, expect, it } from 'vitest';
import {
  cellAt,
  cellBox,
  gridGeometry,
  moveCell,
  shouldUseCanvas,
} from '../../src/components/geometry';
import { gradientStops, legendTicks } from '../../src/components/ticks';

describe('gridGeometry', () => {
  it('keeps the preferred cell size and gap when the grid fits', () => {
    const grid = gridGeometry(3, 4, { cellSize: 10, gap: 2 });
    expect(grid.cellWidth).toBe(10);
    expect(grid.width).toBe(4 * 10 + 3 * 2);
    expect(grid.height).toBe(3 * 10 + 2 * 2);
  });

  it('shrinks a d_model = 512 vector to fit the width, without gaps', () => {
    const grid = gridGeometry(1, 512, { cellSize: 14, maxWidth: 512 });
    expect(grid.gap).toBe(0);
    expect(grid.cellWidth).toBe(1);
    expect(grid.width).toBe(512);
  });

  it('never makes cells narrower than a pixel', () => {
    const grid = gridGeometry(1, 2048, { maxWidth: 512 });
    expect(grid.cellWidth).toBe(1);
  });
});

describe('cellAt', () => {
  const grid = gridGeometry(2, 3, { cellSize: 10, gap: 2 });

  it('finds the cell under a point and inverts cellBox', () => {
    for (let row = 0; row < 2; row++) {
      for (let col = 0; col < 3; col++) {
        const box = cellBox(grid, row, col);
        expect(cellAt(grid, box.x + 5, box.y + 5)).toEqual({ row, col });
      }
    }
  });

  it('finds nothing in a gap or outside the grid', () => {
    expect(cellAt(grid, 11, 5)).toBeNull();
    expect(cellAt(grid, -1, 5)).toBeNull();
    expect(cellAt(grid, 5, grid.height + 3)).toBeNull();
  });
});

describe('moveCell', () => {
  const grid = { rows: 3, cols: 4 };
  it('moves one cell per arrow and stops at the edges', () => {
    expect(moveCell(grid, { row: 1, col: 1 }, 'ArrowRight')).toEqual({ row: 1, col: 2 });
    expect(moveCell(grid, { row: 0, col: 0 }, 'ArrowUp')).toEqual({ row: 0, col: 0 });
    expect(moveCell(grid, { row: 2, col: 3 }, 'ArrowDown')).toEqual({ row: 2, col: 3 });
    expect(moveCell(grid, { row: 1, col: 2 }, 'Home')).toEqual({ row: 1, col: 0 });
    expect(moveCell(grid, { row: 1, col: 0 }, 'End')).toEqual({ row: 1, col: 3 });
  });
});

describe('shouldUseCanvas', () => {
  it('draws on a canvas only above 2,000 cells', () => {
    expect(shouldUseCanvas(40, 50)).toBe(false);
    expect(shouldUseCanvas(9, 512)).toBe(true);
  });
});

describe('legendTicks', () => {
  it('ticks both ends and 0 of a diverging domain', () => {
    expect(legendTicks({ min: -2, max: 2 })).toEqual([
      { value: -2, t: 0 },
      { value: 0, t: 0.5 },
      { value: 2, t: 1 },
    ]);
  });

  it('ticks only the ends of a sequential domain', () => {
    expect(legendTicks({ min: 0, max: 1 })).toEqual([
      { value: 0, t: 0 },
      { value: 1, t: 1 },
    ]);
  });

  it('samples gradient stops evenly from 0 to 1', () => {
    expect(gradientStops(5)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});
