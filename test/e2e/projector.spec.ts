import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { sectionIds, showSection } from './sections';

/**
 * The page on a projector (1920 × 1080), read from the back of a room: no text anywhere on it is
 * drawn below 12 px, measured as rendered (font size times every zoom and SVG scale it is drawn
 * under), section by section. The page never scrolls sideways, at a projector's, a laptop's or a
 * phone's width, and a heatmap under the projector's zoom still picks the cell under the pointer.
 * Each test prints what it measured.
 */

const FLOOR_PX = 12;
const PROJECTOR = { width: 1920, height: 1080 };
const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/projector';
/** Sections photographed at the projector's size, for a person to look at. */
const PHOTOGRAPHED = ['self-attention-in-detail', 'attention-maps', 'positional-encoding'];
const LONG = { timeout: 60_000 };

/** One piece of text as the reader sees it. */
interface DrawnText {
  px: number;
  text: string;
  where: string;
}

async function openPage(page: Page, hash = ''): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(page.locator('main[data-figures-sentence]')).toBeVisible(LONG);
}

/**
 * Every visible text under `selector` (text nodes, and form fields, whose text is no node), with
 * the size it is drawn at: an SVG text's font size times its scale to the screen (getScreenCTM
 * holds the viewBox's scale and every CSS zoom above it), an HTML text's font size times its
 * effective zoom. Sections are left out when `skipSections` is set.
 */
async function drawnTexts(
  page: Page,
  selector: string,
  skipSections: boolean,
): Promise<DrawnText[]> {
  return page.locator(selector).evaluate((root, skip) => {
    const hiddenCache = new Map<Element, boolean>();
    /** Drawn out of sight on purpose: clipped to nothing, as text for screen readers only is. */
    const clippedAway = (element: Element | null): boolean => {
      if (!element || element === root) return false;
      const known = hiddenCache.get(element);
      if (known !== undefined) return known;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      const hidden =
        (style.position === 'absolute' && style.clip !== 'auto') ||
        style.clipPath.startsWith('inset(50%') ||
        ((box.width <= 1 || box.height <= 1) && style.overflow !== 'visible') ||
        clippedAway(element.parentElement);
      hiddenCache.set(element, hidden);
      return hidden;
    };
    const sizeOf = (element: Element): number => {
      const fontSize = parseFloat(getComputedStyle(element).fontSize);
      if (element instanceof SVGGraphicsElement) {
        const toScreen = element.getScreenCTM();
        if (!toScreen) return fontSize;
        return fontSize * Math.sqrt(Math.abs(toScreen.a * toScreen.d - toScreen.b * toScreen.c));
      }
      return fontSize * element.currentCSSZoom;
    };
    const where = (element: Element): string => {
      const section = element.closest('section.figure-section');
      const classes = element.getAttribute('class')?.split(' ').slice(0, 2).join('.') ?? '';
      return `${section?.id ?? 'page'} ${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''}`;
    };
    const visible = (element: Element): boolean =>
      element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
      !clippedAway(element) &&
      !(skip && element.closest('section.figure-section'));

    const found: DrawnText[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement;
      if (text === '' || !element || !visible(element)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const drawn = Array.from(range.getClientRects()).some((r) => r.width > 1 && r.height > 1);
      if (drawn)
        found.push({ px: sizeOf(element), text: text.slice(0, 40), where: where(element) });
    }
    for (const field of root.querySelectorAll('input:not([type="hidden"]), select, textarea')) {
      const box = field.getBoundingClientRect();
      if (box.width > 1 && box.height > 1 && visible(field)) {
        const text =
          field instanceof HTMLSelectElement ? field.value : field.getAttribute('aria-label');
        found.push({ px: sizeOf(field), text: (text ?? '').slice(0, 40), where: where(field) });
      }
    }
    return found;
  }, skipSections);
}

/** The smallest texts, one line each, for the report. */
function smallest(texts: DrawnText[], count: number): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const t of [...texts].sort((a, b) => a.px - b.px)) {
    const line = `  ${t.px.toFixed(1)} px  ${t.where}  “${t.text}”`;
    if (seen.has(`${t.where} ${t.px.toFixed(1)}`)) continue;
    seen.add(`${t.where} ${t.px.toFixed(1)}`);
    lines.push(line);
    if (lines.length === count) break;
  }
  return lines.join('\n');
}

test.describe('on a projector, 1920 × 1080', () => {
  test.use({ viewport: PROJECTOR });

  test('no text on the page is drawn below 12 px, in any section', async ({ page }) => {
    test.setTimeout(600_000);
    await openPage(page);
    const texts = await drawnTexts(page, 'main', true);
    for (const id of await sectionIds(page)) {
      await showSection(page, id);
      texts.push(...(await drawnTexts(page, `section#${id}`, false)));
      if (PHOTOGRAPHED.includes(id)) {
        // What the back of the room sees: the screen, scrolled to the section's first figure.
        await page
          .locator(`section#${id} .figure-scope`)
          .evaluate((node) => node.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: `${SHOTS}/${id}-1920.png` });
      }
    }
    const below = texts.filter((t) => t.px < FLOOR_PX - 0.01);
    const least = Math.min(...texts.map((t) => t.px));
    console.log(
      `1920 × 1080: ${texts.length} texts measured, ${below.length} below ${FLOOR_PX} px, ` +
        `smallest ${least.toFixed(1)} px\n${smallest(below.length > 0 ? below : texts, 25)}`,
    );
    expect(texts.length).toBeGreaterThan(500);
    expect(below.length, `texts below ${FLOOR_PX} px (the smallest are listed above)`).toBe(0);
  });

  test('a matrix drawn on a canvas is painted at the zoomed size, so it stays sharp', async ({
    page,
  }) => {
    await openPage(page);
    await showSection(page, 'many-heads');
    const canvases = page.locator('#many-heads .cmp-grid-area[data-renderer="canvas"] canvas');
    await expect(canvases.first()).toBeVisible();
    // Pixels of the canvas's bitmap for each of its laid-out pixels, and the zoom it is drawn at.
    const painted = await canvases.evaluateAll((nodes) =>
      nodes.map((node) => ({
        density: (node as HTMLCanvasElement).width / (node as HTMLCanvasElement).offsetWidth,
        zoom: node.currentCSSZoom,
      })),
    );
    console.log(
      `many heads: ${painted.length} canvases, bitmap pixels per laid-out pixel ` +
        `${[...new Set(painted.map((p) => p.density.toFixed(2)))].join(', ')}`,
    );
    for (const { density, zoom } of painted) {
      expect(zoom).toBe(1.5);
      expect(density).toBeGreaterThanOrEqual(1.5 - 0.05);
    }
  });

  // The projector's zoom alone, then with the reader's text size on top of it.
  for (const { hash, zoom } of [
    { hash: '', zoom: 1.5 },
    { hash: '#size=150', zoom: 2.25 },
  ]) {
    test(`at zoom ${zoom}, clicking a heatmap cell chooses the row under the pointer, and hovering names that cell`, async ({
      page,
    }) => {
      await openPage(page, hash);
      await showSection(page, 'attention-maps');
      const heatmap = page.locator('#attention-maps .attn-map-main');
      const labels = heatmap.locator('.cmp-grid-rowlabels span');
      const rows = await labels.count();
      const cols = await heatmap.locator('g[data-row="0"]').count();
      expect(rows).toBeGreaterThan(3);
      const drawnZoom = await heatmap.evaluate((node) => node.currentCSSZoom);
      const cellSize = await heatmap.locator('g[data-row="0"] rect').first().boundingBox();
      console.log(
        `attention heatmap: ${rows} rows, drawn at zoom ${drawnZoom}, ` +
          `cells ${cellSize?.width.toFixed(1)} px wide on screen`,
      );
      expect(drawnZoom).toBeCloseTo(zoom, 5);
      const selected = heatmap.locator('.cmp-grid-label-selected');
      const before = await selected.textContent();
      // Two rows far from the one selected and from each other; the last column, where a pointer
      // read without the zoom would fall outside the grid.
      for (const row of [1, rows - 2]) {
        const cell = heatmap.locator(`g[data-row="${row}"][data-col="${cols - 1}"] rect`).first();
        // In the middle of the screen: the sticky sentence box covers its top.
        await cell.evaluate((node) => node.scrollIntoView({ block: 'center' }));
        const box = await cell.boundingBox();
        if (!box) throw new Error(`row ${row}'s cell is not drawn`);
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        const rowWord = await labels.nth(row).textContent();
        await expect(heatmap.locator('[role="status"]')).toContainText(`“${rowWord}” →`);
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        await expect(selected).toHaveText(rowWord ?? '');
        await expect(labels.nth(row)).toHaveClass(/cmp-grid-label-selected/);
      }
      console.log(`selected row moved from “${before}” to the rows clicked`);
    });
  }
});

/** Each text of a figure's exported SVG file: what it says, where, and at what size. */
interface ExportedText {
  text: string;
  x: number;
  y: number;
  size: number;
}

/** Exports the attention heatmap's figure as SVG and reads the file back. */
async function exportedHeatmap(page: Page): Promise<{ width: number; texts: ExportedText[] }> {
  await showSection(page, 'attention-maps');
  const figure = page.locator('#attention-maps .fig-export').first();
  await figure.evaluate((node) => node.scrollIntoView({ block: 'center' }));
  await figure.locator('.fig-export-toggle').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    figure.locator('.fig-export-choices button').first().click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');
  return page.evaluate((file) => {
    const svg = new DOMParser().parseFromString(file, 'image/svg+xml').documentElement;
    const number = (node: Element, name: string) => Number(node.getAttribute(name) ?? 'NaN');
    return {
      width: number(svg, 'width'),
      texts: Array.from(svg.querySelectorAll('g.figure text'), (node) => ({
        text: node.textContent ?? '',
        x: number(node, 'x'),
        y: number(node, 'y'),
        size: parseFloat(node.getAttribute('font-size') ?? 'NaN'),
      })),
    };
  }, text);
}

test('a figure exported under the projector’s zoom is the file a laptop exports', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openPage(page);
  const laptop = await exportedHeatmap(page);
  await page.setViewportSize(PROJECTOR);
  await page.reload();
  await expect(page.locator('main[data-figures-sentence]')).toBeVisible(LONG);
  const projector = await exportedHeatmap(page);
  // Texts copied inside the figure's own SVG may have no x or y of their own.
  const distances = projector.texts
    .map((t, i) => Math.hypot(t.x - laptop.texts[i].x, t.y - laptop.texts[i].y))
    .filter((distance) => Number.isFinite(distance));
  const farthest = Math.max(...distances);
  console.log(
    `exported heatmap: ${laptop.texts.length} texts, ${laptop.width} px wide on a laptop, ` +
      `${projector.width} px under the projector's zoom; ${distances.length} placed texts at ` +
      `most ${farthest.toFixed(2)} px apart`,
  );
  expect(laptop.texts.length).toBeGreaterThan(10);
  expect(distances.length).toBeGreaterThan(10);
  // Under a zoom of 1.5 a 1 px border is drawn on whole screen pixels, so the figure lays out a
  // fraction of a pixel differently at each border; a file drawn at the screen's size would be
  // half as big again.
  expect(Math.abs(projector.width - laptop.width)).toBeLessThanOrEqual(2);
  expect(projector.texts.map((t) => [t.text, t.size])).toEqual(
    laptop.texts.map((t) => [t.text, t.size]),
  );
  expect(farthest).toBeLessThan(4);
});

// At a projector's, a laptop's and a phone's width, at the page's own text size and at the
// largest a reader may pick.
for (const [width, height, size] of [
  [1920, 1080, 100],
  [1366, 768, 100],
  [390, 844, 100],
  [1920, 1080, 200],
  [390, 844, 200],
]) {
  test(`the page never scrolls sideways at ${width} px wide, text size ${size}%`, async ({
    page,
  }) => {
    test.setTimeout(600_000);
    await page.setViewportSize({ width, height });
    await openPage(page, size === 100 ? '' : `#size=${size}`);
    let widest = 0;
    for (const id of await sectionIds(page)) {
      await showSection(page, id);
      widest = Math.max(widest, await page.evaluate(() => document.documentElement.scrollWidth));
    }
    console.log(`${width} px wide, text size ${size}%: the page is at most ${widest} px wide`);
    expect(widest).toBeLessThanOrEqual(width);
  });
}
