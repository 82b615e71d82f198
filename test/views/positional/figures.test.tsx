// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { positionalEncoding } from '../../../src/engine';
import { formatValue } from '../../../src/components';
import { row } from '../../../src/engine/tensor';
import { PeHeatmapFigure } from '../../../src/views/positional/PeHeatmapFigure';
import { PositionSumFigure } from '../../../src/views/positional/PositionSumFigure';
import { ToyTableFigure } from '../../../src/views/positional/ToyTableFigure';
import { CONFIG, displayedValues, makeRun } from '../runFixture';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const run = makeRun();

describe('PositionSumFigure', () => {
  it('shows x, t and x + t per token, the displayed sum equal to the displayed x plus t', () => {
    render(
      <PositionSumFigure
        tokens={run.sourceTokens}
        embed={run.get('src.embed')}
        pe={run.get('src.pe')}
        input={run.get('src.input')}
        selected={0}
      />,
    );
    const labels = document.querySelectorAll('.pos-token');
    expect([...labels].map((label) => label.textContent)).toEqual(
      run.sourceTokens.map((token, p) => `${p + 1}: ${token}`),
    );
    for (let p = 0; p < run.sourceTokens.length; p++) {
      const x = displayedValues(screen.getByTestId(`pos-x-${p}`));
      const t = displayedValues(screen.getByTestId(`pos-t-${p}`));
      const sum = displayedValues(screen.getByTestId(`pos-input-${p}`));
      expect(x).toEqual([...row(run.get('src.embed'), p)]);
      expect(t).toEqual([...row(run.get('src.pe'), p)]);
      expect(sum).toEqual(x.map((value, i) => Math.fround(value + t[i])));
    }
  });

  it('writes out the selected word’s x, t and x + t, eight numbers at a time, in a table', () => {
    const word = 2;
    render(
      <PositionSumFigure
        tokens={run.sourceTokens}
        embed={run.get('src.embed')}
        pe={run.get('src.pe')}
        input={run.get('src.input')}
        selected={word}
      />,
    );
    const table = screen.getByRole('table', { name: /close-up of/i });
    expect(table.querySelector('caption')?.textContent).toContain(`“${run.sourceTokens[word]}”`);
    const rowsOf = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((tr) => [...tr.querySelectorAll('td')]);
    const expectWindow = (first: number) => {
      const [x, t, sum] = rowsOf();
      const tensors = [run.get('src.embed'), run.get('src.pe'), run.get('src.input')];
      [x, t, sum].forEach((cells, r) => {
        const values = row(tensors[r], word);
        expect(cells.map((cell) => cell.textContent)).toEqual(
          Array.from({ length: 8 }, (_, i) => formatValue(values[first + i])),
        );
      });
      // the sum row is the sum of the two rows above it, number by number
      sum.forEach((cell, i) =>
        expect(Number(cell.dataset.value)).toBe(
          Math.fround(Number(x[i].dataset.value) + Number(t[i].dataset.value)),
        ),
      );
    };
    expectWindow(0);
    expect(screen.getByRole('button', { name: 'Earlier numbers' })).toHaveProperty(
      'disabled',
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Later numbers' }));
    expectWindow(8);
    for (let i = 0; i < CONFIG.dModel / 8; i++) {
      fireEvent.click(screen.getByRole('button', { name: 'Later numbers' }));
    }
    expectWindow(CONFIG.dModel - 8);
    expect(screen.getByRole('button', { name: 'Later numbers' })).toHaveProperty('disabled', true);
  });

  it('adds the encodings the engine computes for the model’s layout', () => {
    const pe = run.get('src.pe');
    const expected = positionalEncoding(pe.shape[0], CONFIG.dModel, CONFIG.positionalLayout);
    expect([...pe.data]).toEqual([...expected.data]);
  });
});

describe('ToyTableFigure', () => {
  it('reads the post’s numbers back from the rendered table', () => {
    render(
      <ToyTableFigure
        modelEncodings={run.get('src.pe')}
        tokens={run.sourceTokens}
        modelLayout="concatenated"
      />,
    );
    const rows = within(screen.getByTestId('toy-table')).getAllByRole('row').slice(1);
    const cells = rows.map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );
    expect(cells).toEqual([
      ['0', '0', '1', '1'],
      ['.841', '.0001', '.540', '1'],
      ['.909', '.0002', '-.416', '1'],
    ]);
  });

  it('offers the model’s own encodings of the sentence at its real width', () => {
    const pe = run.get('src.pe');
    render(
      <ToyTableFigure modelEncodings={pe} tokens={run.sourceTokens} modelLayout="concatenated" />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show the model’s encodings (d = 64)' }));
    const table = screen.getAllByRole('table').find((t) => t.textContent?.includes('src.pe'));
    const firstRow = within(table as HTMLElement).getAllByRole('row')[2];
    const values = within(firstRow)
      .getAllByRole('cell')
      .map((c) => Number(c.dataset.value));
    expect(values).toEqual([...row(pe, 1)]);
  });
  it('counts the words from 1 in every row label, beside the formula’s pos from 0', () => {
    const pe = run.get('src.pe');
    render(
      <ToyTableFigure modelEncodings={pe} tokens={run.sourceTokens} modelLayout="concatenated" />,
    );
    const toyRows = within(screen.getByTestId('toy-table')).getAllByRole('rowheader');
    expect(toyRows.map((r) => r.textContent)).toEqual([
      '1 (pos = 0)',
      '2 (pos = 1)',
      '3 (pos = 2)',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Show the model’s encodings (d = 64)' }));
    const table = screen.getAllByRole('table').find((t) => t.textContent?.includes('src.pe'));
    const labels = within(table as HTMLElement)
      .getAllByRole('rowheader')
      .map((r) => r.textContent);
    expect(labels).toEqual(run.sourceTokens.map((token, p) => `${p + 1}: ${token}`));
  });
});

describe('PeHeatmapFigure', () => {
  const values = (section: HTMLElement) =>
    [...section.querySelectorAll('g[data-row]')].map((g) => Number(g.getAttribute('data-value')));

  it('draws both layouts from the engine, marking the one the model uses', () => {
    render(<PeHeatmapFigure modelDModel={8} modelLayout="interleaved" initialLength={5} />);
    const concatenated = screen.getByTestId('pe-heatmap-concatenated');
    const interleaved = screen.getByTestId('pe-heatmap-interleaved');
    expect(values(concatenated)).toEqual([...positionalEncoding(5, 8, 'concatenated').data]);
    expect(values(interleaved)).toEqual([...positionalEncoding(5, 8, 'interleaved').data]);
    expect(within(interleaved).queryByText('used by this model')).not.toBeNull();
    expect(within(concatenated).queryByText('used by this model')).toBeNull();
  });

  it('follows the length control and switches to the paper’s 512 dimensions', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    render(<PeHeatmapFigure modelDModel={8} modelLayout="concatenated" initialLength={5} />);
    fireEvent.change(screen.getByRole('slider'), { target: { value: '12' } });
    const section = screen.getByTestId('pe-heatmap-concatenated');
    expect(within(section).getByText('12 positions × 8 dimensions')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /the paper \(512\)/ }));
    expect(within(section).getByText('12 positions × 512 dimensions')).toBeTruthy();
    expect(section.querySelector('[data-renderer]')?.getAttribute('data-renderer')).toBe('canvas');
  });
});
