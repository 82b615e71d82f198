/** Paints a grid of cells on a canvas: the renderer for matrices too big for one SVG node per cell. */
import { cellBox, type GridGeometry } from './geometry';
import { MASKED_COLOR } from './scales';

export interface CanvasCells {
  geometry: GridGeometry;
  values: ArrayLike<number>;
  color(value: number): string;
  isMasked(row: number, col: number, value: number): boolean;
  /** Rows outlined as selected. */
  selectedRow?: number;
}

/** What each canvas last showed, so that an exported figure can carry the cells' numbers. */
const paintedCells = new WeakMap<HTMLCanvasElement, CanvasCells>();

export function cellsPaintedOn(canvas: HTMLCanvasElement): CanvasCells | undefined {
  return paintedCells.get(canvas);
}

/** Draws every cell at the screen's pixel density; masked cells grey with a diagonal hatch. */
export function paintCanvas(canvas: HTMLCanvasElement, cells: CanvasCells): void {
  const { geometry, values } = cells;
  paintedCells.set(canvas, cells);
  const ratio = typeof window === 'undefined' ? 1 : (window.devicePixelRatio ?? 1);
  canvas.width = Math.ceil(geometry.width * ratio);
  canvas.height = Math.ceil(geometry.height * ratio);
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, geometry.width, geometry.height);
  for (let row = 0; row < geometry.rows; row++) {
    for (let col = 0; col < geometry.cols; col++) {
      const value = values[row * geometry.cols + col];
      const box = cellBox(geometry, row, col);
      if (cells.isMasked(row, col, value)) {
        context.fillStyle = MASKED_COLOR;
        context.fillRect(box.x, box.y, box.width, box.height);
        hatch(context, box);
      } else {
        context.fillStyle = cells.color(value);
        context.fillRect(box.x, box.y, box.width, box.height);
      }
    }
  }
  if (cells.selectedRow !== undefined) {
    const box = cellBox(geometry, cells.selectedRow, 0);
    context.strokeStyle = '#1d2433';
    context.lineWidth = 2;
    context.strokeRect(box.x + 1, box.y + 1, geometry.width - 2, box.height - 2);
  }
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
