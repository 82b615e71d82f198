/**
 * The sum behind one cell of a product, written out: C[i][j] = (row i of A) · (column j of B)
 * + b[j], redone here from the numbers on screen when the weights are loaded, beside the value
 * the engine computed.
 */
import type { MatrixPart } from './PartGrid';
import type { ProductColumn } from './ProductFigure';
import { useText } from '../../i18n';
import './matrices.css';

export interface PinnedCell {
  /** Which product of the figure. */
  column: number;
  row: number;
  col: number;
}

export interface ProductReadoutProps {
  left: MatrixPart;
  leftRowLabels: readonly string[];
  columns: readonly ProductColumn[];
  pinned: PinnedCell | null;
}

/** Σ_k A[row][k] B[k][col] + b[col], accumulated in double precision. */
export function productCell(
  left: ArrayLike<number>,
  weight: ArrayLike<number>,
  bias: ArrayLike<number>,
  inner: number,
  cols: number,
  row: number,
  col: number,
): number {
  let sum = bias[col];
  for (let k = 0; k < inner; k++) sum += left[row * inner + k] * weight[k * cols + col];
  return sum;
}

export function ProductReadout({ left, leftRowLabels, columns, pinned }: ProductReadoutProps) {
  const words = useText();
  const text = words.matrices;
  const { quoted, number } = words.components;
  if (!pinned) {
    const results = columns.map((column) => column.result.symbol).join(', ');
    return (
      <p className="mx-readout" aria-live="polite">
        {text.readoutPrompt(results, left.symbol)}
      </p>
    );
  }
  const { weight, bias, result } = columns[pinned.column];
  const [, inner] = left.shape;
  const cols = result.shape[1];
  const token = quoted(leftRowLabels[pinned.row]);
  const engineValue = result.values?.[pinned.row * cols + pinned.col] ?? NaN;
  const recomputed =
    left.values && weight.values && bias.values
      ? productCell(left.values, weight.values, bias.values, inner, cols, pinned.row, pinned.col)
      : null;
  return (
    <p className="mx-readout" aria-live="polite" data-testid="product-readout">
      <strong>
        {result.symbol}[{token}, {pinned.col}]
      </strong>{' '}
      {text.readoutSum(token, left.symbol, pinned.col, weight.symbol, bias.symbol)}
      {recomputed === null
        ? text.readoutNotLoaded(<span data-value={engineValue}>{number(engineValue)}</span>, inner)
        : text.readoutRedone(
            <span data-recomputed={recomputed}>{number(recomputed)}</span>,
            inner,
            <span data-value={engineValue}>{number(engineValue)}</span>,
          )}
    </p>
  );
}
