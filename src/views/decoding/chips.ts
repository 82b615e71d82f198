/**
 * Word chips laid out in rows that wrap: the tokens under and above the stacks of the decoder-side
 * diagram. Widths are estimated from the number of characters, so the layout needs no DOM.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const CHIP_HEIGHT = 24;
const CHIP_GAP = 6;
const ROW_GAP = 6;
/** A generous average glyph width of the chips' 12 px font, so that words never overflow. */
const CHAR_WIDTH = 7.2;
const CHIP_PADDING = 14;
const MIN_CHIP_WIDTH = 30;

export function chipWidth(label: string): number {
  return Math.max(MIN_CHIP_WIDTH, Math.ceil([...label].length * CHAR_WIDTH + CHIP_PADDING));
}

/**
 * Chips for `labels`, left to right from (left, top), starting a new row whenever the next chip
 * would pass left + maxWidth. Returns the boxes and the height they take.
 */
export function chipRows(
  labels: readonly string[],
  left: number,
  top: number,
  maxWidth: number,
): { chips: Box[]; height: number } {
  const chips: Box[] = [];
  let x = left;
  let y = top;
  for (const label of labels) {
    const width = Math.min(chipWidth(label), maxWidth);
    if (x > left && x + width > left + maxWidth) {
      x = left;
      y += CHIP_HEIGHT + ROW_GAP;
    }
    chips.push({ x, y, width, height: CHIP_HEIGHT });
    x += width + CHIP_GAP;
  }
  return { chips, height: labels.length === 0 ? CHIP_HEIGHT : y - top + CHIP_HEIGHT };
}

/** Boxes overlap when they share some area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
