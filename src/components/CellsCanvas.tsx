/**
 * A grid of coloured cells painted on one canvas, for grids with too many cells for one SVG node
 * each (the large matrices, the attention maps' small multiples). The cells' numbers stay on the
 * canvas (cellsPaintedOn), for the figure's export and for tests.
 */
import { useEffect, useRef } from 'react';
import type { GridGeometry } from './geometry';
import { paintCanvas } from './paintCanvas';
import type { ColorScale } from './scales';

export interface CellsCanvasProps {
  geometry: GridGeometry;
  values: ArrayLike<number>;
  scale: ColorScale;
  isMasked(row: number, col: number, value: number): boolean;
  selectedRow?: number;
}

/** Two scales that give every value the same colour have the same key. */
function colorKeyOf(scale: ColorScale): string {
  return `${scale.kind} ${scale.min} ${scale.max} ${scale.at(0)} ${scale.at(0.5)} ${scale.at(1)}`;
}

export function CellsCanvas({ geometry, values, scale, isMasked, selectedRow }: CellsCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvasRef.current) return;
    paintCanvas(canvasRef.current, {
      geometry,
      values,
      color: scale.color,
      colorKey: colorKeyOf(scale),
      isMasked,
      selectedRow,
    });
  });
  return (
    <canvas
      ref={canvasRef}
      style={{ width: geometry.width, height: geometry.height }}
      aria-hidden="true"
    />
  );
}
