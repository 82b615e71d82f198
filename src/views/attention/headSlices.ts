/**
 * Reading one head out of a per-head trace tensor (h, rows, cols): its matrix, or one row of it.
 * The slices share the trace's memory, so nothing is copied when a view redraws.
 */
import type { Tensor } from '../../engine';

export interface HeadMatrix {
  rows: number;
  cols: number;
  /** rows × cols numbers, row-major. */
  values: Float32Array;
}

/** Head `head` of a (h, rows, cols) tensor. */
export function headMatrix(t: Tensor, head: number): HeadMatrix {
  const [heads, rows, cols] = t.shape;
  if (t.shape.length !== 3 || head < 0 || head >= heads) {
    throw new Error(`headMatrix: no head ${head} in a tensor of shape [${t.shape.join(', ')}]`);
  }
  const size = rows * cols;
  return { rows, cols, values: t.data.subarray(head * size, (head + 1) * size) };
}

/** Row `row` of head `head` of a (h, rows, cols) tensor. */
export function headRow(t: Tensor, head: number, row: number): Float32Array {
  const { rows, cols, values } = headMatrix(t, head);
  if (row < 0 || row >= rows) {
    throw new Error(`headRow: no row ${row} in a head of ${rows} rows`);
  }
  return values.subarray(row * cols, (row + 1) * cols);
}

/** Every row of head `head`, one array per row. */
export function headRows(t: Tensor, head: number): Float32Array[] {
  const { rows, cols, values } = headMatrix(t, head);
  return Array.from({ length: rows }, (_, r) => values.subarray(r * cols, (r + 1) * cols));
}
