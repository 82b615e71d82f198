/**
 * Geometry of the output layer's bar chart: one row per top word, bar length proportional to its
 * probability. Pure, tested without a DOM.
 */

export interface BarRow {
  /** Top of the row. */
  y: number;
  /** Length of the bar, from barLeft. */
  length: number;
}

export interface BarsLayout {
  width: number;
  height: number;
  rowHeight: number;
  /** Where the bars start; the word and its index sit left of it. */
  barLeft: number;
  /** Length of a bar of probability `scaleMax`. */
  barSpace: number;
  /** The probability a full-length bar stands for: 1, or the largest shown when all are small. */
  scaleMax: number;
  rows: BarRow[];
}

export const BARS_WIDTH = 620;
const ROW_HEIGHT = 24;
const LABEL_WIDTH = 170;
/** Room right of the longest bar for its printed probability. */
const VALUE_WIDTH = 70;
/** Below this top probability the bars are scaled to it, else they would be too short to read. */
const ZOOM_BELOW = 0.2;

/**
 * Bars for probabilities given best first. Full length is probability 1, unless every one is
 * below ZOOM_BELOW: then the largest is full length, and the chart says so (scaleMax).
 */
export function probabilityBars(probabilities: readonly number[]): BarsLayout {
  const largest = probabilities.reduce((m, p) => Math.max(m, p), 0);
  const scaleMax = largest >= ZOOM_BELOW || largest === 0 ? 1 : largest;
  const barSpace = BARS_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const rows = probabilities.map((p, i) => ({
    y: i * ROW_HEIGHT,
    length: (Math.max(p, 0) / scaleMax) * barSpace,
  }));
  return {
    width: BARS_WIDTH,
    height: probabilities.length * ROW_HEIGHT,
    rowHeight: ROW_HEIGHT,
    barLeft: LABEL_WIDTH,
    barSpace,
    scaleMax,
    rows,
  };
}
