/**
 * Geometry of the matrix figures, apart from drawing so it is tested without a DOM.
 *
 * A product A (rows × inner) × B (inner × cols) = C (rows × cols) is drawn on one line, in the
 * order it is read: A, B, C. Every grid shares one column pitch, and A and C share a row height,
 * so C's row i is as high as A's row i. A's width and B's height are the same inner length,
 * which shows why the shapes must agree.
 *
 * Every grid is drawn gapless, cells exactly `width × height` pixels: MatrixGrid shrinks a grid
 * that does not fit its maxWidth to maxWidth / cols per cell with no gap, so asking for
 * maxWidth = cols × width gives exactly that width (see gridGeometry in the shared components).
 */

/** Props that make MatrixGrid draw gapless cells of a given width and height. */
export interface GridSizing {
  /** The cell height (MatrixGrid's cellSize). */
  cellSize: number;
  /** cols × the cell width. */
  maxWidth: number;
  /** Pixel size of the cells' area. */
  width: number;
  height: number;
}

/** Cells `cellWidth × cellHeight`, no gap; a cell is never wider than tall (MatrixGrid's rule). */
export function gaplessGrid(
  rows: number,
  cols: number,
  cellWidth: number,
  cellHeight: number,
): GridSizing {
  const height = Math.max(cellHeight, cellWidth);
  return {
    cellSize: height,
    maxWidth: cols * cellWidth,
    width: cols * cellWidth,
    height: rows * height,
  };
}

/** Height of a row that carries a token's label: tall enough to read the word. */
export const TOKEN_ROW_HEIGHT = 14;
/** Height of a bias vector's one row. */
export const BIAS_ROW_HEIGHT = 10;
/** Narrowest and widest column pitch of a product figure. */
export const MIN_PITCH = 2;
export const MAX_PITCH = 8;

export interface ProductShape {
  /** Rows of A and C: tokens. */
  rows: number;
  /** Columns of A, rows of B. */
  inner: number;
  /** Columns of B and C. */
  cols: number;
}

export interface ProductLayout {
  /** Width of every column of every grid, and height of B's rows. */
  pitch: number;
  left: GridSizing;
  right: GridSizing;
  bias: GridSizing;
  result: GridSizing;
}

/**
 * A × B (+ bias) = C laid out so A's width is at most `leftWidth`: the pitch is the largest
 * whole number of pixels that fits, kept between MIN_PITCH and MAX_PITCH.
 */
export function productLayout(shape: ProductShape, leftWidth: number): ProductLayout {
  const pitch = clamp(Math.floor(leftWidth / shape.inner), MIN_PITCH, MAX_PITCH);
  return {
    pitch,
    left: gaplessGrid(shape.rows, shape.inner, pitch, TOKEN_ROW_HEIGHT),
    right: gaplessGrid(shape.inner, shape.cols, pitch, pitch),
    bias: gaplessGrid(1, shape.cols, pitch, BIAS_ROW_HEIGHT),
    result: gaplessGrid(shape.rows, shape.cols, pitch, TOKEN_ROW_HEIGHT),
  };
}

export interface HeadBlock {
  head: number;
  /** Where head `head`'s d_k columns (or rows) start and end, in pixels along the grid. */
  start: number;
  end: number;
}

/**
 * The blocks of d_k columns of the concatenation, one per head (head i owns columns
 * i·d_k … (i+1)·d_k − 1), and likewise the blocks of rows of W^O each head's Z_i meets.
 */
export function headBlocks(heads: number, headSize: number, pitch: number): HeadBlock[] {
  return Array.from({ length: heads }, (_, head) => ({
    head,
    start: head * headSize * pitch,
    end: (head + 1) * headSize * pitch,
  }));
}

/**
 * The largest whole-pixel cell size, between `min` and `preferred`, at which `cells` cells fit
 * in `budget` pixels; `min` when even that does not fit (the figure then scrolls).
 */
export function fitCellSize(cells: number, budget: number, preferred: number, min: number): number {
  if (cells <= 0) return preferred;
  return clamp(Math.floor(budget / cells), min, preferred);
}

export interface SmallMultiples {
  columns: number;
  rows: number;
}

/** How many panels of `panelWidth` fit side by side in `maxWidth`, and how many rows they take. */
export function smallMultiples(
  count: number,
  panelWidth: number,
  maxWidth: number,
  gap: number,
): SmallMultiples {
  const fitting = Math.floor((maxWidth + gap) / (panelWidth + gap));
  const columns = clamp(fitting, 1, Math.max(count, 1));
  return { columns, rows: Math.ceil(count / columns) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** Room in a line of the formula figure for row labels and the operators between matrices. */
const FORMULA_LINE_OVERHEAD = 240;

export interface FormulaLayout {
  /** Width of every cell of the formula figure. */
  cell: number;
  q: GridSizing;
  keysTransposed: GridSizing;
  scores: GridSizing;
  v: GridSizing;
  z: GridSizing;
}

/**
 * The two lines of softmax(Q Kᵀ / √d_k) V = Z: Q, Kᵀ and the scaled scores on the first,
 * the weights, V and Z on the second. One cell width for both lines, so the same matrix is the
 * same size on each; rows that carry a token keep TOKEN_ROW_HEIGHT to stay readable.
 */
export function formulaLayout(
  queryLength: number,
  keyLength: number,
  headSize: number,
  maxWidth: number,
): FormulaLayout {
  const widest = Math.max(headSize + 2 * keyLength, keyLength + 2 * headSize);
  const cell = fitCellSize(widest, maxWidth - FORMULA_LINE_OVERHEAD, TOKEN_ROW_HEIGHT, MIN_PITCH);
  return {
    cell,
    q: gaplessGrid(queryLength, headSize, cell, TOKEN_ROW_HEIGHT),
    keysTransposed: gaplessGrid(headSize, keyLength, cell, cell),
    scores: gaplessGrid(queryLength, keyLength, cell, TOKEN_ROW_HEIGHT),
    v: gaplessGrid(keyLength, headSize, cell, TOKEN_ROW_HEIGHT),
    z: gaplessGrid(queryLength, headSize, cell, TOKEN_ROW_HEIGHT),
  };
}

/** Space a head's panel takes beyond its matrices: padding, border and gaps between them. */
export const PANEL_CHROME = 24;
/** Space between two matrices inside a panel. */
export const PANEL_GAP = 7;

/** Cell size of small multiples: matrices of `rows` rows stay under `maxHeight` pixels. */
export function panelCell(rows: number, maxHeight: number, preferred: number): number {
  return fitCellSize(rows, maxHeight, preferred, MIN_PITCH);
}

/** Width of a panel holding matrices of these column counts, every cell `cell` wide. */
export function panelWidth(columnCounts: readonly number[], cell: number): number {
  const cells = columnCounts.reduce((sum, cols) => sum + cols * cell, 0);
  return cells + PANEL_GAP * Math.max(0, columnCounts.length - 1) + PANEL_CHROME;
}

export interface RecapDimensions {
  queryLength: number;
  keyLength: number;
  dModel: number;
  headSize: number;
}

export interface RecapLayout {
  /** X (and M): tokens × d_model, rows tall enough for their labels. */
  input: GridSizing;
  keyInput: GridSizing;
  /** W_i^Q, W_i^K, W_i^V: d_model × d_k. */
  weight: GridSizing;
  query: GridSizing;
  key: GridSizing;
  /** A_i: queries × keys. */
  weights: GridSizing;
  z: GridSizing;
  concat: GridSizing;
  /** W^O: d_model × d_model. */
  outputWeight: GridSizing;
  /** b^O: 1 × d_model. */
  outputBias: GridSizing;
  output: GridSizing;
}

/** Tallest one head's thumbnails may be in the recap, in pixels. */
export const RECAP_HEAD_HEIGHT = 64;
/** The same in a presentation, where the recap is zoomed for the back of the room. */
export const PRESENT_RECAP_HEAD_HEIGHT = 40;
/** Widest X, the concatenation and W^O may be in the recap, in pixels. */
export const RECAP_WIDE_WIDTH = 160;

/**
 * The recap: every matrix of the layer as a thumbnail, one row of thumbnails per head. A head's
 * row stays under RECAP_HEAD_HEIGHT, but for W_i, whose d_model rows keep at least a pixel each;
 * in a presentation it stays under PRESENT_RECAP_HEAD_HEIGHT, W_i's rows thinner than a pixel if
 * need be. The d_model-wide matrices stay under RECAP_WIDE_WIDTH.
 */
export function recapLayout(dims: RecapDimensions, presentation = false): RecapLayout {
  const headHeight = presentation ? PRESENT_RECAP_HEAD_HEIGHT : RECAP_HEAD_HEIGHT;
  const longest = Math.max(dims.queryLength, dims.keyLength, dims.headSize);
  const cell = fitCellSize(longest, headHeight, 5, MIN_PITCH);
  const thinnestRow = presentation ? Math.min(1, headHeight / dims.dModel) : 1;
  const weightCell = fitCellSize(dims.dModel, headHeight, 2, thinnestRow);
  const wide = fitCellSize(dims.dModel, RECAP_WIDE_WIDTH, 3, 1);
  return {
    input: gaplessGrid(dims.queryLength, dims.dModel, wide, TOKEN_ROW_HEIGHT),
    keyInput: gaplessGrid(dims.keyLength, dims.dModel, wide, TOKEN_ROW_HEIGHT),
    weight: gaplessGrid(dims.dModel, dims.headSize, weightCell, weightCell),
    query: gaplessGrid(dims.queryLength, dims.headSize, cell, cell),
    key: gaplessGrid(dims.keyLength, dims.headSize, cell, cell),
    weights: gaplessGrid(dims.queryLength, dims.keyLength, cell, cell),
    z: gaplessGrid(dims.queryLength, dims.headSize, cell, cell),
    concat: gaplessGrid(dims.queryLength, dims.dModel, wide, cell),
    outputWeight: gaplessGrid(dims.dModel, dims.dModel, wide, wide),
    outputBias: gaplessGrid(1, dims.dModel, wide, cell),
    output: gaplessGrid(dims.queryLength, dims.dModel, wide, cell),
  };
}
