// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import {
  ColorLegend,
  divergingScale,
  formatValue,
  Heatmap,
  MatrixGrid,
  NumbersTable,
  sequentialScale,
  VectorCells,
} from '../../src/components';
import { seededRandom } from '../../src/engine';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function seededValues(count: number, seed: number): Float32Array {
  const random = seededRandom(seed);
  return Float32Array.from({ length: count }, () => random() * 4 - 2);
}

describe('VectorCells', () => {
  it('draws one cell per value carrying that value, and shows it on hover', () => {
    const values = seededValues(8, 1);
    const { container } = render(<VectorCells values={values} label="x" />);
    const cells = container.querySelectorAll<HTMLElement>('.cmp-vector-cell');
    expect(cells).toHaveLength(8);
    cells.forEach((cell, i) => {
      expect(Number(cell.dataset.value)).toBe(values[i]);
      expect(cell.title).toBe(`x[${i}] = ${formatValue(values[i])}`);
    });
    fireEvent.mouseEnter(cells[5]);
    expect(screen.getByRole('status').textContent).toBe(`x[5] = ${formatValue(values[5])}`);
  });

  it('writes the numbers inside the cells when asked', () => {
    const values = seededValues(4, 2);
    const { container } = render(<VectorCells values={values} showNumbers />);
    const texts = [...container.querySelectorAll('.cmp-vector-cell')].map((c) => c.textContent);
    expect(texts).toEqual([...values].map(formatValue));
  });

  it('outlines the highlighted cell only', () => {
    const { container } = render(<VectorCells values={seededValues(6, 3)} highlight={2} />);
    const outlined = container.querySelectorAll('.cmp-highlight');
    expect(outlined).toHaveLength(1);
    expect((outlined[0] as HTMLElement).dataset.index).toBe('2');
  });

  it('fits 512 values in compact cells of about a pixel', () => {
    const { container } = render(<VectorCells values={seededValues(512, 4)} maxWidth={512} />);
    const cells = container.querySelectorAll<HTMLElement>('.cmp-vector-cell.cmp-compact');
    expect(cells).toHaveLength(512);
    expect(parseFloat(cells[0].style.width)).toBeLessThanOrEqual(1);
  });

  it('reads values from the keyboard with the arrow keys', () => {
    const values = seededValues(5, 5);
    render(<VectorCells values={values} name="t" />);
    const strip = screen.getByRole('img');
    fireEvent.keyDown(strip, { key: 'ArrowRight' });
    fireEvent.keyDown(strip, { key: 'ArrowRight' });
    expect(screen.getByRole('status').textContent).toBe(`t[1] = ${formatValue(values[1])}`);
    fireEvent.keyDown(strip, { key: 'End' });
    expect(screen.getByRole('status').textContent).toBe(`t[4] = ${formatValue(values[4])}`);
  });
});

describe('MatrixGrid', () => {
  it('captions the matrix with its name and shape and draws every cell with its value', () => {
    const values = seededValues(3 * 4, 6);
    const { container } = render(<MatrixGrid values={values} rows={3} cols={4} name="Q" />);
    expect(container.querySelector('figcaption')?.textContent).toBe('Q  [3 × 4]');
    const cells = container.querySelectorAll<SVGGElement>('g[data-row]');
    expect(cells).toHaveLength(12);
    const cell = container.querySelector('g[data-row="2"][data-col="1"]');
    expect(Number(cell?.getAttribute('data-value'))).toBe(values[2 * 4 + 1]);
    expect(cell?.querySelector('title')?.textContent).toBe(
      `row 2, column 1: ${formatValue(values[9])}`,
    );
  });

  it('reports the clicked cell as (row, col) from the pointer position', () => {
    const onCellClick = vi.fn();
    render(
      <MatrixGrid
        values={seededValues(6, 7)}
        rows={2}
        cols={3}
        cellSize={10}
        onCellClick={onCellClick}
      />,
    );
    // jsdom lays nothing out: the grid's box starts at (0, 0), cells are 10 px with 1 px gaps.
    fireEvent.click(screen.getByRole('img'), { clientX: 25, clientY: 15 });
    expect(onCellClick).toHaveBeenCalledWith(1, 2);
  });

  it('moves through cells with the arrow keys and picks one with Enter', () => {
    const values = seededValues(6, 8);
    const onCellClick = vi.fn();
    render(
      <MatrixGrid
        values={values}
        rows={2}
        cols={3}
        rowLabels={['a', 'b']}
        colLabels={['x', 'y', 'z']}
        onCellClick={onCellClick}
      />,
    );
    const grid = screen.getByRole('img');
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    expect(screen.getByRole('status').textContent).toBe(`b, y: ${formatValue(values[4])}`);
    fireEvent.keyDown(grid, { key: 'Enter' });
    expect(onCellClick).toHaveBeenCalledWith(1, 1);
  });

  it('switches to a canvas above 2,000 cells and still shows values on hover', () => {
    const values = seededValues(9 * 512, 9);
    // jsdom has no 2-D context; the grid must still answer hovers from its geometry.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const { container } = render(<MatrixGrid values={values} rows={9} cols={512} maxWidth={512} />);
    const area = container.querySelector<HTMLElement>('.cmp-grid-area');
    expect(area?.dataset.renderer).toBe('canvas');
    expect(container.querySelectorAll('rect')).toHaveLength(0);
    fireEvent.mouseMove(area as HTMLElement, { clientX: 300.5, clientY: 2 * 18 + 5 });
    expect(screen.getByRole('status').textContent).toBe(
      `row 2, column 300: ${formatValue(values[2 * 512 + 300])}`,
    );
  });

  it('offers the values as a table behind a toggle', () => {
    const values = seededValues(4, 10);
    render(<MatrixGrid values={values} rows={2} cols={2} name="K" withNumbers />);
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show the numbers' }));
    const cells = within(screen.getByRole('table')).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual([...values].map(formatValue));
  });
});

describe('Heatmap', () => {
  const tokens = ['je', 'suis', 'étudiant'];
  const weights = new Float32Array([1, 0, 0, 0.4, 0.6, 0, 0.2, 0.3, 0.5]);

  it('labels rows and columns with tokens and names cells by token pair', () => {
    const { container } = render(
      <Heatmap values={weights} rowTokens={tokens} colTokens={tokens} name="weights" />,
    );
    const cell = container.querySelector('g[data-row="1"][data-col="1"]');
    expect(cell?.querySelector('title')?.textContent).toBe('“suis” → “suis”: 0.6');
    expect(container.querySelector('.cmp-grid-rowlabels')?.textContent).toBe('jesuisétudiant');
  });

  it('hatches masked cells and calls them masked', () => {
    const { container } = render(
      <Heatmap
        values={weights}
        rowTokens={tokens}
        colTokens={tokens}
        isMasked={(row, col) => col > row}
      />,
    );
    const masked = container.querySelector('g[data-row="0"][data-col="2"]');
    expect(masked?.querySelector('rect')?.getAttribute('fill')).toMatch(/^url\(#/);
    expect(masked?.querySelector('title')?.textContent).toBe('“je” → “étudiant”: masked');
    const seen = container.querySelector('g[data-row="2"][data-col="2"]');
    expect(seen?.querySelector('rect')?.getAttribute('fill')).toBe(sequentialScale(1).color(0.5));
  });

  it('outlines the selected row and marks its label', () => {
    const { container } = render(
      <Heatmap values={weights} rowTokens={tokens} colTokens={tokens} selectedRow={2} />,
    );
    expect(container.querySelector('.cmp-grid-selected-row')).not.toBeNull();
    expect(container.querySelector('.cmp-grid-label-selected')?.textContent).toBe('étudiant');
  });
});

describe('ColorLegend', () => {
  it('ticks the minimum, 0 and the maximum of a diverging scale', () => {
    const { container } = render(<ColorLegend scale={divergingScale(2.5)} caption="value" />);
    const ticks = [...container.querySelectorAll('text')].map((t) => t.textContent);
    expect(ticks).toEqual(['-2.5', '0', '2.5']);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('value, from -2.5 to 2.5');
  });
});

describe('NumbersTable', () => {
  it('lays values out in rows of the given width with their labels', () => {
    const values = seededValues(6, 11);
    render(
      <NumbersTable
        caption="x"
        values={values}
        cols={3}
        rowLabels={['a', 'b']}
        colLabels={['0', '1', '2']}
        defaultOpen
      />,
    );
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[2].textContent).toBe('b' + [...values.slice(3)].map(formatValue).join(''));
    fireEvent.click(screen.getByRole('button', { name: 'Hide the numbers' }));
    expect(screen.queryByRole('table')).toBeNull();
  });
});
