import { expect, test, type Locator, type Page } from '@playwright/test';
import { subscript } from '../../src/views/matrices/shapes';
import { pageModel } from './expected';

const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';

async function openPage(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto('/');
  await expect(
    page.locator('#matrix-calculation .mx-part[data-symbol^="Q"] g[data-value]').first(),
  ).toBeAttached({
    timeout: 30_000,
  });
  // The sticky sentence box would cover the top of each figure's screenshot.
  await page.addStyleTag({ content: '.sentence-bar { position: static !important; }' });
  return errors;
}

/** The numbers of a matrix drawn as SVG cells, row by row. */
async function svgMatrix(part: Locator): Promise<number[][]> {
  const cells = await part.locator('g[data-row][data-col]').evaluateAll((nodes) =>
    nodes.map((n) => ({
      row: Number(n.getAttribute('data-row')),
      col: Number(n.getAttribute('data-col')),
      value: Number(n.getAttribute('data-value')),
    })),
  );
  const matrix: number[][] = [];
  for (const { row, col, value } of cells) (matrix[row] ??= [])[col] = value;
  return matrix;
}

/** The numbers of the table captioned `symbol: …` under a figure's "Show the numbers". */
async function tabled(figure: Locator, symbol: string): Promise<number[][]> {
  const toggle = figure.getByRole('button', { name: 'Show the numbers' });
  if (await toggle.count()) await toggle.click();
  const table = figure.locator('table').filter({
    has: figure.page().locator(`caption:text-matches("^${symbol}:")`),
  });
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((tr) =>
        Array.from(tr.querySelectorAll('td'), (td) => Number(td.getAttribute('data-value'))),
      ),
    );
}

test('the matrix figures draw the run’s numbers, consistent from one figure to the next', async ({
  page,
}) => {
  const errors = await openPage(page);
  const calculation = page.locator('#matrix-calculation');
  const manyHeads = page.locator('#many-heads');

  // Figure 14: X × W^Q = Q for the selected head, every shape beside the paper's.
  const qkv = calculation.locator('[data-figure="qkv"]');
  const tokens = await qkv.locator('.mx-left-cell .cmp-grid-rowlabels span').allTextContents();
  const S = tokens.length;
  expect(S).toBeGreaterThan(1);
  const captions = await qkv
    .locator('[data-caption]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-caption')));
  const xCaption = captions.find((caption) => caption?.startsWith('X:')) ?? '';
  const [, rows, dModel] = /^X: (\d+) × (\d+) \(paper: n × 512\)$/.exec(xCaption) ?? [];
  expect(Number(rows)).toBe(S);
  const d = Number(dModel);
  // The buttons count heads from 1, as the whole page does; the store and the weights from 0.
  const shownHead = Number(
    await calculation.locator('.mx-head-buttons button[aria-pressed="true"]').textContent(),
  );
  expect(shownHead).toBeGreaterThanOrEqual(1);
  const head = shownHead - 1;
  const h = subscript(shownHead);
  const q = await svgMatrix(qkv.locator(`.mx-part[data-symbol="Q${h}"]`));
  expect(q).toHaveLength(S);
  expect(q.flat().every(Number.isFinite)).toBe(true);
  // Hovering a cell of X names its word and column and shows its value. Sections above may
  // still settle their height as they render, so read which cell the pointer landed on.
  const x = qkv.locator('.mx-part[data-symbol="X"] .cmp-grid-area');
  await x.hover({ position: { x: 20, y: 5 } });
  const hoverStatus = qkv.locator('.mx-part[data-symbol="X"] [role="status"]');
  await expect(hoverStatus).toContainText('X[“');
  const hovered = /X\[“(.+)”, (\d+)\] = (\S+)/.exec((await hoverStatus.textContent()) ?? '');
  if (!hovered) throw new Error('hovering X shows no cell');
  // The weights are the model's own: W^Q of the head is its columns of q_proj.weightᵀ, and
  // X W^Q + b^Q gives the Q drawn.
  await expect(calculation.locator('.mx-missing')).toHaveCount(0);
  const layer = Number(await calculation.getByLabel('Layer', { exact: true }).inputValue());
  const prefix = `encoder.layers.${layer}.self_attn.q_proj`;
  const weight = pageModel.params.get(`${prefix}.weight`);
  const bias = pageModel.params.get(`${prefix}.bias`);
  if (!weight || !bias) throw new Error(`the model has no ${prefix}`);
  const dk = q[0].length;
  const wq = await tabled(qkv, `W\\\\^Q${h}`);
  const [bq] = await svgMatrix(qkv.locator(`.mx-part[data-symbol="b^Q${h}"]`));
  const xs = await tabled(qkv, 'X');
  const [, hoveredWord, hoveredColumn, hoveredText] = hovered;
  const hoveredRows = tokens.flatMap((token, r) => (token === hoveredWord ? [r] : []));
  expect(hoveredRows.length).toBeGreaterThan(0);
  const column = Number(hoveredColumn);
  expect(hoveredRows.some((r) => Math.abs(xs[r][column] - Number(hoveredText)) < 5e-3)).toBe(true);
  expect(wq).toHaveLength(d);
  wq.forEach((row, i) =>
    row.forEach((value, c) => expect(value).toBe(weight.data[(head * dk + c) * d + i])),
  );
  bq.forEach((value, c) => expect(value).toBe(bias.data[head * dk + c]));
  q.forEach((row, r) =>
    row.forEach((value, c) => {
      const sum = xs[r].reduce((acc, x, i) => acc + x * wq[i][c], bq[c]);
      expect(Math.abs(sum - value)).toBeLessThan(1e-4);
    }),
  );
  await qkv.getByRole('button', { name: 'Hide the numbers' }).click();
  await qkv.screenshot({ path: `${SHOTS}/matrices-14-qkv.png` });

  // Figure 15: the formula typeset; each row of the softmax weights sums to 1; Q is figure 14's.
  const formula = calculation.locator('[data-figure="formula"]');
  await expect(formula.locator('math[display="block"]')).toContainText('softmax');
  expect(await svgMatrix(formula.locator(`.mx-part[data-symbol="Q${h}"]`))).toEqual(q);
  const weights = await svgMatrix(formula.locator(`.mx-part[data-symbol="A${h}"]`));
  for (const row of weights) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  const zHead = await svgMatrix(formula.locator(`.mx-part[data-symbol="Z${h}"]`));
  await formula.screenshot({ path: `${SHOTS}/matrices-15-formula.png` });

  // Figures 16 and 17: one panel per head; the selected head's Z is figure 15's.
  const heads = manyHeads.locator('[data-figure="heads"]');
  const headCount = await heads.locator('.mx-panel-box').count();
  expect(headCount).toBeGreaterThan(1);
  await heads.screenshot({ path: `${SHOTS}/matrices-16-heads.png` });
  const outputs = manyHeads.locator('[data-figure="head-outputs"]');
  await expect(outputs.locator('.mx-panel-box')).toHaveCount(headCount);
  expect(await tabled(outputs, `Z${h}`)).toEqual(zHead);
  await outputs.getByRole('button', { name: 'Hide the numbers' }).click();
  await outputs.screenshot({ path: `${SHOTS}/matrices-17-head-outputs.png` });

  // Figure 18: head i's Z fills columns i·d_k … of the concatenation; the result is drawn.
  const concatFigure = manyHeads.locator('[data-figure="concat"]');
  await expect(concatFigure.locator('.mx-head-strip span')).toHaveCount(headCount);
  const concat = await tabled(concatFigure, 'Concat');
  const headSize = d / headCount;
  const columns = concat.map((row) => row.slice(head * headSize, (head + 1) * headSize));
  expect(columns).toEqual(zHead);
  const z = await tabled(concatFigure, 'Z');
  expect(z).toHaveLength(S);
  expect(z.flat().every(Number.isFinite)).toBe(true);
  await concatFigure.getByRole('button', { name: 'Hide the numbers' }).click();
  await concatFigure.screenshot({ path: `${SHOTS}/matrices-18-concat.png` });

  // Figure 19: one row per head; picking a head there moves every figure to it.
  const recap = manyHeads.locator('[data-figure="recap"]');
  await expect(recap.getByRole('button', { name: /^head \d+$/ })).toHaveCount(headCount);
  expect(await tabled(recap, 'Z')).toEqual(z);
  await recap.getByRole('button', { name: 'Hide the numbers' }).click();
  const next = (head + 1) % headCount;
  await recap.getByRole('button', { name: `head ${next + 1}`, exact: true }).click();
  // A section far from the viewport redraws when the reader comes back to it.
  await qkv.scrollIntoViewIfNeeded();
  await expect(qkv.locator(`.mx-part[data-symbol="Q${subscript(next + 1)}"]`)).toBeAttached();
  await recap.screenshot({ path: `${SHOTS}/matrices-19-recap.png` });

  expect(errors).toEqual([]);
});

test('the decoder’s masked self-attention hides the future before the softmax', async ({
  page,
}) => {
  const errors = await openPage(page);
  const calculation = page.locator('#matrix-calculation');
  await calculation.getByLabel('Attention', { exact: true }).selectOption('decoder-self');
  const formula = calculation.locator('[data-figure="formula"]');
  const scaled = await svgMatrix(formula.locator('.mx-part[data-symbol^="S"]'));
  const weights = await svgMatrix(formula.locator('.mx-part[data-symbol^="A"]'));
  for (let row = 0; row < scaled.length; row++) {
    for (let col = row + 1; col < scaled.length; col++) {
      expect(scaled[row][col]).toBe(-Infinity);
      expect(weights[row][col]).toBe(0);
    }
  }
  await formula.screenshot({ path: `${SHOTS}/matrices-15-decoder-masked.png` });
  await calculation.getByLabel('Attention', { exact: true }).selectOption('decoder-cross');
  await expect(calculation.locator('.mx-part[data-symbol="M"]')).toBeAttached();
  await calculation
    .locator('[data-figure="qkv"]')
    .screenshot({ path: `${SHOTS}/matrices-14-cross.png` });
  expect(errors).toEqual([]);
});
