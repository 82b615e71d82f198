// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { figureToSvg, type Box, type FigureLayout } from '../../../src/components/figure';
import { gridGeometry } from '../../../src/components';
import { paintCanvas } from '../../../src/components/paintCanvas';
import { seededRandom } from '../../../src/engine';

afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
  vi.restoreAllMocks();
});

/**
 * jsdom lays nothing out: each element says where it is in a data-box attribute ("x y w h"),
 * and a text node sits on one line filling its parent's box.
 */
function boxOf(element: Element): Box {
  const [x, y, width, height] = (element.getAttribute('data-box') ?? '0 0 0 0')
    .split(' ')
    .map(Number);
  return { x, y, width, height };
}

const fixedLayout: FigureLayout = {
  box: boxOf,
  textLines: (text) => {
    const words = text.data.trim().split(/\s+/).filter(Boolean);
    return words.length && text.parentElement
      ? [{ text: words.join(' '), box: boxOf(text.parentElement) }]
      : [];
  },
  style: (element) => getComputedStyle(element),
  textWidth: (text) => text.length * 7,
};

function figure(html: string): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('data-box', '100 50 400 200');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

function parse(svg: string): Document {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(parsed.querySelector('parsererror')).toBeNull();
  return parsed;
}

describe('figureToSvg', () => {
  it('draws HTML cells as rects that keep their numbers, and text where the page shows it', () => {
    const values = [0.25, -1.5, 3];
    const root = figure(
      values
        .map(
          (value, i) =>
            `<span data-index="${i}" data-value="${value}" data-box="${110 + 20 * i} 60 18 18" style="background: rgb(230, 97, 1)"></span>`,
        )
        .join('') +
        '<p data-box="110 90 200 20" style="color: rgb(29, 36, 51)">x  is   the input</p>',
    );
    const file = parse(figureToSvg(root, { title: 'x', layout: fixedLayout }).svg);
    const cells = Array.from(file.querySelectorAll('rect[data-value]'));
    expect(cells.map((cell) => Number(cell.getAttribute('data-value')))).toEqual(values);
    expect(cells.map((cell) => cell.getAttribute('data-index'))).toEqual(['0', '1', '2']);
    expect(cells[1].getAttribute('fill')).toBe('rgb(230, 97, 1)');
    // Coordinates are relative to the figure's corner (100, 50).
    expect(cells[1].getAttribute('x')).toBe('30');
    expect(cells[1].getAttribute('y')).toBe('10');
    const text = file.querySelector('g.figure text');
    expect(text?.textContent).toBe('x is the input');
    expect(text?.getAttribute('fill')).toBe('rgb(29, 36, 51)');
  });

  it('copies an SVG of the page with the styles its stylesheet gave it, at its place', () => {
    const style = document.createElement('style');
    style.textContent = '.line { stroke: rgb(0, 114, 178); stroke-width: 3px; }';
    document.head.append(style);
    const root = figure(
      '<svg data-box="120 60 100 40" width="100" height="40"><line class="line" data-weight="0.37" x1="0" y1="0" x2="100" y2="40"><title>0.37</title></line></svg>',
    );
    const file = parse(figureToSvg(root, { title: 'lines', layout: fixedLayout }).svg);
    const copy = file.querySelector('g.figure svg');
    expect(copy?.getAttribute('x')).toBe('20');
    expect(copy?.getAttribute('width')).toBe('100');
    const line = copy?.querySelector('line');
    expect(line?.getAttribute('stroke')).toBe('rgb(0, 114, 178)');
    expect(line?.getAttribute('stroke-width')).toBe('3px');
    expect(line?.hasAttribute('style')).toBe(false);
    expect(line?.getAttribute('data-weight')).toBe('0.37');
    expect(line?.querySelector('title')?.textContent).toBe('0.37');
  });

  it('leaves out what the page hides, its own menu and hover tooltips', () => {
    const root = figure(
      '<p data-box="100 50 50 20">shown</p>' +
        '<p data-box="100 80 50 20" style="display: none">hidden</p>' +
        '<div data-export="skip" data-box="300 50 50 20"><button data-box="300 50 50 20">Export</button></div>' +
        '<div class="cmp-tooltip" data-box="100 100 50 20">x[3] = 0.5</div>',
    );
    const file = parse(figureToSvg(root, { title: 't', layout: fixedLayout }).svg);
    const texts = Array.from(file.querySelectorAll('g.figure text'), (t) => t.textContent);
    expect(texts).toEqual(['shown']);
  });

  it('sizes the file to what was drawn and writes the caption under it, wrapped, and as its title', () => {
    const root = figure(
      '<span data-value="1" data-box="150 70 200 100" style="background: rgb(0, 0, 0)"></span>',
    );
    const caption =
      'Embeddings of the twelve source tokens, sixty-four numbers each, from the model run on your sentence.';
    const result = figureToSvg(root, { title: caption, caption, layout: fixedLayout });
    const file = parse(result.svg);
    expect(file.querySelector('title')?.textContent).toBe(caption);
    // 320 px of caption hold 45 characters at 7 px each: 103 characters take three lines.
    const lines = Array.from(file.querySelectorAll('g.figure-caption text'), (t) => t.textContent);
    expect(lines.length).toBe(3);
    expect(lines.join(' ')).toBe(caption);
    for (const line of lines) expect((line ?? '').length * 7).toBeLessThanOrEqual(320);
    expect(result.width).toBe(320 + 2 * 12);
    expect(result.height).toBe(12 + 100 + 10 + 3 * 18 + 12);
    const root2 = file.documentElement;
    expect(root2.getAttribute('viewBox')).toBe(`0 0 ${result.width} ${result.height}`);
  });

  it('embeds a canvas as an image with one rect per painted cell carrying its value', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue(
      'data:image/png;base64,AA==',
    );
    const random = seededRandom(7);
    const values = Float32Array.from({ length: 6 }, () => random() * 2 - 1);
    const root = figure('<canvas data-box="110 60 90 40"></canvas>');
    const canvas = root.querySelector('canvas');
    if (!canvas) throw new Error('no canvas');
    const geometry = gridGeometry(2, 3, { cellSize: 30, gap: 0 });
    paintCanvas(canvas, { geometry, values, color: () => '#000', isMasked: () => false });
    const file = parse(figureToSvg(root, { title: 'grid', layout: fixedLayout }).svg);
    expect(file.querySelector('image')?.getAttribute('href')).toBe('data:image/png;base64,AA==');
    const cells = Array.from(file.querySelectorAll('rect[data-value]'));
    expect(cells.map((cell) => Number(cell.getAttribute('data-value')))).toEqual(
      Array.from(values),
    );
    // Cells are placed over the image, scaled from the grid's 90 × 60 to the canvas's 90 × 40.
    expect(cells[4].getAttribute('x')).toBe('40');
    expect(cells[4].getAttribute('y')).toBe('30');
    expect(cells[4].getAttribute('height')).toBe('20');
  });
});
