// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ExportableFigure, ExportMenu } from '../../../src/components/figure';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ExportMenu', () => {
  it('opens on the keyboard with focus on SVG, moves with the arrows and closes with Escape', () => {
    render(<ExportMenu name="attention-layer1-head3-it" onExport={() => Promise.resolve()} />);
    const toggle = screen.getByRole('button', { name: 'Export figure attention-layer1-head3-it' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const svg = screen.getByRole('button', { name: /^SVG/ });
    const png = screen.getByRole('button', { name: /^PNG/ });
    expect(document.activeElement).toBe(svg);
    fireEvent.keyDown(svg, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(png);
    fireEvent.keyDown(png, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(svg);
    fireEvent.keyDown(svg, { key: 'Escape' });
    expect(screen.queryByRole('button', { name: /^SVG/ })).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });

  it('exports in the chosen format and says which file was saved, or why not', async () => {
    const onExport = vi.fn(() => Promise.resolve());
    const { rerender } = render(<ExportMenu name="causal-mask" onExport={onExport} />);
    fireEvent.click(screen.getByRole('button', { name: /^Export figure/ }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^PNG/ })));
    expect(onExport).toHaveBeenCalledWith('png');
    expect(screen.getByRole('status').textContent).toBe('Saved causal-mask.png');

    rerender(
      <ExportMenu name="causal-mask" onExport={() => Promise.reject(new Error('no canvas'))} />,
    );
    fireEvent.click(screen.getByRole('button', { name: /^Export figure/ }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^SVG/ })));
    expect(screen.getByRole('status').textContent).toBe(
      'Could not export causal-mask.svg: no canvas',
    );
  });

  it('closes when the reader clicks elsewhere on the page', () => {
    render(<ExportMenu name="beam-search-tree" onExport={() => Promise.resolve()} />);
    fireEvent.click(screen.getByRole('button', { name: /^Export figure/ }));
    fireEvent.pointerDown(document.body);
    expect(screen.queryByRole('button', { name: /^SVG/ })).toBeNull();
  });
});

describe('ExportableFigure', () => {
  it('saves the figure under its name as an SVG file holding the figure', async () => {
    const files: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((file: Blob | MediaSource) => {
      if (file instanceof Blob) files.push(file);
      return 'blob:figure';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    // jsdom lays out no text: every word measures as absent, so only boxes are drawn.
    Object.defineProperty(Range.prototype, 'getClientRects', {
      configurable: true,
      value: () => [],
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    render(
      <ExportableFigure name="embeddings-3-tokens">
        <figure>
          <span data-value="0.5">0.5</span>
          <figcaption>Embeddings of three tokens</figcaption>
        </figure>
      </ExportableFigure>,
    );
    fireEvent.click(screen.getByRole('button', { name: /^Export figure/ }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^SVG/ })));
    expect(screen.getByRole('status').textContent).toBe('Saved embeddings-3-tokens.svg');
    expect(names).toEqual(['embeddings-3-tokens.svg']);
    expect(files[0].type).toBe('image/svg+xml');
    const text = await files[0].text();
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.querySelector('title')?.textContent).toBe('Embeddings of three tokens');
    expect(parsed.querySelector('[data-value]')?.getAttribute('data-value')).toBe('0.5');
    // The menu is not part of the figure.
    expect(text).not.toContain('Export');
  });
});
