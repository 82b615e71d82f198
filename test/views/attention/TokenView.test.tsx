// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { headColor } from '../../../src/views/attention/headPalette';
import { headRow } from '../../../src/views/attention/headSlices';
import { lineStyle } from '../../../src/views/attention/tokenLinesLayout';
import { strongestKeys } from '../../../src/views/attention/describeWeights';
import { TokenView, type TokenViewMode } from '../../../src/views/attention/TokenView';
import { config, IT, sourceTokens, traceTensor } from './fixtures';

afterEach(cleanup);

const LAYER = 1;
const weights = traceTensor(`enc.${LAYER}.self.weights`);

function renderView(mode: TokenViewMode, head = 2, query = IT) {
  const onSelect = vi.fn();
  const view = render(
    <TokenView
      mode={mode}
      tokens={sourceTokens}
      weights={weights}
      layer={LAYER}
      layerCount={config.encoderLayers}
      head={head}
      query={query}
      onSelect={onSelect}
    />,
  );
  const lines = () => Array.from(view.container.querySelectorAll<SVGLineElement>('line.attn-line'));
  return { onSelect, lines, ...view };
}

describe('TokenView', () => {
  it('draws a line to every word, as wide and opaque as the layout makes the trace weight', () => {
    const { lines } = renderView('one');
    const row = headRow(weights, 2, IT);
    expect(lines()).toHaveLength(sourceTokens.length);
    for (const line of lines()) {
      const key = Number(line.dataset.key);
      expect(Number(line.dataset.head)).toBe(2);
      expect(Number(line.dataset.weight)).toBe(row[key]);
      const style = lineStyle(row[key]);
      expect(Number(line.getAttribute('stroke-width'))).toBeCloseTo(style.width, 10);
      expect(Number(line.getAttribute('stroke-opacity'))).toBeCloseTo(style.opacity, 10);
      expect(line.getAttribute('stroke')).toBe(headColor(2));
    }
  });

  it('makes a clicked word, on either side, the chosen word', () => {
    const { onSelect } = renderView('one');
    const animals = screen.getAllByRole('button', { name: 'animal' });
    expect(animals).toHaveLength(2);
    fireEvent.click(animals[0]);
    fireEvent.click(animals[1]);
    expect(onSelect).toHaveBeenNthCalledWith(1, { queryToken: 1 });
    expect(onSelect).toHaveBeenNthCalledWith(2, { queryToken: 1 });
  });

  it('moves the shared layer and head with its pickers', () => {
    const { onSelect } = renderView('one');
    fireEvent.click(within(screen.getByRole('group', { name: 'Layer' })).getByText('1'));
    fireEvent.click(within(screen.getByRole('group', { name: 'Head' })).getByText('4'));
    expect(onSelect).toHaveBeenCalledWith({ layer: 0 });
    expect(onSelect).toHaveBeenCalledWith({ head: 3 });
  });

  it('names the strongest line, computed from the weights', () => {
    renderView('one');
    const [first] = strongestKeys(headRow(weights, 2, IT), sourceTokens, 1);
    const summary = screen.getByText(/strongest line goes to/);
    expect(summary.textContent).toContain(`“${first.token}”`);
  });

  it('overlays two heads, each in its own colour, the second picked separately', () => {
    const { lines } = renderView('pair', 0);
    expect(new Set(lines().map((l) => l.getAttribute('stroke')))).toEqual(
      new Set([headColor(0), headColor(1)]),
    );
    fireEvent.click(within(screen.getByRole('group', { name: 'Second head' })).getByText('4'));
    const heads = new Set(lines().map((l) => Number(l.dataset.head)));
    expect(heads).toEqual(new Set([0, 3]));
    const row = headRow(weights, 3, IT);
    for (const line of lines().filter((l) => l.dataset.head === '3')) {
      expect(Number(line.dataset.weight)).toBe(row[Number(line.dataset.key)]);
    }
  });

  it('overlays every head and switches each off and on', () => {
    const { lines } = renderView('all');
    expect(lines()).toHaveLength(config.heads * sourceTokens.length);
    const toggles = screen.getByRole('group', { name: 'Heads shown' });
    const second = within(toggles).getByRole('button', { name: 'Head 2' });
    fireEvent.click(second);
    expect(second.getAttribute('aria-pressed')).toBe('false');
    expect(lines().some((l) => l.dataset.head === '1')).toBe(false);
    expect(lines()).toHaveLength((config.heads - 1) * sourceTokens.length);
    fireEvent.click(second);
    expect(lines()).toHaveLength(config.heads * sourceTokens.length);
  });

  it('tabulates each head’s strongest word when every head is drawn', () => {
    renderView('all');
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(config.heads);
    rows.forEach((tr, head) => {
      const [strongest] = strongestKeys(headRow(weights, head, IT), sourceTokens, 1);
      expect(tr.textContent).toContain(`“${strongest.token}”`);
    });
  });

  it('lists the weights of every head shown in its numbers table', () => {
    renderView('all');
    fireEvent.click(screen.getByRole('button', { name: 'Show the numbers' }));
    const table = screen.getByRole('table', { name: /^Attention weights from “it”/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(config.heads);
    rows.forEach((tr, head) => {
      const row = headRow(weights, head, IT);
      const cells = Array.from(tr.querySelectorAll('td'));
      cells.forEach((td, key) => expect(Number(td.dataset.value)).toBe(row[key]));
    });
  });
});
