/**
 * Geometry of the token view (Tensor2Tensor's attention picture): the sentence written twice,
 * in two columns, and a line from the chosen word on the left to every word on the right.
 * A line's width and opacity come from its attention weight alone, so equal weights look equal.
 */

/** Width in pixels of a line of weight 0 and of weight 1. */
export const LINE_WIDTH = { min: 0.75, max: 12 } as const;
/** Opacity of a line of weight 0 and of weight 1. */
export const LINE_OPACITY = { min: 0.2, max: 1 } as const;

export interface TokenColumnsOptions {
  rowHeight: number;
  /** Pixels per character of a token, to size the columns. */
  charWidth: number;
  /** Horizontal room between the two columns, where the lines run. */
  gap: number;
}

const DEFAULT_OPTIONS: TokenColumnsOptions = { rowHeight: 26, charWidth: 9.5, gap: 200 };

/** Room beside a token's text inside its button: padding and border. */
const TOKEN_PADDING = 26;

export interface TokenColumnsGeometry {
  width: number;
  height: number;
  rowHeight: number;
  columnWidth: number;
  /** Left edge of the left column (queries) and of the right column (keys). */
  leftX: number;
  rightX: number;
  /** Where lines start (the left column's right edge) and end (the right column's left edge). */
  lineStartX: number;
  lineEndX: number;
  /** Vertical centre of each token's row. */
  rowCentres: number[];
}

/** Two columns of `tokens`, each column wide enough for the longest token (within limits). */
export function tokenColumns(
  tokens: readonly string[],
  options: Partial<TokenColumnsOptions> = {},
): TokenColumnsGeometry {
  const { rowHeight, charWidth, gap } = { ...DEFAULT_OPTIONS, ...options };
  const longest = Math.max(1, ...tokens.map((token) => token.length));
  const columnWidth = Math.min(Math.max(longest * charWidth + TOKEN_PADDING, 60), 180);
  const leftX = 0;
  const rightX = columnWidth + gap;
  return {
    width: rightX + columnWidth,
    height: tokens.length * rowHeight,
    rowHeight,
    columnWidth,
    leftX,
    rightX,
    lineStartX: leftX + columnWidth,
    lineEndX: rightX,
    rowCentres: tokens.map((_, i) => (i + 0.5) * rowHeight),
  };
}

/** How a line of attention weight `weight` (in [0, 1]) is drawn. */
export function lineStyle(weight: number): { width: number; opacity: number } {
  const w = Math.min(Math.max(weight, 0), 1);
  return {
    width: LINE_WIDTH.min + w * (LINE_WIDTH.max - LINE_WIDTH.min),
    // The square root lifts small weights enough to be seen without changing their order.
    opacity: LINE_OPACITY.min + Math.sqrt(w) * (LINE_OPACITY.max - LINE_OPACITY.min),
  };
}

/** One head's weights from the chosen query to every key. */
export interface HeadWeights {
  head: number;
  weights: ArrayLike<number>;
}

export interface AttentionLine {
  head: number;
  key: number;
  weight: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  opacity: number;
}

/**
 * A line from `query` to every key, for every head shown. With several heads, each head's lines
 * end a little apart inside the key's row so that overlaid heads stay distinguishable. Lines are
 * ordered lightest first, so the strongest are drawn on top.
 */
export function attentionLines(
  geometry: TokenColumnsGeometry,
  query: number,
  heads: readonly HeadWeights[],
): AttentionLine[] {
  const spread = Math.min(3, (geometry.rowHeight * 0.5) / Math.max(heads.length, 1));
  const lines = heads.flatMap(({ head, weights }, slot) => {
    const offset = (slot - (heads.length - 1) / 2) * spread;
    return Array.from(weights, (weight, key) => ({
      head,
      key,
      weight,
      x1: geometry.lineStartX,
      y1: geometry.rowCentres[query] + offset,
      x2: geometry.lineEndX,
      y2: geometry.rowCentres[key] + offset,
      ...lineStyle(weight),
    }));
  });
  return lines.sort((a, b) => a.weight - b.weight);
}
