// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatValue } from '../../../src/components';
import { cellsPaintedOn } from '../../../src/components/paintCanvas';
import type { Selection } from '../../../src/store';
import { AttentionMaps } from '../../../src/views/attention/AttentionMaps';
import { kindsInTrace } from '../../../src/views/attention/attentionKinds';
import { headMatrix } from '../../../src/views/attention/headSlices';
import { config, IT, itSentenceTrace, sourceTokens, targetTokens, traceTensor } from './fixtures';

afterEach(cleanup);

const trace = itSentenceTrace();
const T = trace.tgtIds.length;

function renderMaps(selection: Selection) {
  const onSelect = vi.fn();
  const view = render(
    <AttentionMaps
      trace={trace.tensors}
      kinds={kindsInTrace(trace.tensors)}
      sourceTokens={sourceTokens}
      targetTokens={targetTokens(trace)}
      selection={selection}
      onSelect={onSelect}
    />,
  );
  const main = view.container.querySelector('.attn-map-main');
  if (!main) throw new Error('no main heatmap');
  return { onSelect, main, ...view };
}

/** Moves the pointer over cell (row, col) of the main heatmap; returns the tooltip's text. */
function hover(main: Element, row: number, col: number): string {
  const cell = main.querySelector(`g[data-row="${row}"][data-col="${col}"] rect`);
  const area = main.querySelector('.cmp-grid-area');
  if (!cell || !area) throw new Error(`no cell ${row}, ${col}`);
  // jsdom lays nothing out: the area's box sits at 0, 0, so client and grid coordinates agree.
  const x = Number(cell.getAttribute('x')) + Number(cell.getAttribute('width')) / 2;
  const y = Number(cell.getAttribute('y')) + Number(cell.getAttribute('height')) / 2;
  fireEvent.mouseMove(area, { clientX: x, clientY: y });
  return within(main as HTMLElement).getByRole('status').textContent ?? '';
}

describe('AttentionMaps', () => {
  const selection: Selection = { layer: 1, head: 3, queryToken: IT, step: 1 };

  it('shows the trace’s weight of the cell under the pointer', () => {
    const { main } = renderMaps(selection);
    const { cols, values } = headMatrix(traceTensor('enc.1.self.weights'), 3);
    for (const [row, col] of [
      [IT, 1],
      [0, 11],
      [5, 5],
    ]) {
      const text = hover(main, row, col);
      expect(text).toBe(
        `“${sourceTokens[row]}” → “${sourceTokens[col]}”: ${formatValue(values[row * cols + col])}`,
      );
      const cell = main.querySelector<SVGGElement>(`g[data-row="${row}"][data-col="${col}"]`);
      expect(Number(cell?.dataset.value)).toBe(values[row * cols + col]);
    }
  });

  it('outlines the selected query’s row and makes a clicked row the chosen word', () => {
    const { main, onSelect } = renderMaps(selection);
    const outline = main.querySelector('.cmp-grid-selected-row');
    const rowCell = main.querySelector(`g[data-row="${IT}"][data-col="0"] rect`);
    expect(Number(outline?.getAttribute('y'))).toBe(Number(rowCell?.getAttribute('y')) + 1);
    hover(main, 2, 4);
    fireEvent.click(main.querySelector('.cmp-grid-area') as Element, { clientX: 1, clientY: 1 });
    expect(onSelect).toHaveBeenCalledWith({ queryToken: 0 });
  });

  it('draws every layer × head as a small map, and a click selects its layer and head', () => {
    const { container, onSelect } = renderMaps(selection);
    const thumbs = container.querySelectorAll<HTMLButtonElement>('.attn-thumb');
    expect(thumbs).toHaveLength(config.encoderLayers * config.heads);
    const pressed = Array.from(thumbs).filter((t) => t.getAttribute('aria-pressed') === 'true');
    expect(pressed.map((t) => [t.dataset.layer, t.dataset.head])).toEqual([['1', '3']]);
    const thumb = screen.getByRole('button', { name: 'Layer 1, head 2' });
    const { values } = headMatrix(traceTensor('enc.0.self.weights'), 1);
    // Painted on a canvas, which keeps the numbers it shows.
    const canvas = thumb.querySelector('canvas');
    if (!canvas) throw new Error('the small map has no canvas');
    expect(Array.from(cellsPaintedOn(canvas)?.values ?? [])).toEqual(Array.from(values));
    expect(thumb.querySelectorAll('rect')).toHaveLength(0);
    fireEvent.click(thumb);
    expect(onSelect).toHaveBeenCalledWith({ layer: 0, head: 1 });
  });

  it('shows the decoder’s self-attention with later positions masked', () => {
    const { main, onSelect } = renderMaps(selection);
    fireEvent.click(screen.getByRole('button', { name: 'Decoder self-attention (masked)' }));
    const { values } = headMatrix(traceTensor('dec.1.self.weights'), 3);
    const cells = main.querySelectorAll<SVGGElement>('g[data-row]');
    expect(cells).toHaveLength(T * T);
    for (const cell of cells) {
      const row = Number(cell.dataset.row);
      const col = Number(cell.dataset.col);
      const fill = cell.querySelector('rect')?.getAttribute('fill') ?? '';
      expect(fill.startsWith('url(')).toBe(col > row);
      expect(Number(cell.dataset.value)).toBe(values[row * T + col]);
    }
    expect(hover(main, 0, 2)).toMatch(/masked$/);
    // Rows of the decoder are decoding steps: the selection's step is outlined, a click picks one.
    const outline = main.querySelector('.cmp-grid-selected-row');
    const stepCell = main.querySelector('g[data-row="1"][data-col="0"] rect');
    expect(Number(outline?.getAttribute('y'))).toBe(Number(stepCell?.getAttribute('y')) + 1);
    fireEvent.click(main.querySelector('.cmp-grid-area') as Element, { clientX: 1, clientY: 1 });
    expect(onSelect).toHaveBeenCalledWith({ step: 0 });
  });

  it('shows encoder-decoder attention with target rows and source columns', () => {
    const { main } = renderMaps(selection);
    fireEvent.click(screen.getByRole('button', { name: 'Encoder-decoder attention' }));
    const { values } = headMatrix(traceTensor('dec.1.cross.weights'), 3);
    const cells = main.querySelectorAll<SVGGElement>('g[data-row]');
    expect(cells).toHaveLength(T * sourceTokens.length);
    expect(Array.from(cells, (c) => Number(c.dataset.value))).toEqual(Array.from(values));
    expect(hover(main, 1, 7)).toBe(
      `“${targetTokens(trace)[1]}” → “it”: ${formatValue(values[sourceTokens.length + 7])}`,
    );
  });
});
