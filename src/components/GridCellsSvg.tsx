/** The SVG renderer of MatrixGrid: one rect per cell, a hatch pattern for masked cells. */
import { useId } from 'react';
import { cellBox, type GridGeometry } from './geometry';
import { useText } from '../i18n';
import { MASKED_COLOR, textColorOn, type ColorScale } from './scales';

export interface GridCellsSvgProps {
  geometry: GridGeometry;
  values: ArrayLike<number>;
  scale: ColorScale;
  isMasked(row: number, col: number, value: number): boolean;
  describe(row: number, col: number): string;
  showNumbers: boolean;
  selectedRow?: number;
  activeCell: { row: number; col: number } | null;
}

export function GridCellsSvg({
  geometry,
  values,
  scale,
  isMasked,
  describe,
  showNumbers,
  selectedRow,
  activeCell,
}: GridCellsSvgProps) {
  const hatchId = useId();
  const text = useText().components;
  const rects = [];
  for (let row = 0; row < geometry.rows; row++) {
    for (let col = 0; col < geometry.cols; col++) {
      const value = values[row * geometry.cols + col];
      const box = cellBox(geometry, row, col);
      const masked = isMasked(row, col, value);
      rects.push(
        <g key={`${row}-${col}`} data-row={row} data-col={col} data-value={value}>
          <rect
            x={box.x}
            y={box.y}
            width={box.width}
            height={box.height}
            fill={masked ? `url(#${hatchId})` : scale.color(value)}
          >
            <title>{describe(row, col)}</title>
          </rect>
          {showNumbers && (
            <text
              x={box.x + box.width / 2}
              y={box.y + box.height / 2}
              dy="0.35em"
              textAnchor="middle"
              fontSize={Math.min(11, box.height * 0.5)}
              fill={masked ? '#1d2433' : textColorOn(value, scale)}
              pointerEvents="none"
            >
              {masked ? '−∞' : text.number(value)}
            </text>
          )}
        </g>,
      );
    }
  }
  const selectedBox = selectedRow === undefined ? null : cellBox(geometry, selectedRow, 0);
  const activeBox = activeCell ? cellBox(geometry, activeCell.row, activeCell.col) : null;
  return (
    <svg width={geometry.width} height={geometry.height} aria-hidden="true">
      <defs>
        <pattern
          id={hatchId}
          width={5}
          height={5}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width={5} height={5} fill={MASKED_COLOR} />
          <line x1={0} y1={0} x2={0} y2={5} stroke="#8a8a8a" strokeWidth={1.5} />
        </pattern>
      </defs>
      {rects}
      {selectedBox && (
        <rect
          className="cmp-grid-selected-row"
          x={1}
          y={selectedBox.y + 1}
          width={geometry.width - 2}
          height={selectedBox.height - 2}
          fill="none"
          stroke="#1d2433"
          strokeWidth={2}
        />
      )}
      {activeBox && (
        <rect
          x={activeBox.x}
          y={activeBox.y}
          width={activeBox.width}
          height={activeBox.height}
          fill="none"
          stroke="#3b5bdb"
          strokeWidth={2}
        />
      )}
    </svg>
  );
}
