/** Reading back what a matrix figure drew: the numbers of its cells and its captions. */
import { fireEvent, within } from '@testing-library/react';

export interface DrawnMatrix {
  rows: number;
  cols: number;
  values: Float64Array;
}

/** The matrix drawn for `symbol` as SVG cells, read from their data-value attributes. */
export function drawnMatrix(root: ParentNode, symbol: string): DrawnMatrix {
  const part = root.querySelector(`.mx-part[data-symbol="${symbol}"]`);
  if (!part) throw new Error(`no matrix ${symbol} drawn`);
  const cells = Array.from(part.querySelectorAll('g[data-row][data-col]'));
  if (cells.length === 0) throw new Error(`${symbol} has no SVG cells`);
  const rows = Math.max(...cells.map((g) => Number(g.getAttribute('data-row')))) + 1;
  const cols = Math.max(...cells.map((g) => Number(g.getAttribute('data-col')))) + 1;
  const values = new Float64Array(rows * cols).fill(NaN);
  for (const g of cells) {
    const row = Number(g.getAttribute('data-row'));
    const col = Number(g.getAttribute('data-col'));
    values[row * cols + col] = Number(g.getAttribute('data-value'));
  }
  return { rows, cols, values };
}

/** Every caption of a figure: "Q₂: 6 × 8 (paper: n × 64)". */
export function captions(root: ParentNode): string[] {
  return Array.from(root.querySelectorAll('[data-caption]')).map(
    (label) => label.getAttribute('data-caption') ?? '',
  );
}

/**
 * The hover text of cell (row, col) of the matrix drawn for `symbol`, canvas or SVG. jsdom lays
 * nothing out, so a grid's box sits at 0, 0 and pointer and grid coordinates agree.
 */
export function hoverText(
  root: ParentNode,
  symbol: string,
  row: number,
  col: number,
  cell: { width: number; height: number },
): string {
  const part = root.querySelector<HTMLElement>(`.mx-part[data-symbol="${symbol}"]`);
  const area = part?.querySelector('.cmp-grid-area');
  if (!part || !area) throw new Error(`no matrix ${symbol} drawn`);
  fireEvent.mouseMove(area, {
    clientX: (col + 0.5) * cell.width,
    clientY: (row + 0.5) * cell.height,
  });
  return within(part).getByRole('status').textContent ?? '';
}

/**
 * The matrix `symbol` as the figure's "Show the numbers" tables give it, the text alternative
 * of grids painted on a canvas. Opens every closed set of tables first.
 */
export function tabledMatrix(root: HTMLElement, symbol: string): DrawnMatrix {
  for (const toggle of within(root).queryAllByRole('button', { name: 'Show the numbers' })) {
    fireEvent.click(toggle);
  }
  const table = Array.from(root.querySelectorAll('table')).find((t) =>
    t.querySelector('caption')?.textContent?.startsWith(`${symbol}:`),
  );
  if (!table) throw new Error(`no table of ${symbol}`);
  const rows = Array.from(table.querySelectorAll('tbody tr'));
  const cols = rows[0]?.querySelectorAll('td').length ?? 0;
  const values = Float64Array.from(
    rows.flatMap((tr) => Array.from(tr.querySelectorAll('td'), (td) => Number(td.dataset.value))),
  );
  return { rows: rows.length, cols, values };
}
