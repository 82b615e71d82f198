import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatValue } from '../../src/components/format';
import type { HeadAblation } from '../../src/engine/model/ablation';
import { DEFAULT_SENTENCE } from '../../src/store';
import { lineStyle } from '../../src/views/attention/tokenLinesLayout';
import { expectedTranslation, pageModel } from './expected';

const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';

/** Numbers kept at full precision in the data-value attributes of `cells`. */
async function values(cells: Locator): Promise<number[]> {
  return (await cells.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-value')))).map(
    Number,
  );
}

async function openPage(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto('/');
  await expect(page.locator('#self-attention-high-level line.attn-line').first()).toBeAttached({
    timeout: 30_000,
  });
  // The sticky sentence box would cover the top of each section's screenshot.
  await page.addStyleTag({ content: '.sentence-bar { position: static !important; }' });
  return errors;
}

test('the attention figures draw the trace’s numbers, consistently with each other', async ({
  page,
}) => {
  const errors = await openPage(page);
  const highLevel = page.locator('#self-attention-high-level');
  const detail = page.locator('#self-attention-in-detail');
  const maps = page.locator('#attention-maps');

  // The token view opens on "it", in the head config.json names as the one that resolves it,
  // while the figures further down start on layer 1, head 1.
  const chosen = highLevel.locator('.attn-token-query[data-chosen="true"]');
  await expect(chosen).toHaveText('it');
  const { itHead } = pageModel;
  if (!itHead) throw new Error('the page’s model names no "it" head in its config.json');
  const pressed = async (figure: Locator, layer: number, head: number) => {
    for (const name of [`Layer ${layer + 1}`, `Head ${head + 1}`]) {
      await expect(figure.getByRole('button', { name, exact: true }).first()).toHaveAttribute(
        'aria-pressed',
        'true',
      );
    }
  };
  await pressed(highLevel, itHead.layer, itHead.head);
  await expect(maps.locator('.cmp-caption').first()).toContainText('layer 1, head 1');
  // The strongest line goes to the animal, as in the post.
  const strongest = await highLevel
    .locator('line.attn-line')
    .evaluateAll((nodes) =>
      nodes
        .reduce((a, b) =>
          Number(b.getAttribute('data-weight')) > Number(a.getAttribute('data-weight')) ? b : a,
        )
        .getAttribute('data-key'),
    );
  await expect(highLevel.locator(`.attn-token-key[data-index="${strongest}"]`)).toHaveText(
    'animal',
  );
  // The note's button takes every figure to that head; the figures below then agree with it.
  await highLevel
    .getByTestId('it-head-note')
    .getByRole('button', { name: 'Show this head in every figure' })
    .click();
  await expect(maps.locator('.cmp-caption').first()).toContainText(
    `layer ${itHead.layer + 1}, head ${itHead.head + 1}`,
  );
  await expect(highLevel.getByTestId('it-head-note').getByRole('button')).toHaveCount(0);

  // The token view draws a line to every word, styled from its weight.
  const query = Number(await chosen.getAttribute('data-index'));
  const tokens = await highLevel.locator('.attn-token-key').allTextContents();
  const lines = highLevel.locator('line.attn-line');
  await expect(lines).toHaveCount(tokens.length);
  const drawn = await lines.evaluateAll((nodes) =>
    nodes.map((n) => ({
      key: Number(n.getAttribute('data-key')),
      weight: Number(n.getAttribute('data-weight')),
      width: Number(n.getAttribute('stroke-width')),
      opacity: Number(n.getAttribute('stroke-opacity')),
    })),
  );
  for (const line of drawn) {
    expect(line.width).toBeCloseTo(lineStyle(line.weight).width, 6);
    expect(line.opacity).toBeCloseTo(lineStyle(line.weight).opacity, 6);
  }
  const lineWeights = drawn.sort((a, b) => a.key - b.key).map((line) => line.weight);
  expect(lineWeights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  await highLevel.screenshot({ path: `${SHOTS}/attention-token-view.png` });

  // The heatmap's row for "it" holds the same weights; the cell under the pointer says so.
  const row = maps.locator(`.attn-map-main g[data-row="${query}"]`);
  expect(await values(row)).toEqual(lineWeights);
  const cell = maps.locator(`.attn-map-main g[data-row="${query}"][data-col="1"] rect`);
  await cell.hover();
  await expect(maps.locator('.attn-map-main [role="status"]')).toHaveText(
    `“it” → “${tokens[1]}”: ${formatValue(lineWeights[1])}`,
  );
  await maps.screenshot({ path: `${SHOTS}/attention-heatmaps.png` });

  // Step 4 of the walk-through: softmax of the scaled scores, the same weights, summing to 1.
  await detail.screenshot({ path: `${SHOTS}/attention-step-1.png` });
  for (let i = 0; i < 3; i++) await detail.getByRole('button', { name: 'Next →' }).click();
  const scores = await values(detail.locator('td[data-column="score"]'));
  const scaled = await values(detail.locator('td[data-column="scaled"]'));
  const weights = await values(detail.locator('td[data-column="weight"]'));
  expect(weights).toEqual(lineWeights);
  const ratio = scores[0] / scaled[0];
  scores.forEach((score, j) => expect(score / ratio).toBeCloseTo(scaled[j], 4));
  const exps = scaled.map(Math.exp);
  const total = exps.reduce((a, b) => a + b, 0);
  exps.forEach((e, j) => expect(weights[j]).toBeCloseTo(e / total, 6));
  await expect(detail.locator('td[data-column="weight-sum"]')).toHaveText('1.0000');
  await detail.screenshot({ path: `${SHOTS}/attention-step-4.png` });

  // Step 6: the displayed z is the sum of the displayed weighted values.
  await detail.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(detail.getByText('Step 6 of 6')).toBeVisible();
  const weighted = await detail
    .locator('td.attn-weighted')
    .evaluateAll((tds) =>
      tds.map((td) =>
        [...td.querySelectorAll('.cmp-vector-cell')].map((c) =>
          Number(c.getAttribute('data-value')),
        ),
      ),
    );
  expect(weighted).toHaveLength(tokens.length);
  const z = await values(detail.getByTestId('attn-z').locator('.cmp-vector-cell'));
  z.forEach((value, c) => {
    const sum = weighted.reduce((acc, vector) => acc + vector[c], 0);
    expect(Math.abs(value - sum)).toBeLessThan(1e-5);
  });
  await detail.screenshot({ path: `${SHOTS}/attention-step-6.png` });

  expect(errors).toEqual([]);
});

test('a small multiple selects its layer and head everywhere; the decoder’s maps show the mask', async ({
  page,
}) => {
  const errors = await openPage(page);
  const maps = page.locator('#attention-maps');
  const manyHeads = page.locator('#many-heads-lines');
  const thumbs = maps.locator('.attn-thumb');
  expect(await thumbs.count()).toBeGreaterThan(1);
  const last = thumbs.last();
  const layer = Number(await last.getAttribute('data-layer'));
  const head = Number(await last.getAttribute('data-head'));
  await last.click();
  await expect(last).toHaveAttribute('aria-pressed', 'true');
  await expect(maps.locator('.cmp-caption')).toContainText(`layer ${layer + 1}, head ${head + 1}`);
  const firstHead = manyHeads.getByRole('group', { name: 'First head' });
  await expect(firstHead.getByRole('button', { name: `First head ${head + 1}` })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await manyHeads.screenshot({ path: `${SHOTS}/attention-many-heads.png` });

  // The maps' own kind picker, not the one of the head switches below them.
  const mapsFigure = maps.locator('figure.attn-figure');
  await mapsFigure.getByRole('button', { name: 'Decoder self-attention (masked)' }).click();
  const cells = await maps.locator('.attn-map-main g[data-row]').evaluateAll((gs) =>
    gs.map((g) => ({
      row: Number(g.getAttribute('data-row')),
      col: Number(g.getAttribute('data-col')),
      value: Number(g.getAttribute('data-value')),
      hatched: (g.querySelector('rect')?.getAttribute('fill') ?? '').startsWith('url('),
    })),
  );
  expect(cells.length).toBeGreaterThan(1);
  for (const { row, col, value, hatched } of cells) {
    expect(hatched).toBe(col > row);
    if (col > row) expect(value).toBe(0);
  }
  await maps.screenshot({ path: `${SHOTS}/attention-decoder-maps.png` });

  await mapsFigure.getByRole('button', { name: 'Encoder-decoder attention' }).click();
  await expect(maps.locator('.cmp-caption')).toContainText('Encoder-decoder attention');
  await maps.screenshot({ path: `${SHOTS}/attention-cross-maps.png` });
  expect(errors).toEqual([]);
});

test('switching heads off reruns the model without them, says which, and every head comes back', async ({
  page,
}) => {
  const errors = await openPage(page);
  const panel = page.getByTestId('head-switches');
  const off: HeadAblation = [
    { kind: 'enc', layer: 0, head: 0 },
    { kind: 'enc', layer: 0, head: 1 },
    { kind: 'dec-cross', layer: 1, head: 6 },
  ];
  await panel.getByRole('button', { name: 'Head 1 of Encoder self-attention, layer 1' }).click();
  await panel.getByRole('button', { name: 'Head 2 of Encoder self-attention, layer 1' }).click();
  await panel.getByRole('button', { name: 'Encoder-decoder attention' }).click();
  await panel.getByRole('button', { name: 'Layer 2' }).click();
  await panel.getByRole('button', { name: 'Head 7 of Encoder-decoder attention, layer 2' }).click();
  await expect(page.getByTestId('ablated-heads')).toContainText(
    '3 heads are switched off: encoder self-attention, layer 1, heads 1 and 2; encoder-decoder attention, layer 2, head 7.',
  );
  // The translation is the engine's own with the same heads off.
  const translation = page.getByTestId('translation');
  await expect(translation).toHaveText(expectedTranslation(DEFAULT_SENTENCE, undefined, off));
  await panel.screenshot({ path: `${SHOTS}/attention-head-switches.png` });

  // The figures show the same run: the switched-off heads' columns of the concatenation are 0.
  const matrices = page.locator('#many-heads');
  await matrices.getByLabel('Layer', { exact: true }).selectOption('0');
  const concat = matrices.locator('[data-figure="concat"]');
  await concat.getByRole('button', { name: 'Show the numbers' }).click();
  const rows = await concat
    .locator('table')
    .filter({ has: page.locator('caption:text-matches("^Concat")') })
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => Number(td.dataset.value))),
    );
  const width = rows[0].length / 8;
  for (const row of rows) {
    expect(row.slice(0, 2 * width).every((value) => value === 0)).toBe(true);
    expect(row.slice(2 * width).some((value) => value !== 0)).toBe(true);
  }

  await page
    .getByTestId('ablated-heads')
    .getByRole('button', { name: /back on/ })
    .click();
  await expect(page.getByTestId('ablated-heads')).toHaveCount(0);
  await expect(translation).toHaveText(expectedTranslation(DEFAULT_SENTENCE));
  expect(errors).toEqual([]);
});
