import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { EMPTY_LINK, MAX_SENTENCE_LENGTH } from '../../src/app/url/linkState';
import { serialiseLink } from '../../src/app/url/serialiseLink';
import { translate } from '../../src/engine/model/translate';
import { DEFAULT_SENTENCE } from '../../src/store/inputSlice';
import { modelKey } from '../../src/worker/modelKey';
import { isEngineError, prepareSource } from '../../src/worker/source';
import { expectedTranslation, pageModel } from './expected';

const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';
const TIRED = DEFAULT_SENTENCE;
const WIDE = TIRED.replace('tired', 'wide');
const MODEL = modelKey(pageModel.info.ref);
const LONG = { timeout: 30_000 };
/** Longer than the address waits for the reader to pause, several times over. */
const SETTLE_MS = 1500;

interface Watched {
  errors: string[];
  dialogs: string[];
}

/** Console errors, uncaught exceptions and dialogs (an alert() would be injected script). */
function watch(page: Page): Watched {
  const watched: Watched = { errors: [], dialogs: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(String(error)));
  page.on('dialog', (dialog) => {
    watched.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return watched;
}

/** Opens `hash` in a fresh document and waits for its run to be drawn. */
async function open(page: Page, hash: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`/#${hash}`);
  // Drawn, not necessarily non-empty: a model may translate an odd sentence to nothing at all.
  await expect(page.getByTestId('translation')).toHaveAttribute('data-state', 'fresh', LONG);
  await expect(
    page.locator('main[data-figures-sentence]').or(page.locator('main.present')),
  ).toBeVisible();
}

const hashOf = (page: Page) => decodeURIComponent(new URL(page.url()).hash);
const rawHash = (page: Page) => new URL(page.url()).hash.slice(1);

/** The weights the token view draws, by key position. */
async function lineWeights(scope: Locator): Promise<number[]> {
  const lines = await scope
    .locator('line.attn-line')
    .evaluateAll((nodes) =>
      nodes.map((n) => [Number(n.getAttribute('data-key')), Number(n.getAttribute('data-weight'))]),
    );
  return lines.sort((a, b) => a[0] - b[0]).map(([, weight]) => weight);
}

/** The values of every cell of a heatmap, row by row. */
async function cellValues(scope: Locator): Promise<number[]> {
  return scope
    .locator('g[data-row][data-col]')
    .evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-value'))));
}

/** What the engine computes in node for `sentence`: row `query` of head `head` of layer `layer`. */
function engineWeights(sentence: string, layer: number, head: number, query: number): number[] {
  const { config, languages } = pageModel.info;
  const source = prepareSource(sentence, pageModel.source, config, languages.source);
  if (isEngineError(source)) throw new Error(source.message);
  const trace = translate(pageModel.params, config, source.srcIds, { kind: 'greedy' });
  const weights = trace.tensors.get(`enc.${layer}.self.weights`);
  if (!weights) throw new Error('no encoder attention');
  const S = weights.shape[1];
  const start = (head * S + query) * S;
  return [...weights.data.subarray(start, start + S)];
}

/** The element's top comes to rest in the upper half of the window. */
async function expectInView(page: Page, selector: string): Promise<void> {
  const height = page.viewportSize()?.height ?? 720;
  const top = async () => (await page.locator(selector).boundingBox())?.y ?? -1;
  await expect.poll(top).toBeGreaterThanOrEqual(0);
  await expect.poll(top).toBeLessThan(height / 2);
}

test('a link opened and left alone keeps its address, its section in view and its selection', async ({
  page,
}) => {
  const watched = watch(page);
  // Every encoder-decoder head of the last layer switched off, as a teacher's experiment.
  const lastLayer = pageModel.info.config.decoderLayers - 1;
  const heads = Array.from({ length: pageModel.info.config.heads }, (_, head) => ({
    kind: 'dec-cross' as const,
    layer: lastLayer,
    head,
  }));
  const link = serialiseLink({
    ...EMPTY_LINK,
    sentence: WIDE,
    model: MODEL,
    decoding: { kind: 'greedy' },
    section: 'attention-maps',
    selection: { layer: 1, head: 2, queryToken: 7, step: 1 },
    heads,
  });
  expect(link).toContain(`&off=dec-cross.${lastLayer + 1}.1,`);
  await open(page, link);
  await expect(page.getByTestId('translation')).toHaveText(
    expectedTranslation(WIDE, { kind: 'greedy' }, heads),
    LONG,
  );
  const maps = page.locator('#attention-maps');
  await expect(maps.getByRole('button', { name: 'Layer 2' }).first()).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(maps.getByRole('button', { name: 'Head 3' }).first()).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(maps.locator('.cmp-caption').first()).toContainText('layer 2, head 3');
  await page.waitForTimeout(SETTLE_MS);
  expect(rawHash(page)).toBe(link);
  await expectInView(page, '#attention-maps-title');
  await page.screenshot({ path: `${SHOTS}/classroom-link-opened.png` });

  // The first word is a choice too: the figures' own first pick ("it") does not override it.
  const first = serialiseLink({
    ...EMPTY_LINK,
    sentence: TIRED,
    model: MODEL,
    decoding: { kind: 'greedy' },
    section: 'self-attention-high-level',
    selection: { layer: 0, head: 0, queryToken: 0, step: 0 },
  });
  await open(page, first);
  const chosen = page.locator('#self-attention-high-level .attn-token-query[data-chosen="true"]');
  await expect(chosen).toHaveText('the');
  await page.waitForTimeout(SETTLE_MS);
  expect(rawHash(page)).toBe(first);
  expect(watched).toEqual({ errors: [], dialogs: [] });
});

test('a copied link opens another page on the same sentence, model, section, selection and numbers', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const watched = watch(page);
  await open(page, '');
  await page.locator('#sentence').fill(WIDE);
  await expect(page.locator(`main[data-figures-sentence="${WIDE}"]`)).toBeVisible(LONG);
  await page.getByTestId('decoding-picker').getByLabel('beam search').check();
  await expect(page.getByTestId('translation')).toHaveAttribute('data-state', 'fresh', LONG);
  const high = page.locator('#self-attention-high-level');
  await high.getByRole('button', { name: 'Layer 2' }).click();
  await high.getByRole('button', { name: 'Head 5' }).click();
  await high.locator('.attn-token-query').nth(1).click();
  // Scrolled to a section as a reader would, then the link shared.
  await page.mouse.move(500, 500);
  await page.mouse.wheel(0, 200);
  await page.evaluate(() => document.getElementById('attention-maps')?.scrollIntoView());
  await page.mouse.wheel(0, 40);
  await expect.poll(() => hashOf(page)).toContain('section=attention-maps');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.getByTestId('copied-link').inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(decodeURIComponent(new URL(link).hash)).toBe(
    `#sentence=${WIDE.replaceAll(' ', '+')}&model=${MODEL}&decoding=beam-4&section=attention-maps` +
      '&layer=2&head=5&query=2&step=1',
  );
  const drawn = await lineWeights(high);
  const row = await cellValues(page.locator('#attention-maps .attn-map-main'));

  const other = await context.newPage();
  const otherWatched = watch(other);
  await other.goto(link);
  const otherHigh = other.locator('#self-attention-high-level');
  await expect(otherHigh.locator('.attn-token-query[data-chosen="true"]')).toHaveText(
    'animal',
    LONG,
  );
  await expect(other.locator('#sentence')).toHaveValue(WIDE);
  await expect(other.getByTestId('model-picker').locator('select')).toHaveValue(MODEL);
  await expect(other.getByTestId('decoding-picker').getByLabel('beam search')).toBeChecked();
  await expect(otherHigh.getByRole('button', { name: 'Layer 2' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(otherHigh.getByRole('button', { name: 'Head 5' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(await lineWeights(otherHigh)).toEqual(drawn);
  expect(drawn).toEqual(engineWeights(WIDE, 1, 4, 1).map((w) => Math.fround(w)));
  expect(await cellValues(other.locator('#attention-maps .attn-map-main'))).toEqual(row);
  await expectInView(other, '#attention-maps-title');
  await other.waitForTimeout(SETTLE_MS);
  expect(other.url()).toBe(link);
  expect(watched).toEqual({ errors: [], dialogs: [] });
  expect(otherWatched).toEqual({ errors: [], dialogs: [] });
});

test('hostile and broken links: each part left out or clamped with a notice, nothing injected', async ({
  page,
}) => {
  const watched = watch(page);
  const notices = page.getByTestId('link-notices').locator('li');

  // A script in the sentence is text; markup in an unknown key is quoted as text.
  const script = '<script>alert(1)</script><img src=x onerror=alert(2)>';
  await open(
    page,
    `sentence=${encodeURIComponent(script)}&section=%3Cscript%3E&%3Cb%3Ebold%3C%2Fb%3E=1`,
  );
  await expect(page.locator('#sentence')).toHaveValue(script);
  await expect(notices).toContainText([
    'The link’s section “<script>” is not a section name; it was left out.',
    'The link’s part “<b>bold</b>” is not one this page knows; it was left out.',
  ]);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('main b').count()).toBe(0);
  expect(
    await page.evaluate(() =>
      [...document.querySelectorAll('script')].some((s) => s.textContent?.includes('alert')),
    ),
  ).toBe(false);
  await page.screenshot({ path: `${SHOTS}/classroom-hostile-script.png` });

  // Out of range: clamped to the model and the run, each with a notice.
  await open(page, 'layer=99&head=0&query=500&step=999&section=attention-maps');
  await expect(notices).toHaveCount(4);
  await expect(notices.filter({ hasText: 'layer 99' })).toHaveText(
    `The link asks for layer 99, but this model has ${pageModel.info.config.encoderLayers} layers: layer ${pageModel.info.config.encoderLayers} is shown.`,
  );
  await expect(notices.filter({ hasText: 'head 0' })).toHaveText(
    'The link asks for head 0, but they count from 1: head 1 is shown.',
  );
  await expect(notices.filter({ hasText: 'word 500' })).toContainText('word 12 is shown');
  await expect(notices.filter({ hasText: 'decoding step 999' })).toBeVisible();
  const maps = page.locator('#attention-maps');
  const lastLayer = pageModel.info.config.encoderLayers;
  await expect(
    maps.getByRole('button', { name: `Layer ${lastLayer}`, exact: true }).first(),
  ).toHaveAttribute('aria-pressed', 'true');
  await page.waitForTimeout(SETTLE_MS);
  expect(hashOf(page)).toMatch(new RegExp(`&layer=${lastLayer}&head=1&query=12&step=\\d+$`));
  await page.screenshot({ path: `${SHOTS}/classroom-hostile-range.png` });
  // The page opened at the section; the notices above are a click away.
  await page.getByRole('button', { name: '4 parts of the link could not be used' }).click();
  await expectInView(page, '[data-testid="link-notices"]');

  // Broken %-escapes and lone surrogates: those parts are left out, the page opens as usual.
  await open(page, 'sentence=%E0%A4%A&compare=%ED%A0%80&layer=%zz&decoding=beam-%FF&%ZZ=1');
  await expect(page.locator('#sentence')).toHaveValue(DEFAULT_SENTENCE);
  await expect(notices).toHaveCount(5);
  await open(page, 'sentence=it\uD800was+tired');
  await expect(page.locator('#sentence')).toHaveValue('it\uFFFDwas tired');

  // A 100 kB link: the sentence is cut, and the page says so.
  const huge = `sentence=${'the+animal+'.repeat(10_000)}`;
  expect(huge.length).toBeGreaterThan(100_000);
  await page.goto('about:blank');
  await page.goto(`/#${huge}`);
  await expect(notices.first()).toHaveText(
    `The link’s sentence was 110,000 characters long; only its first ${MAX_SENTENCE_LENGTH} are used.`,
    LONG,
  );
  expect((await page.locator('#sentence').inputValue()).length).toBe(MAX_SENTENCE_LENGTH);
  await expect(page.getByTestId('run-error')).toHaveAttribute('data-code', 'too_long');
  await page.waitForTimeout(SETTLE_MS);
  expect(page.url().length).toBeLessThan(2000);
  await page.screenshot({ path: `${SHOTS}/classroom-hostile-long.png` });

  expect(watched).toEqual({ errors: [], dialogs: [] });
});

test('a link can hide and fix controls for an exercise, and the reader can get them back', async ({
  page,
}) => {
  const watched = watch(page);
  await open(page, `sentence=${WIDE.replaceAll(' ', '+')}&hide=model,decoding&lock=sentence`);
  await expect(page.getByTestId('hidden-controls')).toHaveText(
    /This link hides the model picker and the decoding choice and fixes the sentence box/,
  );
  await expect(page.getByTestId('decoding-picker')).toHaveCount(0);
  await expect(page.getByTestId('model-picker')).toHaveCount(0);
  const box = page.locator('#sentence');
  await expect(box).toHaveAttribute('readonly', '');
  await box.focus();
  await page.keyboard.type('xyz');
  await page.keyboard.press('Backspace');
  await expect(box).toHaveValue(WIDE);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/classroom-hidden-controls.png` });

  await page.getByRole('button', { name: 'Show all controls' }).click();
  await expect(page.getByTestId('decoding-picker')).toBeVisible();
  await expect(box).not.toHaveAttribute('readonly', '');
  await page.waitForTimeout(SETTLE_MS);
  expect(hashOf(page)).not.toMatch(/hide=|lock=/);
  expect(watched).toEqual({ errors: [], dialogs: [] });
});

test('the presentation is driven by the keyboard from start to end', async ({ page }) => {
  const watched = watch(page);
  await open(page, '');
  await page.getByRole('button', { name: 'Present' }).click();
  const where = page.getByTestId('present-step');
  const count = Number((await where.textContent())?.match(/of (\d+)/)?.[1]);
  expect(count).toBeGreaterThan(10);
  await expect(where).toHaveText(`Step 1 of ${count}`);
  const title = page.locator('.present-step h2');
  await expect(title).toHaveText('A High-Level Look');

  // One figure a step: the seventh is the first of self-attention at a high level.
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(where).toHaveText(`Step 7 of ${count}`);
  await expect(title).toHaveText('Self-Attention at a High Level');
  await expect(page.locator('.present-step line.attn-line').first()).toBeAttached(LONG);
  await expect.poll(() => hashOf(page)).toContain('view=present&section=self-attention-high-level');
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '7');
  await page.screenshot({ path: `${SHOTS}/classroom-present-step-7.png` });

  await page.keyboard.press('Space');
  await expect(where).toHaveText(`Step 8 of ${count}`);
  await page.keyboard.press('ArrowLeft');
  await expect(where).toHaveText(`Step 7 of ${count}`);
  await page.keyboard.press('2');
  await page.keyboard.press('0');
  await expect(where).toHaveText(`Step 20 of ${count}`);
  await expect(title).toHaveText('Attention maps of every layer and head');
  await page.screenshot({ path: `${SHOTS}/classroom-present-step-20.png` });
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await expect(where).toHaveText(`Step 12 of ${count}`);
  await page.keyboard.press('End');
  await expect(where).toHaveText(`Step ${count} of ${count}`);
  await page.keyboard.press('ArrowRight');
  await expect(where).toHaveText(`Step ${count} of ${count}`);
  await page.keyboard.press('Home');
  await expect(where).toHaveText(`Step 1 of ${count}`);

  // The sentence stays reachable: typing in it never turns the page.
  const box = page.getByLabel('Sentence', { exact: true });
  await box.fill(WIDE);
  await box.press('Home');
  await box.press('End');
  await box.press('Space');
  await expect(where).toHaveText(`Step 1 of ${count}`);
  await expect(box).toHaveValue(`${WIDE} `);
  await expect(page.getByTestId('translation')).toHaveText(expectedTranslation(WIDE), LONG);

  await page.getByLabel('Go to step').selectOption({ index: 6 });
  await expect(where).toHaveText(`Step 7 of ${count}`);
  const seventh = await page.locator('.present-step').getAttribute('id');
  await page.locator('.present').focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('main.present')).toHaveCount(0);
  await expect(page.locator(`#${seventh}`)).toBeVisible();
  await expect.poll(() => hashOf(page)).not.toContain('view=present');
  expect(hashOf(page)).toContain(`section=${seventh}`);
  await expectInView(page, `#${seventh}-title`);
  expect(watched).toEqual({ errors: [], dialogs: [] });
});

test('comparing two sentences draws both with the same figure, from their own numbers', async ({
  page,
  context,
}) => {
  const watched = watch(page);
  await open(page, '');
  await page.getByRole('button', { name: 'Compare two sentences' }).click();
  const sides = page.getByTestId('compare-side');
  await expect(sides).toHaveCount(2);
  await expect(sides.nth(1)).toHaveAttribute('data-sentence', WIDE, LONG);
  await expect(sides.nth(0).locator('.compare-translation')).toHaveText(
    `→ ${expectedTranslation(TIRED)}`,
  );
  await expect(sides.nth(1).locator('.compare-translation')).toHaveText(
    `→ ${expectedTranslation(WIDE)}`,
  );
  // Both on "it", in the same layer and head; the weights are each sentence's own.
  const query = TIRED.split(' ').indexOf('it');
  for (const side of [sides.nth(0), sides.nth(1)]) {
    await expect(side.locator('.attn-token-query[data-chosen="true"]')).toHaveText('it');
  }
  // The lines open on the model's "it" head, as on the page: the post's figure, "it" on the
  // animal when it is tired and on the street when it is wide, each from its own numbers.
  const { itHead } = pageModel;
  if (!itHead) throw new Error('the page’s model names no "it" head in its config.json');
  const [tired, wide] = [await lineWeights(sides.nth(0)), await lineWeights(sides.nth(1))];
  const engine = (sentence: string) =>
    engineWeights(sentence, itHead.layer, itHead.head, query).map((w) => Math.fround(w));
  expect(tired).toEqual(engine(TIRED));
  expect(wide).toEqual(engine(WIDE));
  const strongest = (weights: number[]) => TIRED.split(' ')[weights.indexOf(Math.max(...weights))];
  expect([strongest(tired), strongest(wide)]).toEqual(['animal', 'street']);
  const table = page.getByTestId('compare-weights');
  const tableWide = await table
    .locator('td[data-side="second"]')
    .evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-value'))));
  expect(tableWide).toEqual(wide);

  // The head where "it" changes most, then another layer and head on both sides at once.
  const most = page.getByTestId('compare-most');
  if ((await most.getByRole('button').count()) > 0) await most.getByRole('button').click();
  await expect(most).toContainText('(Shown above.)');
  await sides.nth(1).getByRole('button', { name: 'Layer 2' }).click();
  await sides.nth(0).getByRole('button', { name: 'Head 4' }).click();
  for (const side of [sides.nth(0), sides.nth(1)]) {
    await expect(side.getByRole('button', { name: 'Layer 2' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(side.getByRole('button', { name: 'Head 4' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  }
  expect(await lineWeights(sides.nth(1))).toEqual(
    engineWeights(WIDE, 1, 3, query).map((w) => Math.fround(w)),
  );
  await page.screenshot({ path: `${SHOTS}/classroom-compare-token-view.png`, fullPage: true });

  await page.getByRole('combobox', { name: 'Figure', exact: true }).selectOption('alignment');
  const alignments = page.getByTestId('alignment');
  await expect(alignments).toHaveCount(2);
  const [first, second] = [
    await cellValues(alignments.nth(0)),
    await cellValues(alignments.nth(1)),
  ];
  expect(first.length).toBeGreaterThan(0);
  expect(first).not.toEqual(second);
  await page.screenshot({ path: `${SHOTS}/classroom-compare-alignment.png`, fullPage: true });

  // Any section of the page, drawn for each sentence: here the attention maps, same layer and head.
  await page.getByRole('combobox', { name: 'Figure', exact: true }).selectOption('attention-maps');
  const maps = sides.locator('.attn-map-main');
  await expect(maps).toHaveCount(2);
  const queryRow = (side: number) =>
    maps
      .nth(side)
      .locator(`g[data-row="${query}"]`)
      .evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-value'))));
  expect(await queryRow(0)).toEqual(engineWeights(TIRED, 1, 3, query).map((w) => Math.fround(w)));
  expect(await queryRow(1)).toEqual(engineWeights(WIDE, 1, 3, query).map((w) => Math.fround(w)));
  await page.screenshot({ path: `${SHOTS}/classroom-compare-section.png`, fullPage: true });
  await page.getByRole('combobox', { name: 'Figure', exact: true }).selectOption('alignment');

  // The comparison is in the link too.
  await expect.poll(() => hashOf(page)).toContain('figure=alignment');
  expect(hashOf(page)).toContain(`view=compare`);
  expect(hashOf(page)).toContain(`compare=${WIDE.replaceAll(' ', '+')}`);
  const other = await context.newPage();
  const otherWatched = watch(other);
  await other.goto(page.url());
  await expect(other.getByTestId('alignment')).toHaveCount(2, LONG);
  expect(await cellValues(other.getByTestId('alignment').nth(1))).toEqual(second);
  expect(watched).toEqual({ errors: [], dialogs: [] });
  expect(otherWatched).toEqual({ errors: [], dialogs: [] });
});

/** axe-core's violations inside the elements `include` matches, as "rule: target" lines. */
async function violations(page: Page, include: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  for (const selector of include) builder.include(selector);
  const { violations: found } = await builder.analyze();
  return found.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
}

test('axe finds no violation in the link notices, the tools, the presentation or the comparison', async ({
  page,
}) => {
  await open(page, 'colour=red&hide=model&lock=sentence&section=attention-maps');
  await page.getByRole('button', { name: 'Copy link' }).click();
  expect(
    await violations(page, ['.link-notices', '.link-controls', '.page-tools', '.sentence-bar']),
  ).toEqual([]);

  await page.getByRole('button', { name: 'Show all controls' }).click();
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByTestId('present-step')).toBeVisible();
  expect(await violations(page, ['.present-bar', '.present-nav', '.present-step > h2'])).toEqual(
    [],
  );
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Compare two sentences' }).click();
  await expect(page.getByTestId('compare-weights')).toBeVisible(LONG);
  expect(
    await violations(page, ['.compare-head', '.compare-controls', '.compare-table-wrap']),
  ).toEqual([]);
});
