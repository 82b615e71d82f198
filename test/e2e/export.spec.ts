import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Trace } from '../../src/engine/model/trace';
import { translate } from '../../src/engine/model/translate';
import { DEFAULT_SENTENCE } from '../../src/store';
import { isEngineError, prepareSource } from '../../src/worker/source';
import { pageModel } from './expected';
import type { TraceName } from '../../src/engine';

/**
 * Shows a PNG alone on the page, to screenshot it. The page keeps its empty icon link, or the
 * browser asks the server for /favicon.ico and logs a 404.
 */
async function showPng(page: Page, bytes: Buffer): Promise<void> {
  await page.setContent(
    `<link rel="icon" href="data:,"><img src="data:image/png;base64,${bytes.toString('base64')}">`,
  );
}

const SHOTS = 'test-results/screenshots';

/** The engine's own run, in node, of the sentence the page opens with. */
function expectedTrace(): Trace {
  const { config, languages } = pageModel.info;
  const source = prepareSource(DEFAULT_SENTENCE, pageModel.source, config, languages.source);
  if (isEngineError(source)) throw new Error(source.message);
  return translate(pageModel.params, config, source.srcIds, { kind: 'greedy' });
}

function tensorOf(trace: Trace, name: TraceName) {
  const tensor = trace.tensors.get(name);
  if (!tensor) throw new Error(`the trace has no ${name}`);
  return tensor;
}

async function openPage(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto('/');
  await expect(page.getByTestId('translation')).not.toBeEmpty({ timeout: 30_000 });
  await page.addStyleTag({ content: '.sentence-bar { position: static !important; }' });
  return errors;
}

interface Exported {
  fileName: string;
  bytes: Buffer;
}

/** Exports `figure` from the keyboard alone: Export, then SVG (or ↓ to PNG), then Enter. */
async function exportFigure(page: Page, figure: Locator, format: 'SVG' | 'PNG'): Promise<Exported> {
  await figure.scrollIntoViewIfNeeded();
  await figure.getByRole('button', { name: /^Export figure/ }).focus();
  await page.keyboard.press('Enter');
  await expect(figure.getByRole('button', { name: /^SVG/ })).toBeFocused();
  if (format === 'PNG') await page.keyboard.press('ArrowDown');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  await expect(figure.getByRole('status')).toHaveText(`Saved ${download.suggestedFilename()}`);
  return { fileName: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

interface ParsedSvg {
  error: string | null;
  width: number;
  height: number;
  title: string;
  texts: string[];
  images: string[];
}

/** The file read back by the browser's own XML parser, as a handout reader's viewer would. */
async function parseSvg(page: Page, file: Exported): Promise<ParsedSvg> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const svg = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      width: Number(svg.getAttribute('width')),
      height: Number(svg.getAttribute('height')),
      title: doc.querySelector('svg > title')?.textContent ?? '',
      texts: Array.from(doc.querySelectorAll('text'), (t) => t.textContent ?? ''),
      images: Array.from(doc.querySelectorAll('image'), (i) => i.getAttribute('href') ?? ''),
    };
  }, file.bytes.toString('utf8'));
}

/** The numbers a file holds on the elements matching `selector`, in document order. */
async function valuesIn(page: Page, file: Exported, selector: string): Promise<number[]> {
  return page.evaluate(
    ([text, query]) =>
      Array.from(
        new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll(query),
        (node) => Number(node.getAttribute('data-value')),
      ),
    [file.bytes.toString('utf8'), selector] as const,
  );
}

function expectClose(shown: readonly number[], expected: ArrayLike<number>): void {
  expect(shown).toHaveLength(expected.length);
  shown.forEach((value, i) => expect(value).toBeCloseTo(expected[i], 5));
}

/** Width and height from a PNG's header, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const trace = expectedTrace();

test('the embeddings export as an SVG that holds every number of src.embed', async ({ page }) => {
  const errors = await openPage(page);
  const figure = page.locator('#tensors [data-export-figure^="embeddings"]');
  const file = await exportFigure(page, figure, 'SVG');
  const embed = tensorOf(trace, 'src.embed');
  expect(file.fileName).toBe(`embeddings-${embed.shape[0]}-tokens.svg`);
  const parsed = await parseSvg(page, file);
  expect(parsed.error).toBeNull();
  expect(parsed.title).toContain(`d_model = ${embed.shape[1]}`);
  // Every cell is a rect in the file carrying its number, row by row as on the page.
  expectClose(await valuesIn(page, file, 'rect[data-index]'), embed.data);
  // The token of each row is written as text beside it.
  const tokens = await figure.locator('.vec-token').allTextContents();
  for (const token of tokens) expect(parsed.texts).toContain(token);
  expect(errors).toEqual([]);
});

test('the attention lines export as attention-layer…-head…-word.svg with their weights, and as a PNG at 2×', async ({
  page,
}) => {
  const errors = await openPage(page);
  const figure = page.locator('#self-attention-high-level [data-export-figure]');
  // The page opens on the post's word: "it" is chosen once the first run is on screen.
  await expect(figure.locator('button[aria-pressed="true"][data-index]').first()).toHaveText(
    /^it$/i,
  );
  const name = (await figure.getAttribute('data-export-figure')) ?? '';
  const [, layer, head, word] = /^attention-layer(\d+)-head(\d+)-(.+)$/.exec(name) ?? [];
  const query = figure.locator('button[aria-pressed="true"][data-index]').first();
  expect((await query.textContent())?.toLowerCase()).toBe(word);
  const svg = await exportFigure(page, figure, 'SVG');
  expect(svg.fileName).toBe(`${name}.svg`);
  expect((await parseSvg(page, svg)).error).toBeNull();
  // The line to key k carries weight (head, query, k) of the engine's own run.
  const weights = tensorOf(trace, `enc.${Number(layer) - 1}.self.weights`);
  const [, S] = weights.shape;
  const q = Number(await query.getAttribute('data-index'));
  const h = Number(head) - 1;
  const lines = await page.evaluate(
    (text) =>
      Array.from(
        new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('line[data-value]'),
        (line) => ({
          key: Number(line.getAttribute('data-key')),
          value: Number(line.getAttribute('data-value')),
        }),
      ),
    svg.bytes.toString('utf8'),
  );
  lines.sort((a, b) => a.key - b.key);
  expectClose(
    lines.map((line) => line.value),
    weights.data.subarray((h * S + q) * S, (h * S + q + 1) * S),
  );

  const png = await exportFigure(page, figure, 'PNG');
  expect(png.fileName).toBe(`${name}.png`);
  const parsed = await parseSvg(page, svg);
  expect(pngSize(png.bytes)).toEqual({ width: 2 * parsed.width, height: 2 * parsed.height });
  await showPng(page, png.bytes);
  await page.locator('img').screenshot({ path: `${SHOTS}/export-attention.png` });
  expect(errors).toEqual([]);
});

test('a canvas figure exports its picture and every cell’s number; its PNG has the caption', async ({
  page,
}) => {
  const errors = await openPage(page);
  const figure = page.locator('#matrix-calculation [data-export-figure^="matrices-x-times-w"]');
  await expect(figure.locator('canvas').first()).toBeAttached({ timeout: 30_000 });
  const svg = await exportFigure(page, figure, 'SVG');
  const parsed = await parseSvg(page, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.images.length).toBeGreaterThan(0);
  for (const image of parsed.images) expect(image).toMatch(/^data:image\/png;base64,/);
  // X, the encoder's input (embedding + position), is drawn on a canvas: its numbers ride along.
  const input = tensorOf(trace, 'src.input');
  const groups = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return Array.from(doc.querySelectorAll('g.figure-canvas'), (group) =>
      Array.from(group.querySelectorAll('rect[data-value]'), (r) =>
        Number(r.getAttribute('data-value')),
      ),
    );
  }, svg.bytes.toString('utf8'));
  const x = groups.find((values) => values.length === input.data.length);
  if (!x) throw new Error(`no canvas of ${input.shape.join(' × ')} numbers in the file`);
  expectClose(x, input.data);

  const png = await exportFigure(page, figure, 'PNG');
  expect(pngSize(png.bytes)).toEqual({ width: 2 * parsed.width, height: 2 * parsed.height });
  expect(parsed.texts.join(' ')).toContain('X × W + b');
  await showPng(page, png.bytes);
  await page.locator('img').screenshot({ path: `${SHOTS}/export-matrices-qkv.png` });
  expect(errors).toEqual([]);
});

test('a table of numbers exports as rects with the numbers written in them', async ({ page }) => {
  const errors = await openPage(page);
  const figure = page.locator('#positional-encoding [data-export-figure$="toy-table"]');
  const shown = await figure.locator('td[data-value]').evaluateAll((cells) =>
    cells.map((td) => ({
      text: td.textContent ?? '',
      value: Number(td.getAttribute('data-value')),
    })),
  );
  expect(shown.length).toBeGreaterThan(0);
  const file = await exportFigure(page, figure, 'SVG');
  const parsed = await parseSvg(page, file);
  expect(parsed.error).toBeNull();
  expect(await valuesIn(page, file, 'rect[data-value]')).toEqual(shown.map((cell) => cell.value));
  for (const cell of shown) expect(parsed.texts).toContain(cell.text);
  expect(errors).toEqual([]);
});
