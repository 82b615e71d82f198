import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * The architecture, vector and positional-encoding figures on the built page: each draws real
 * content from the run with no console error, and each is saved as a screenshot to look at.
 */

/** Where screenshots go; SCREENSHOT_DIR moves them, e.g. out of a folder another run clears. */
const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';

async function shoot(target: Locator, name: string): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  await target.screenshot({ path: `${SHOTS}/architecture-${name}.png` });
}

async function openPage(page: Page, errors: string[]): Promise<void> {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('./');
  await expect(page.getByTestId('arch-translation')).not.toBeEmpty({ timeout: 30_000 });
  // The sticky sentence box would cover the top of every element screenshot.
  await page.addStyleTag({ content: '.sentence-bar { position: static !important; }' });
}

/** The numbers a VectorCells strip holds. */
async function stripValues(strip: Locator): Promise<number[]> {
  return strip
    .locator('.cmp-vector-cell')
    .evaluateAll((cells) => cells.map((cell) => Number((cell as HTMLElement).dataset.value)));
}

test('the high-level look opens into the real stacks and the insides of a layer', async ({
  page,
}) => {
  const errors: string[] = [];
  await openPage(page, errors);
  const section = page.locator('#high-level-look');
  await expect(section.getByTestId('arch-source')).not.toBeEmpty();
  await section.getByRole('button', { name: 'THE TRANSFORMER' }).click();
  const encoders = section.getByRole('button', { name: /^Encoder \d+ of \d+/ });
  expect(await encoders.count()).toBeGreaterThan(0);
  await shoot(section.locator('figure').first(), 'black-box-opened');

  const decoders = section.getByRole('button', { name: /^Decoder \d+ of \d+/ });
  const top = await decoders.count();
  await decoders.nth(top - 1).click();
  await expect(section.getByRole('heading', { name: `Inside decoder layer ${top}` })).toBeVisible();

  const insideEncoder = section.locator('.arch-inside-encoder');
  await insideEncoder.getByRole('button', { name: 'Feed forward' }).hover();
  const readout = section.getByTestId('inside-encoder-readout');
  await expect(readout).toContainText('.ffn.out');
  expect((await stripValues(readout.locator('.cmp-vector-cells').first())).length).toBeGreaterThan(
    0,
  );
  await shoot(insideEncoder, 'inside-encoder');
  await shoot(section.locator('.arch-inside-decoder'), 'inside-decoder');
  expect(errors).toEqual([]);
});

test('tensors and encoding: one embedding per token and the flow through a layer', async ({
  page,
}) => {
  const errors: string[] = [];
  await openPage(page, errors);
  const tensors = page.locator('#tensors');
  const tokens = await page.locator('#tensors .vec-embeddings .vec-token').count();
  expect(tokens).toBeGreaterThan(1);
  await expect(tensors.locator('.vec-embeddings .cmp-vector-cells')).toHaveCount(tokens);
  await expect(tensors.getByText(/the paper uses 512/)).toBeVisible();
  await shoot(tensors.locator('figure').first(), 'embeddings');
  await expect(tensors.locator('.vec-ffn')).toHaveCount(tokens);
  await shoot(tensors.locator('figure').nth(1), 'flow-layer-1');

  const encoding = page.locator('#encoding');
  await encoding.getByRole('button', { name: '2', exact: true }).click();
  await expect(encoding.getByText(/enc\.1\.norm2/)).toBeVisible();
  await shoot(encoding.locator('figure').first(), 'flow-layer-2');
  expect(errors).toEqual([]);
});

test('positional encoding: x + t adds up, the toy table matches the post, both heatmaps draw', async ({
  page,
}) => {
  const errors: string[] = [];
  await openPage(page, errors);
  const section = page.locator('#positional-encoding');
  const x = await stripValues(section.getByTestId('pos-x-1'));
  const t = await stripValues(section.getByTestId('pos-t-1'));
  const sum = await stripValues(section.getByTestId('pos-input-1'));
  expect(sum).toEqual(x.map((value, i) => Math.fround(value + t[i])));
  await shoot(section.locator('figure').first(), 'x-plus-t');

  const toyRows = section.getByTestId('toy-table').locator('tbody tr');
  // Words count from 1 on the page; the formula's pos counts from 0.
  await expect(toyRows.nth(1)).toHaveText(/^2 \(pos = 1\)\s*\.841\s*\.0001\s*\.540\s*1$/);
  await expect(toyRows.nth(2)).toHaveText(/^3 \(pos = 2\)\s*\.909\s*\.0002\s*-\.416\s*1$/);
  await shoot(section.locator('figure').nth(1), 'toy-table');

  await expect(section.locator('.pos-badge')).toHaveCount(1);
  await shoot(section.locator('figure').nth(2), 'heatmaps-model-width');
  await section.getByRole('radio', { name: /the paper \(512\)/ }).check();
  await expect(section.getByText('20 positions × 512 dimensions')).toHaveCount(2);
  await expect(section.locator('canvas')).toHaveCount(2);
  await shoot(section.locator('figure').nth(2), 'heatmaps-512');
  expect(errors).toEqual([]);
});

test('the residuals: Add & Norm vectors and the whole model, every block a button', async ({
  page,
}) => {
  const errors: string[] = [];
  await openPage(page, errors);
  const section = page.locator('#residuals');
  await shoot(section.locator('figure').first(), 'encoder-add-norm');

  const attention = section.getByTestId('residual-attention');
  const [x, z, sum] = await Promise.all(
    [0, 1, 2].map((i) => stripValues(attention.locator('.cmp-vector-cells').nth(i))),
  );
  expect(sum).toEqual(x.map((value, i) => Math.fround(value + z[i])));
  await shoot(section.locator('figure').nth(1), 'residual-vectors');

  const blocks = section.locator('[data-block]');
  expect(await blocks.count()).toBeGreaterThan(10);
  await section.getByRole('button', { name: 'Softmax, output' }).click();
  await expect(section.getByTestId('model-block-detail')).toContainText('out.probs');
  await shoot(section.locator('figure').nth(2), 'model-as-built');
  expect(errors).toEqual([]);
});
