/**
 * A matrix as rows × cols coloured cells with row and column labels and a shape caption such as
 * "Q  [9 × 16]". SVG for small matrices, canvas above CANVAS_THRESHOLD cells. Every cell's value
 * shows on hover and on keyboard focus (arrow keys move, Enter or Space picks the cell).
 */
import { useState, type KeyboardEvent, type MouseEvent } from 'react';
import { divergingScale, maxAbsOf, type ColorScale } from './scales';
import { shapeCaption } from './format';
import { useText } from '../i18n';
import { ColumnLabels } from './ColumnLabels';
import { cellAt, cellBox, gridGeometry, moveCell, shouldUseCanvas } from './geometry';
import { GridCellsSvg } from './GridCellsSvg';
import { CellsCanvas } from './CellsCanvas';
import { NumbersTable } from './NumbersTable';
import { Tooltip } from './Tooltip';
import './components.css';

export interface Cell {
  row: number;
  col: number;
}

export interface MatrixGridProps {
  /** rows × cols values in row-major order. */
  values: ArrayLike<number>;
  rows: number;
  cols: number;
  /** The matrix's name, written with its shape above it: "Q  [9 × 16]". */
  name?: string;
  /** Replaces the "name  [rows × cols]" caption. */
  caption?: string;
  rowLabels?: readonly string[];
  colLabels?: readonly string[];
  /** Defaults to a diverging scale around 0 fitted to these values. */
  scale?: ColorScale;
  cellSize?: number;
  /** Widest the cells may be; wider matrices shrink their cells. */
  maxWidth?: number;
  renderer?: 'auto' | 'svg' | 'canvas';
  /** Writes each value inside its cell (SVG only). */
  showNumbers?: boolean;
  selectedRow?: number;
  /** Cells drawn grey and hatched; by default those holding −∞ or NaN. */
  isMasked?(row: number, col: number, value: number): boolean;
  /** Hover text of a cell; by default "row label, column label: value". */
  describeCell?(row: number, col: number, value: number): string;
  onCellClick?(row: number, col: number): void;
  ariaLabel?: string;
  /** Adds the "Show the numbers" table under the grid. */
  withNumbers?: boolean;
}

/** Two scales with the same key colour every value alike: same kind, domain and colours. */
function defaultMasked(_row: number, _col: number, value: number): boolean {
  return value === -Infinity || Number.isNaN(value);
}

export function MatrixGrid(props: MatrixGridProps) {
  const { values, rows, cols, rowLabels, colLabels, selectedRow, onCellClick } = props;
  const isMasked = props.isMasked ?? defaultMasked;
  const scale = props.scale ?? divergingScale(maxAbsOf(values));
  const geometry = gridGeometry(rows, cols, {
    cellSize: props.cellSize ?? (props.showNumbers ? 34 : 18),
    maxWidth: props.maxWidth ?? 640,
  });
  const useCanvas =
    props.renderer === 'canvas' || (props.renderer !== 'svg' && shouldUseCanvas(rows, cols));
  const [active, setActive] = useState<Cell | null>(null);
  const text = useText().components;

  const describe = (row: number, col: number) => {
    const value = values[row * cols + col];
    if (props.describeCell) return props.describeCell(row, col, value);
    const rowName = rowLabels?.[row] ?? text.rowName(row);
    const colName = colLabels?.[col] ?? text.columnName(col);
    return text.cell(
      rowName,
      colName,
      isMasked(row, col, value) ? text.masked : text.number(value),
    );
  };

  const pointerCell = (event: MouseEvent<HTMLDivElement>) => {
    const area = event.currentTarget;
    const bounds = area.getBoundingClientRect();
    // The grid's pixels are the screen's divided by the zoom it is drawn under (the projector's
    // zoom, the reader's text size): zoom = drawn width / laid-out width.
    const zoom = area.offsetWidth > 0 ? bounds.width / area.offsetWidth : 1;
    return cellAt(
      geometry,
      (event.clientX - bounds.left) / zoom,
      (event.clientY - bounds.top) / zoom,
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.key === 'Enter' || event.key === ' ') && active) {
      event.preventDefault();
      onCellClick?.(active.row, active.col);
      return;
    }
    const moved = moveCell(geometry, active ?? { row: selectedRow ?? 0, col: 0 }, event.key);
    if (event.key.startsWith('Arrow') || event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      setActive(moved);
    }
  };

  const caption = props.caption ?? (props.name ? shapeCaption(props.name, [rows, cols]) : null);
  const activeBox = active ? cellBox(geometry, active.row, active.col) : null;
  const summary = props.ariaLabel ?? text.matrixLabel(caption ?? text.matrix, rows, cols);

  return (
    <figure className="cmp-figure" style={{ margin: 0 }}>
      {caption && <figcaption className="cmp-caption">{caption}</figcaption>}
      <div className="cmp-grid">
        <div />
        <ColumnLabels labels={colLabels} geometry={geometry} />
        <div className="cmp-grid-rowlabels">
          {rowLabels?.map((text, row) => (
            <span
              key={row}
              className={row === selectedRow ? 'cmp-grid-label-selected' : undefined}
              style={{ height: geometry.cellHeight, marginBottom: geometry.gap }}
            >
              {text}
            </span>
          ))}
        </div>
        <div
          className="cmp-grid-area"
          role="img"
          aria-label={summary}
          tabIndex={0}
          data-clickable={onCellClick ? 'true' : 'false'}
          data-renderer={useCanvas ? 'canvas' : 'svg'}
          title={active ? describe(active.row, active.col) : undefined}
          style={{ width: geometry.width, height: geometry.height }}
          onMouseMove={(event) => setActive(pointerCell(event))}
          onMouseLeave={() => setActive(null)}
          onBlur={() => setActive(null)}
          onClick={(event) => {
            const cell = pointerCell(event);
            if (cell) onCellClick?.(cell.row, cell.col);
          }}
          onKeyDown={onKeyDown}
        >
          {useCanvas ? (
            <CellsCanvas
              geometry={geometry}
              values={values}
              scale={scale}
              isMasked={isMasked}
              selectedRow={selectedRow}
            />
          ) : (
            <GridCellsSvg
              geometry={geometry}
              values={values}
              scale={scale}
              isMasked={isMasked}
              describe={describe}
              showNumbers={props.showNumbers ?? false}
              selectedRow={selectedRow}
              activeCell={active}
            />
          )}
          {active && activeBox && (
            <Tooltip
              x={activeBox.x + activeBox.width / 2}
              y={activeBox.y}
              text={describe(active.row, active.col)}
            />
          )}
        </div>
      </div>
      {props.withNumbers && (
        <NumbersTable
          caption={caption ?? summary}
          values={values}
          cols={cols}
          rowLabels={rowLabels}
          colLabels={colLabels}
        />
      )}
    </figure>
  );
}
