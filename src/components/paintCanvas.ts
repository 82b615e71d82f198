/** Paints a grid of cells on a canvas: the renderer for matrices too big for one SVG node per cell. */
import type { GridGeometry } from './geometry';
import { MASKED_COLOR } from './scales';

export interface CanvasCells {
  geometry: GridGeometry;
  values: ArrayLike<number>;
  color(value: number): string;
  /**
   * Names the colour mapping: two paints with the same key give every value the same colour.
   * With it, a canvas asked to paint what it already shows (a model's weights, the same on every
   * run) is left as it is.
   */
  colorKey?: string;
  isMasked(row: number, col: number, value: number): boolean;
  /** Rows outlined as selected. */
  selectedRow?: number;
}

interface Painted {
  cells: CanvasCells;
  ratio: number;
  masked: Uint8Array;
}

/** What each canvas last showed: exported figures carry the cells' numbers, repaints are skipped. */
const painted = new WeakMap<HTMLCanvasElement, Painted>();

export function cellsPaintedOn(canvas: HTMLCanvasElement): CanvasCells | undefined {
  return painted.get(canvas)?.cells;
}

/**
 * Draws every cell at the screen's pixel density, times the zoom the canvas is drawn under (the
 * projector's, the reader's text size), so that a zoomed grid stays sharp; masked cells grey with
 * a diagonal hatch.
 */
export function paintCanvas(canvas: HTMLCanvasElement, cells: CanvasCells): void {
  const { geometry, values } = cells;
  const { rows, cols, cellWidth, cellHeight, gap } = geometry;
  const density = typeof window === 'undefined' ? 1 : (window.devicePixelRatio ?? 1);
  // Browsers without CSS zoom (and test DOMs) have no currentCSSZoom.
  const zoom = 'currentCSSZoom' in canvas ? canvas.currentCSSZoom : 1;
  const ratio = density * zoom;
  const masked = new Uint8Array(rows * cols);
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const i = row * cols + col;
      masked[i] = cells.isMasked(row, col, values[i]) ? 1 : 0;
    }
  }
  const last = painted.get(canvas);
  painted.set(canvas, { cells, ratio, masked });
  if (last && ratio === last.ratio && showsTheSame(last, cells, masked)) return;

  const width = Math.ceil(geometry.width * ratio);
  const height = Math.ceil(geometry.height * ratio);
  // Setting a canvas's size clears it and reallocates its pixels, even to the same size.
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, geometry.width, geometry.height);
  for (let row = 0; row < rows; row++) {
    const y = row * (cellHeight + gap);
    for (let col = 0; col < cols; col++) {
      const i = row * cols + col;
      const x = col * (cellWidth + gap);
      if (masked[i]) {
        context.fillStyle = MASKED_COLOR;
        context.fillRect(x, y, cellWidth, cellHeight);
        hatch(context, { x, y, width: cellWidth, height: cellHeight });
      } else {
        context.fillStyle = cells.color(values[i]);
        context.fillRect(x, y, cellWidth, cellHeight);
      }
    }
  }
  if (cells.selectedRow !== undefined) {
    const y = cells.selectedRow * (cellHeight + gap);
    context.strokeStyle = '#1d2433';
    context.lineWidth = 2;
    context.strokeRect(1, y + 1, geometry.width - 2, cellHeight - 2);
  }
}

/** Whether painting `cells` would draw exactly what the canvas shows since `last`. */
function showsTheSame(last: Painted, cells: CanvasCells, masked: Uint8Array): boolean {
  const before = last.cells;
  if (cells.colorKey === undefined || cells.colorKey !== before.colorKey) return false;
  if (cells.selectedRow !== before.selectedRow) return false;
  const [a, b] = [before.geometry, cells.geometry];
  if (
    a.rows !== b.rows ||
    a.cols !== b.cols ||
    a.cellWidth !== b.cellWidth ||
    a.cellHeight !== b.cellHeight ||
    a.gap !== b.gap
  ) {
    return false;
  }
  const [x, y] = [before.values, cells.values];
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== y[i] && !(Number.isNaN(x[i]) && Number.isNaN(y[i]))) return false;
  }
  return masked.every((flag, i) => flag === last.masked[i]);
}

function hatch(
  context: CanvasRenderingContext2D,
  box: { x: number; y: number; width: number; height: number },
): void {
  context.save();
  context.beginPath();
  context.rect(box.x, box.y, box.width, box.height);
  context.clip();
  context.strokeStyle = '#8a8a8a';
  context.lineWidth = 1;
  context.beginPath();
  for (let offset = -box.height; offset < box.width; offset += 5) {
    context.moveTo(box.x + offset, box.y + box.height);
    context.lineTo(box.x + offset + box.height, box.y);
  }
  context.stroke();
  context.restore();
}
