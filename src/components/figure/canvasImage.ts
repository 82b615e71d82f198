/**
 * A canvas of the page in the exported file: its pixels as an embedded PNG image, and over it one
 * invisible rect per cell carrying the cell's value, so the file still holds the figure's numbers.
 */
import { cellBox } from '../geometry';
import { cellsPaintedOn } from '../paintCanvas';
import type { Box } from './layout';
import { svgElement } from './svgNodes';

export function canvasImage(canvas: HTMLCanvasElement, box: Box, doc: Document): SVGGElement {
  const group = svgElement(doc, 'g', { class: 'figure-canvas' });
  group.append(
    svgElement(doc, 'image', {
      x: box.x,
      y: box.y,
      width: box.width,
      height: box.height,
      preserveAspectRatio: 'none',
      href: canvasPixels(canvas),
    }),
  );
  const cells = cellsPaintedOn(canvas);
  if (!cells) return group;
  const { geometry, values } = cells;
  // The canvas may be drawn at another size than its cells' geometry: scale them onto it.
  const scaleX = geometry.width > 0 ? box.width / geometry.width : 1;
  const scaleY = geometry.height > 0 ? box.height / geometry.height : 1;
  for (let row = 0; row < geometry.rows; row++) {
    for (let col = 0; col < geometry.cols; col++) {
      const cell = cellBox(geometry, row, col);
      group.append(
        svgElement(doc, 'rect', {
          x: box.x + cell.x * scaleX,
          y: box.y + cell.y * scaleY,
          width: cell.width * scaleX,
          height: cell.height * scaleY,
          fill: 'none',
          'data-row': row,
          'data-col': col,
          'data-value': String(values[row * geometry.cols + col]),
        }),
      );
    }
  }
  return group;
}

/** The canvas as a PNG data URL; an empty one when the browser will not give its pixels. */
function canvasPixels(canvas: HTMLCanvasElement): string {
  try {
    return canvas.toDataURL('image/png');
  } catch {
    return 'data:,';
  }
}
