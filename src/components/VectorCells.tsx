/**
 * One vector as a row of coloured cells: what the post draws as a strip of boxes. Each cell's
 * value shows on hover (title and tooltip) and on keyboard focus; a d_model = 512 vector fits one
 * line in compact mode, where cells shrink to a pixel or two.
 */
import { useState, type KeyboardEvent } from 'react';
import { divergingScale, maxAbsOf, textColorOn, type ColorScale } from './scales';
import { useText } from '../i18n';
import { cellBox, gridGeometry } from './geometry';
import { Tooltip } from './Tooltip';
import './components.css';

export interface VectorCellsProps {
  values: ArrayLike<number>;
  /** Shown left of the cells: "x₁", "thinking". */
  label?: string;
  /** Name used in hover text: "x[3] = 0.841". Defaults to the label, or "value". */
  name?: string;
  /** Defaults to a diverging scale around 0 fitted to this vector. */
  scale?: ColorScale;
  /** Index of a cell to outline. */
  highlight?: number;
  /** Cells shrink to fit maxWidth, without gaps. Defaults to on above 32 values. */
  compact?: boolean;
  /** Writes each value inside its cell (ignored in compact mode). */
  showNumbers?: boolean;
  cellSize?: number;
  /** Widest the cells may be, in pixels, in compact mode. */
  maxWidth?: number;
  ariaLabel?: string;
  onHoverCell?(index: number | null): void;
}

export function VectorCells({
  values,
  label,
  name = label ?? 'value',
  scale,
  highlight,
  compact = values.length > 32,
  showNumbers = false,
  cellSize,
  maxWidth = 512,
  ariaLabel,
  onHoverCell,
}: VectorCellsProps) {
  const [hovered, setHovered] = useState<number | null>(null);
  const text = useText().components;
  const colorScale = scale ?? divergingScale(maxAbsOf(values));
  const size = cellSize ?? (showNumbers && !compact ? 38 : 14);
  const geometry = gridGeometry(1, values.length, {
    cellSize: size,
    gap: compact ? 0 : 1,
    maxWidth: compact ? maxWidth : Infinity,
  });

  const hover = (index: number | null) => {
    setHovered(index);
    onHoverCell?.(index);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const current = hovered ?? -1;
    const next =
      event.key === 'ArrowRight'
        ? Math.min(values.length - 1, current + 1)
        : event.key === 'ArrowLeft'
          ? Math.max(0, current - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? values.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    hover(next);
  };

  const describe = (index: number) => `${name}[${index}] = ${text.number(values[index])}`;
  const writesNumbers = showNumbers && !compact;
  const cells = [];
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    const box = cellBox(geometry, 0, index);
    cells.push(
      <span
        key={index}
        className={
          'cmp-vector-cell' +
          (compact ? ' cmp-compact' : '') +
          (index === highlight ? ' cmp-highlight' : '')
        }
        data-index={index}
        data-value={value}
        title={describe(index)}
        style={{
          width: box.width,
          height: box.height,
          marginRight: index < values.length - 1 ? geometry.gap : 0,
          background: colorScale.color(value),
          // Only a written number needs a readable colour; finding it costs more than the cell.
          color: writesNumbers ? textColorOn(value, colorScale) : undefined,
        }}
        onMouseEnter={() => hover(index)}
      >
        {writesNumbers ? text.number(value) : null}
      </span>,
    );
  }

  const summary =
    ariaLabel ??
    text.vectorSummary(
      label ?? name,
      values.length,
      text.number(minOf(values)),
      text.number(maxOf(values)),
    );
  const hoveredBox = hovered === null ? null : cellBox(geometry, 0, hovered);
  return (
    <div className="cmp-vector">
      {label !== undefined && <span className="cmp-vector-label">{label}</span>}
      <div
        className="cmp-vector-cells"
        role="img"
        aria-label={summary}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onMouseLeave={() => hover(null)}
        onBlur={() => hover(null)}
      >
        {cells}
        {hovered !== null && hoveredBox && (
          <Tooltip x={hoveredBox.x + hoveredBox.width / 2} y={0} text={describe(hovered)} />
        )}
      </div>
    </div>
  );
}

function minOf(values: ArrayLike<number>): number {
  let least = Infinity;
  for (let i = 0; i < values.length; i++) if (values[i] < least) least = values[i];
  return least;
}

function maxOf(values: ArrayLike<number>): number {
  let largest = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i] > largest) largest = values[i];
  return largest;
}
