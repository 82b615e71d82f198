import { expect, test, type Locator, type Page } from '@playwright/test';
import { figureTextProblems } from './textBoxes';

/**
 * The figures a teacher found broken on a 1920 × 1080 projector, measured in the page: each test
 * prints what it measured, so a run shows the numbers beside its verdict.
 */
test.use({ viewport: { width: 1920, height: 1080 } });

const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/figure-fixes';

async function openPage(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('#loss-function [data-testid="loss-figure"]')).toBeVisible({
    timeout: 60_000,
  });
  // The sticky sentence box would cover the top of each figure's screenshot.
  await page.addStyleTag({ content: '.sentence-bar { position: static !important; }' });
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

async function boxesOf(elements: Locator): Promise<Box[]> {
  return elements.evaluateAll((nodes) =>
    nodes.map((node) => {
      const { left, right, top, bottom } = node.getBoundingClientRect();
      return { left, right, top, bottom };
    }),
  );
}

test('the loss heatmaps’ column labels stay apart and below the caption, and every number fits its cell', async ({
  page,
}) => {
  await openPage(page);
  const loss = page.locator('#loss-function');
  const target = loss.getByTestId('target-distributions');
  await target.scrollIntoViewIfNeeded();
  // Labels and caption measured in one go: sections above may still settle their height.
  const { labels, caption } = await target.evaluate((figure) => {
    const box = (node: Element) => {
      const { left, right, top, bottom } = node.getBoundingClientRect();
      return { left, right, top, bottom };
    };
    const captionNode = figure.querySelector('.cmp-caption');
    if (!captionNode) throw new Error('the heatmap has no caption');
    return {
      labels: Array.from(figure.querySelectorAll('.cmp-grid-collabels span'), box),
      caption: box(captionNode),
    };
  });
  expect(labels.length).toBeGreaterThan(1);
  // Turned labels are measured as the slanted boxes they are, with the rest of the figure's text.
  const overlaps = await figureTextProblems(loss);
  const intoCaption = Math.max(...labels.map((label) => caption.bottom - label.top));
  console.log(
    `loss headers: ${labels.length} labels, ${overlaps.length} texts overlapping or cut, ` +
      `highest label ${intoCaption.toFixed(1)} px into the caption (negative: below it)`,
  );
  await target.screenshot({ path: `${SHOTS}/loss-headers.png` });
  expect(overlaps).toEqual([]);
  expect(intoCaption).toBeLessThanOrEqual(0);

  // A short pair shows its numbers in the cells: each must fit its cell, and read as a decimal.
  await loss.getByRole('button', { name: 'i am a student', exact: true }).click();
  const untrained = loss.getByTestId('model-untrained');
  await expect(untrained.locator('svg text').first()).toBeVisible();
  const cells = await loss.locator('[data-testid^="model-"] g[data-value]').evaluateAll((groups) =>
    groups.map((group) => {
      const rect = group.querySelector('rect');
      const text = group.querySelector('text');
      return {
        value: Number(group.getAttribute('data-value')),
        shown: text?.textContent ?? '',
        textWidth: text ? (text as SVGTextElement).getBBox().width : 0,
        cellWidth: rect ? Number(rect.getAttribute('width')) : 0,
      };
    }),
  );
  expect(cells.length).toBeGreaterThan(0);
  const widest = Math.max(...cells.map((c) => c.textWidth - c.cellWidth));
  const exponents = cells.filter((c) => Math.abs(c.value) >= 1e-4 && c.shown.includes('e-'));
  console.log(
    `loss cells: ${cells.length} numbers, widest text minus its cell ${widest.toFixed(1)} px; ` +
      `${exponents.length} values ≥ 1e-4 written with an exponent (e.g. ${exponents[0]?.shown ?? 'none'})`,
  );
  await untrained.screenshot({ path: `${SHOTS}/loss-numbers.png` });
  expect(widest).toBeLessThanOrEqual(0);
  expect(exponents).toEqual([]);

  const tableCells = await loss
    .getByTestId('loss-table')
    .last()
    .locator('td[data-value]')
    .evaluateAll((tds) =>
      tds.map((td) => ({
        value: Number(td.getAttribute('data-value')),
        shown: td.textContent ?? '',
        clipped: td.scrollWidth > td.clientWidth,
      })),
    );
  const tableExponents = tableCells.filter(
    (c) => Math.abs(c.value) >= 1e-4 && c.shown.includes('e-'),
  );
  console.log(
    `loss table: ${tableCells.filter((c) => c.clipped).length} clipped cells, ` +
      `${tableExponents.length} values ≥ 1e-4 with an exponent (e.g. ${tableExponents[0]?.shown ?? 'none'})`,
  );
  expect(tableCells.filter((c) => c.clipped)).toEqual([]);
  expect(tableExponents).toEqual([]);
  // Each shown number parses back to the value within half a unit of its last digit.
  for (const c of tableCells) {
    const decimals = c.shown.includes('e') ? 0 : (c.shown.split('.')[1] ?? '').length;
    const halfUnit = c.shown.includes('e') ? Math.abs(c.value) * 5e-3 : 0.5 * 10 ** -decimals;
    expect(Math.abs(Number(c.shown) - c.value)).toBeLessThanOrEqual(halfUnit * (1 + 1e-9));
  }
});

test('the one-hot “1” is a bar of a readable size, and the one-hot and smoothed bars line up word for word', async ({
  page,
}) => {
  await openPage(page);
  const recap = page.locator('#recap-of-training');
  const oneHot = recap.getByRole('img', { name: /^One-hot vector of/ });
  const smoothed = recap.getByRole('img', { name: /^Label-smoothed target of/ });
  await oneHot.scrollIntoViewIfNeeded();
  const chosen = Number(await oneHot.locator('[data-value="1"]').getAttribute('data-index'));
  const [hot] = await boxesOf(oneHot.locator('[data-value="1"]'));
  const count = await oneHot.locator('[data-index]').count();
  let shift = 0;
  for (const index of [0, chosen, Math.floor(count / 2), count - 1]) {
    const [a] = await boxesOf(oneHot.locator(`[data-index="${index}"]`));
    const [b] = await boxesOf(smoothed.locator(`[data-index="${index}"]`));
    shift = Math.max(shift, Math.abs(a.left - b.left), Math.abs(a.right - b.right));
  }
  console.log(
    `one-hot: the "1" bar is ${(hot.right - hot.left).toFixed(1)} × ${(hot.bottom - hot.top).toFixed(1)} px; ` +
      `one-hot and smoothed bars differ by up to ${shift.toFixed(1)} px in x`,
  );
  await recap.getByTestId('vocabulary').screenshot({ path: `${SHOTS}/one-hot.png` });
  expect(hot.bottom - hot.top).toBeGreaterThanOrEqual(40);
  expect(hot.right - hot.left).toBeGreaterThanOrEqual(4);
  expect(shift).toBeLessThanOrEqual(1);
});

test('the matrix calculation reads X × W + b = Q from left to right', async ({ page }) => {
  await openPage(page);
  const qkv = page.locator('#matrix-calculation [data-figure="qkv"]');
  await qkv.scrollIntoViewIfNeeded();
  const [x] = await boxesOf(qkv.locator('.mx-part[data-symbol="X"]'));
  const [w] = await boxesOf(qkv.locator('.mx-part[data-symbol^="W^Q"]'));
  const [q] = await boxesOf(qkv.locator('.mx-part[data-symbol^="Q"]'));
  console.log(
    `product: X spans x ${x.left.toFixed(0)}–${x.right.toFixed(0)}, W^Q ${w.left.toFixed(0)}–${w.right.toFixed(0)}, ` +
      `Q ${q.left.toFixed(0)}–${q.right.toFixed(0)}`,
  );
  await qkv.screenshot({ path: `${SHOTS}/product.png` });
  expect(x.right).toBeLessThan(w.left);
  expect(w.right).toBeLessThan(q.left);
});

test('every head’s Z keeps a visible label, and the eight fit one row', async ({ page }) => {
  await openPage(page);
  const outputs = page.locator('#many-heads [data-figure="head-outputs"]');
  await outputs.scrollIntoViewIfNeeded();
  const panels = await boxesOf(outputs.locator('.mx-panel-box'));
  const labels = await outputs.locator('.mx-panel-symbol').evaluateAll((nodes) =>
    nodes.map((node) => {
      const { width, height } = node.getBoundingClientRect();
      return {
        text: node.textContent ?? '',
        visible: width > 0 && height > 0,
        size: parseFloat(getComputedStyle(node).fontSize),
      };
    }),
  );
  const rows = new Map<number, number>();
  for (const panel of panels)
    rows.set(Math.round(panel.top), (rows.get(Math.round(panel.top)) ?? 0) + 1);
  console.log(
    `heads: ${panels.length} panels in rows of ${[...rows.values()].join(' + ')}; labels ` +
      labels.map((l) => `${l.text} ${l.size}px`).join(', '),
  );
  await outputs.screenshot({ path: `${SHOTS}/head-outputs.png` });
  expect(labels).toHaveLength(panels.length);
  for (const [head, label] of labels.entries()) {
    expect(label.visible).toBe(true);
    expect(label.text).toMatch(new RegExp(`^Z${'₁₂₃₄₅₆₇₈₉'[head]}`));
    expect(label.size).toBeGreaterThanOrEqual(12);
  }
  expect([...rows.values()]).toEqual([panels.length]);
});

test('the Add & Norm diagram uses the room it has, its labels at least 12 px', async ({ page }) => {
  await openPage(page);
  const diagram = page.locator('svg.arch-svg[aria-label^="Encoder layer"]');
  await diagram.scrollIntoViewIfNeeded();
  const [box] = await boxesOf(diagram);
  const sizes = await diagram
    .locator('text')
    .evaluateAll((texts) => texts.map((t) => parseFloat(getComputedStyle(t).fontSize)));
  console.log(
    `add & norm: ${(box.right - box.left).toFixed(0)} × ${(box.bottom - box.top).toFixed(0)} px, ` +
      `text ${Math.min(...sizes)}–${Math.max(...sizes)} px`,
  );
  await diagram.screenshot({ path: `${SHOTS}/add-and-norm.png` });
  expect(box.right - box.left).toBeGreaterThan(400);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
});
