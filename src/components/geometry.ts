/**
 * Cell geometry shared by VectorCells, MatrixGrid and Heatmap: where each cell sits, how big a
 * grid is, which cell a pointer is over. Pure, so it is tested without a DOM.
 */

export interface GridGeometry {
  rows: number;
  cols: number;
  cellWidth: number;
  cellHeight: number;
  /** Space between cells; 0 in compact grids where cells are a pixel or two wide. */
  gap: number;
  /** Total size of the cells' area (labels excluded). */
  width: number;
  height: number;
}

export interface CellBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Above this many cells a grid is drawn on a canvas: SVG with one node per cell gets slow. */
export const CANVAS_THRESHOLD = 2000;

/** Narrowest a cell may be before it stops being readable as a cell. */
const MIN_CELL = 1;

/**
 * A grid of `rows × cols` cells of `cellSize` pixels, shrunk so that it fits `maxWidth`:
 * a d_model = 512 vector stays on one line, with cells of a pixel or so and no gaps.
 */
export function gridGeometry(
  rows: number,
  cols: number,
  options: { cellSize?: number; gap?: number; maxWidth?: number } = {},
): GridGeometry {
  const preferred = options.cellSize ?? 18;
  const preferredGap = options.gap ?? 1;
  const maxWidth = options.maxWidth ?? Infinity;
  let cellWidth = preferred;
  let gap = preferredGap;
  if (cols * (preferred + preferredGap) - preferredGap > maxWidth) {
    gap = 0;
    // A caller asking for cells thinner than a pixel (a thumbnail of a tall matrix) gets them.
    cellWidth = Math.max(Math.min(MIN_CELL, preferred), maxWidth / cols);
  }
  const cellHeight = Math.max(preferred, cellWidth);
  return {
    rows,
    cols,
    cellWidth,
    cellHeight,
    gap,
    width: cols * cellWidth + Math.max(0, cols - 1) * gap,
    height: rows * cellHeight + Math.max(0, rows - 1) * gap,
  };
}

export function cellBox(geometry: GridGeometry, row: number, col: number): CellBox {
  return {
    x: col * (geometry.cellWidth + geometry.gap),
    y: row * (geometry.cellHeight + geometry.gap),
    width: geometry.cellWidth,
    height: geometry.cellHeight,
  };
}

/** The cell under a point given in the grid's own coordinates, or null between or outside cells. */
export function cellAt(
  geometry: GridGeometry,
  x: number,
  y: number,
): { row: number; col: number } | null {
  if (x < 0 || y < 0) return null;
  const col = Math.floor(x / (geometry.cellWidth + geometry.gap));
  const row = Math.floor(y / (geometry.cellHeight + geometry.gap));
  if (col >= geometry.cols || row >= geometry.rows) return null;
  const box = cellBox(geometry, row, col);
  if (x > box.x + box.width || y > box.y + box.height) return null;
  return { row, col };
}

/** A cell one arrow-key press away, staying inside the grid. */
export function moveCell(
  geometry: Pick<GridGeometry, 'rows' | 'cols'>,
  cell: { row: number; col: number },
  key: string,
): { row: number; col: number } {
  const step: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
    Home: [0, -cell.col],
    End: [0, geometry.cols - 1 - cell.col],
  };
  const [dr, dc] = step[key] ?? [0, 0];
  return {
    row: Math.min(geometry.rows - 1, Math.max(0, cell.row + dr)),
    col: Math.min(geometry.cols - 1, Math.max(0, cell.col + dc)),
  };
}

export function shouldUseCanvas(rows: number, cols: number): boolean {
  return rows * cols > CANVAS_THRESHOLD;
}
