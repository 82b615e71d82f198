/**
 * One matrix of a figure drawn at an exact cell size: its numbers as a MatrixGrid (value on
 * hover), or, when the page does not hold its numbers, a dashed box of the same size. Lines can
 * be drawn over it (the boundaries between heads) and one column outlined.
 */
import {
  ColorLegend,
  MatrixGrid,
  divergingScale,
  maxAbsOf,
  sequentialScale,
  type ColorScale,
} from '../../components';
import type { GridSizing } from './layout';
import type { PaperDimension } from './shapes';
import { useText } from '../../i18n';
import './matrices.css';

export interface MatrixPart {
  /** The symbol in TeX (W^Q_{0}) and in plain text (W^Q_0). */
  tex: string;
  symbol: string;
  /** rows × cols. */
  shape: readonly [number, number];
  paper: readonly PaperDimension[];
  /** Row-major values; null when the page does not hold them (the model's weights). */
  values: ArrayLike<number> | null;
}

export interface PartGridProps {
  part: MatrixPart;
  sizing: GridSizing;
  /** Column pitch in pixels, to place the outline of `highlightColumn`. */
  pitch: number;
  rowLabels?: readonly string[];
  colLabels?: readonly string[];
  /** Names of rows and columns in the hover text when no labels are drawn (small multiples). */
  rowNames?: readonly string[];
  colNames?: readonly string[];
  renderer?: 'auto' | 'svg' | 'canvas';
  /** Defaults to a diverging scale fitted to this matrix. */
  scale?: ColorScale;
  /** Attention weights in [0, 1]: a sequential scale instead of one diverging around 0. */
  weights?: boolean;
  selectedRow?: number;
  highlightColumn?: number;
  /** Pixel offsets of vertical / horizontal lines drawn over the cells. */
  verticalLines?: readonly number[];
  horizontalLines?: readonly number[];
  onCellClick?(row: number, col: number): void;
  legend?: boolean;
}

/**
 * Above this many cells a matrix is painted on a canvas: a page of these figures would
 * otherwise hold thousands of SVG nodes to redraw on every sentence. Values still show on hover.
 */
export const SVG_CELL_LIMIT = 200;

/** Narrow enough for a head's columns, wide enough for three labels such as −0.748, 0, 0.748. */
const LEGEND_MIN = 110;
/** A dashed box narrower than this has no room to write its shape inside. */
const MISSING_LABEL_MIN = 16;
const LEGEND_MAX = 150;

export function PartGrid(props: PartGridProps) {
  const words = useText();
  const text = words.matrices;
  const { quoted, number } = words.components;
  const { part, sizing } = props;
  const [rows, cols] = part.shape;
  if (!part.values) {
    return (
      <div
        className="mx-missing"
        style={{ width: sizing.width, height: sizing.height }}
        data-symbol={part.symbol}
        role="img"
        aria-label={text.missing(part.symbol, rows, cols)}
      >
        {sizing.width >= MISSING_LABEL_MIN && sizing.height >= 3 * MISSING_LABEL_MIN && (
          <span>
            {rows} × {cols}
          </span>
        )}
      </div>
    );
  }
  const values = part.values;
  const scale =
    props.scale ?? (props.weights ? sequentialScale(1) : divergingScale(maxAbsOf(values)));
  const rowNames = props.rowNames ?? props.rowLabels;
  const colNames = props.colNames ?? props.colLabels;
  const rowName = (row: number) => (rowNames ? quoted(rowNames[row]) : `${row}`);
  const colName = (col: number) => (colNames ? quoted(colNames[col]) : `${col}`);
  const overlay =
    (props.verticalLines?.length ?? 0) > 0 ||
    (props.horizontalLines?.length ?? 0) > 0 ||
    props.highlightColumn !== undefined;
  return (
    <div className="mx-part" data-symbol={part.symbol}>
      <div className="mx-part-grid">
        <MatrixGrid
          values={values}
          rows={rows}
          cols={cols}
          rowLabels={props.rowLabels}
          colLabels={props.colLabels}
          scale={scale}
          renderer={props.renderer ?? (rows * cols > SVG_CELL_LIMIT ? 'canvas' : 'svg')}
          cellSize={sizing.cellSize}
          maxWidth={sizing.maxWidth}
          selectedRow={props.selectedRow}
          onCellClick={props.onCellClick}
          describeCell={(row, col, value) =>
            `${part.symbol}[${rowName(row)}, ${colName(col)}] = ${
              value === -Infinity ? text.masked : number(value)
            }`
          }
          ariaLabel={text.gridLabel(part.symbol, rows, cols, number(scale.min), number(scale.max))}
        />
        {overlay && (
          <svg
            className="mx-overlay"
            width={sizing.width}
            height={sizing.height}
            aria-hidden="true"
          >
            {props.verticalLines?.map((x) => (
              <line key={`v${x}`} x1={x} x2={x} y1={0} y2={sizing.height} />
            ))}
            {props.horizontalLines?.map((y) => (
              <line key={`h${y}`} x1={0} x2={sizing.width} y1={y} y2={y} />
            ))}
            {props.highlightColumn !== undefined && (
              <rect
                className="mx-column-outline"
                x={props.highlightColumn * props.pitch}
                y={1}
                width={props.pitch}
                height={sizing.height - 2}
              />
            )}
          </svg>
        )}
      </div>
      {props.legend && (
        <ColorLegend
          scale={scale}
          caption={props.weights ? text.weightLegend : text.valueLegend(part.symbol)}
          width={Math.min(Math.max(sizing.width, LEGEND_MIN), LEGEND_MAX)}
        />
      )}
    </div>
  );
}
