/**
 * Attention weights as a heatmap: one row per query token, one column per key token, each cell
 * how much that query attends to that key. Masked positions (a later token the decoder may not
 * see) are grey and hatched, the selected query's row outlined.
 */
import { MatrixGrid } from './MatrixGrid';
import { useText } from '../i18n';
import { sequentialScale, type ColorScale } from './scales';

export interface HeatmapProps {
  /** rows × cols weights in row-major order, each in [0, 1] (or −∞ for masked scores). */
  values: ArrayLike<number>;
  rowTokens: readonly string[];
  colTokens: readonly string[];
  /** What the matrix is: "Attention weights, layer 1, head 2". Shape is appended. */
  name?: string;
  caption?: string;
  /** Defaults to a sequential scale over [0, 1]. */
  scale?: ColorScale;
  selectedRow?: number;
  /** Cells the mask hides; by default those holding −∞ or NaN. */
  isMasked?(row: number, col: number): boolean;
  onCellClick?(row: number, col: number): void;
  cellSize?: number;
  maxWidth?: number;
  showNumbers?: boolean;
  withNumbers?: boolean;
  ariaLabel?: string;
}

export function Heatmap(props: HeatmapProps) {
  const { values, rowTokens, colTokens, isMasked } = props;
  const rows = rowTokens.length;
  const cols = colTokens.length;
  const text = useText().components;
  const masked = (row: number, col: number, value: number) =>
    isMasked ? isMasked(row, col) : value === -Infinity || Number.isNaN(value);
  return (
    <MatrixGrid
      values={values}
      rows={rows}
      cols={cols}
      name={props.name}
      caption={props.caption}
      rowLabels={rowTokens}
      colLabels={colTokens}
      scale={props.scale ?? sequentialScale(1)}
      cellSize={props.cellSize ?? (props.showNumbers ? 34 : 22)}
      maxWidth={props.maxWidth}
      showNumbers={props.showNumbers}
      selectedRow={props.selectedRow}
      isMasked={masked}
      describeCell={(row, col, value) =>
        text.tokenCell(
          rowTokens[row],
          colTokens[col],
          masked(row, col, value) ? text.masked : text.number(value),
        )
      }
      onCellClick={props.onCellClick}
      withNumbers={props.withNumbers}
      ariaLabel={
        props.ariaLabel ??
        text.heatmapLabel(
          props.caption ?? props.name ?? text.heatmap,
          rows,
          rowTokens.join(' '),
          cols,
        )
      }
    />
  );
}
