import { expect, test, type Locator, type Page } from '@playwright/test';
import { translate } from '../../src/engine/model/translate';
import type { DecodingChoice, Trace } from '../../src/engine/model/trace';
import { BOS } from '../../src/engine/model/config';
import { forwardTrace } from '../../src/engine/model/forward';
import { initParams, type Params } from '../../src/engine/model/params';
import { DEFAULT_SENTENCE, BEAM_LENGTH_PENALTY, postReference } from '../../src/store';
import { UNTRAINED_SEED } from '../../src/worker/models';
import { isEngineError, prepareSource } from '../../src/worker/source';
import { alignmentMatrix } from '../../src/views/decoding/alignment';
import { headBlock } from '../../src/views/decoding/headSlice';
import { pageModel } from './expected';
import type { TraceName } from '../../src/engine';

const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';

/** The engine's own run, in node, of what the page runs first. */
function expectedTrace(decoding: DecodingChoice): Trace {
  const { config, languages } = pageModel.info;
  const source = prepareSource(DEFAULT_SENTENCE, pageModel.source, config, languages.source);
  if (isEngineError(source)) throw new Error(source.message);
  return translate(pageModel.params, config, source.srcIds, decoding);
}

function tensorOf(trace: Trace, name: TraceName) {
  const t = trace.tensors.get(name);
  if (!t) throw new Error(`the trace has no ${name}`);
  return t;
}

async function dataValues(cells: Locator, attribute = 'data-value'): Promise<number[]> {
  return (
    await cells.evaluateAll((nodes, name) => nodes.map((n) => n.getAttribute(name)), attribute)
  ).map(Number);
}

/**
 * Every value of a figure's "Show the numbers" table: read the same whether cells are SVG or
 * canvas. The table is closed again, so that a page of tens of thousands of cells does not slow
 * every later query.
 */
async function tableValues(figure: Locator): Promise<number[]> {
  const toggle = figure.locator('button.cmp-numbers-toggle');
  await toggle.click();
  const values = await dataValues(figure.locator('table td[data-value]'));
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  return values;
}

/**
 * Every shown value within 5e-6 of the engine's (equal where the engine's is not finite). One
 * assertion over the list, which may hold tens of thousands of numbers, naming the first misses.
 */
function expectClose(shown: number[], expected: ArrayLike<number>): void {
  expect(shown).toHaveLength(expected.length);
  const misses = shown.flatMap((value, i) => {
    const close = Number.isFinite(expected[i])
      ? Math.abs(value - expected[i]) < 5e-6
      : value === expected[i];
    return close ? [] : [{ index: i, shown: value, engine: expected[i] }];
  });
  expect(misses.slice(0, 5)).toEqual([]);
}

async function openPage(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto('/');
  await expect(page.locator('#decoder-side .decoding-diagram')).toBeVisible({ timeout: 30_000 });
  // The sticky sentence box would cover the top of each section's screenshot.
  await page.addStyleTag({ content: '.sentence-bar { position: static !important; }' });
  return errors;
}

/**
 * What the loss figure should show for `reference`: the trained model's and its untrained twin's
 * out.probs, the decoder reading <bos> and the reference.
 */
function scoredProbs(reference: string) {
  const { config, languages } = pageModel.info;
  const source = prepareSource(DEFAULT_SENTENCE, pageModel.source, config, languages.source);
  const target = prepareSource(reference, pageModel.target, config, languages.target);
  if (isEngineError(source) || isEngineError(target)) throw new Error('the pair cannot be scored');
  const input = [BOS, ...target.srcIds.subarray(0, target.srcIds.length - 1)];
  const probsOf = (params: Params) =>
    forwardTrace(params, config, source.srcIds, input).get('out.probs')?.data ?? [];
  return {
    positions: target.srcIds.length,
    trained: Float32Array.from(probsOf(pageModel.params)),
    untrained: Float32Array.from(probsOf(initParams(config, UNTRAINED_SEED))),
  };
}

const greedy = expectedTrace({ kind: 'greedy' });
const vocab = pageModel.info.config.tgtVocabSize;
const wordOf = (id: number) => pageModel.target.tokenOf(id);

test('the decoder side plays the engine’s translation and draws its mask and alignment', async ({
  page,
}) => {
  const errors = await openPage(page);
  const section = page.locator('#decoder-side');
  const steps = greedy.steps.length;
  const label = section.getByTestId('decoding-step');
  await expect(label).toHaveText(`Step 1 of ${steps}: emits ${wordOf(greedy.steps[0].chosenId)}`);
  await section.getByRole('button', { name: 'Next step' }).click();
  await expect(label).toContainText('Step 2 of');
  await section.getByRole('group', { name: /Decoding player/ }).press('ArrowRight');
  await expect(label).toHaveText(`Step 3 of ${steps}: emits ${wordOf(greedy.steps[2].chosenId)}`);
  const current = section.locator('.decoding-diagram [data-state="current"]');
  await expect(current).toHaveText([wordOf(greedy.tgtIds[2]), wordOf(greedy.outputIds[2])]);
  await expect(section.locator('.decoding-kv')).toHaveCount(pageModel.info.config.decoderLayers);

  const [before, after] = await section.getByTestId('causal-mask').locator('.cmp-grid-area').all();
  const n = steps;
  expectClose(
    await dataValues(before.locator('[data-value]')),
    headBlock(tensorOf(greedy, 'dec.0.self.scaled'), 0, n, n),
  );
  const weights = await dataValues(after.locator('[data-value]'));
  expectClose(weights, headBlock(tensorOf(greedy, 'dec.0.self.weights'), 0, n, n));
  for (let r = 0; r < n; r++) for (let c = r + 1; c < n; c++) expect(weights[r * n + c]).toBe(0);

  const alignment = section.getByTestId('alignment').locator('.cmp-grid-area [data-value]');
  expectClose(
    await dataValues(alignment),
    alignmentMatrix(tensorOf(greedy, 'dec.0.cross.weights'), 'average', n),
  );
  await section.screenshot({ path: `${SHOTS}/decoding-decoder-side.png` });
  expect(errors).toEqual([]);
});

test('the player steps without animation when the reader asks for reduced motion', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openPage(page);
  const section = page.locator('#decoder-side');
  await section.getByRole('button', { name: 'Next step' }).click();
  const feedback = section.locator('.decoding-feedback');
  await expect(feedback).toHaveCount(greedy.steps.length > 2 ? 1 : 0);
  if (greedy.steps.length > 2) {
    expect(await feedback.evaluate((node) => getComputedStyle(node).animationName)).toBe('none');
  }
});

test('the final layer shows the trace’s logits, probabilities and argmax for a chosen step', async ({
  page,
}) => {
  const errors = await openPage(page);
  const section = page.locator('#final-linear-softmax');
  const step = Math.min(1, greedy.steps.length - 1);
  await section.getByRole('button', { name: new RegExp(`^Step ${step + 1}:`) }).click();
  const chosen = greedy.steps[step].chosenId;
  await expect(section.getByTestId('argmax')).toContainText(`index ${chosen} → `);
  const strips = section.locator('.cmp-vector-cells');
  const row = (name: TraceName) =>
    tensorOf(greedy, name).data.subarray(step * vocab, (step + 1) * vocab);
  expectClose(await dataValues(strips.nth(1).locator('[data-value]')), row('out.logits'));
  expectClose(await dataValues(strips.nth(2).locator('[data-value]')), row('out.probs'));
  const bars = section.locator('.output-bar');
  const barIds = await dataValues(bars, 'data-id');
  expect(barIds.slice(0, greedy.steps[step].candidates.length)).toEqual(
    greedy.steps[step].candidates.map((c) => c.id),
  );
  await section.getByRole('searchbox').fill(String(chosen));
  await expect(section.getByTestId('word-table').locator('tbody tr').first()).toHaveAttribute(
    'data-id',
    String(chosen),
  );
  await section.screenshot({ path: `${SHOTS}/decoding-final-layer.png` });
  expect(errors).toEqual([]);
});

test('the recap of training lists the vocabulary and the one-hot vector of the first word', async ({
  page,
}) => {
  const errors = await openPage(page);
  const recap = page.locator('#recap-of-training');
  // Every word, up to the 400 the list shows before asking the reader to search.
  await expect(
    recap.getByRole('list', { name: 'Output vocabulary' }).getByRole('button'),
  ).toHaveCount(Math.min(vocab, 400));
  const oneHot = await dataValues(
    recap.getByRole('img', { name: /^One-hot vector of/ }).locator('[data-value]'),
  );
  expect(oneHot.filter((v) => v === 1)).toHaveLength(1);
  expect(oneHot.indexOf(1)).toBe(greedy.outputIds[0]);
  await recap.screenshot({ path: `${SHOTS}/decoding-recap.png` });
  expect(errors).toEqual([]);
});

test('the loss recomputes from the distributions shown, over every word of the vocabulary', async ({
  page,
}) => {
  const errors = await openPage(page);
  // The pair is the sentence on screen and the post's own translation of it, scored by the model
  // and by its untrained twin.
  const loss = page.locator('#loss-function');
  const reference = postReference(DEFAULT_SENTENCE, pageModel.info.languages) ?? '';
  await expect(loss.getByLabel(/Reference translation/)).toHaveValue(reference);
  await loss.getByRole('button', { name: `all ${vocab} words` }).click();
  const target = await tableValues(loss.getByTestId('target-distributions'));
  const predicted = await tableValues(loss.locator('[data-testid^="model-"]').first());
  const scored = scoredProbs(reference);
  const positions = scored.positions;
  expectClose(predicted, scored.trained.subarray(0, positions * vocab));
  expectClose(
    await tableValues(loss.getByTestId('model-untrained')),
    scored.untrained.subarray(0, positions * vocab),
  );
  const shown = await dataValues(
    loss.getByTestId('loss-table').locator('tbody tr td:nth-child(5)'),
  );
  for (let t = 0; t < positions; t++) {
    let recomputed = 0;
    for (let v = 0; v < vocab; v++)
      recomputed -= target[t * vocab + v] * Math.log(predicted[t * vocab + v]);
    expect(shown[t]).toBeCloseTo(recomputed, 6);
  }
  await loss.getByRole('button', { name: 'the words that matter' }).click();
  await loss.screenshot({ path: `${SHOTS}/decoding-loss.png` });

  // A word the model does not know is named, with known words to put in its place.
  await loss.getByLabel(/Reference translation/).fill(`${reference} zzzq`);
  await expect(loss.getByTestId('reference-unknown')).toContainText('“zzzq”');
  expect(errors).toEqual([]);
});

test('beam search shows the search’s own scores, greedy beside it, and beam size 1 is greedy', async ({
  page,
}) => {
  const errors = await openPage(page);
  const section = page.locator('#greedy-vs-beam');
  await expect(section.getByTestId('beam-off')).toBeVisible();
  await section.getByLabel('beam search').check();
  await expect(section.getByTestId('beam-tree')).toBeVisible({ timeout: 30_000 });

  const choice = {
    kind: 'beam',
    beamSize: 2,
    returnBeams: 2,
    lengthPenalty: BEAM_LENGTH_PENALTY,
  } as const;
  const beam = expectedTrace(choice).beam;
  if (!beam) throw new Error('no beam in the expected trace');
  const nodes = section.locator('[data-testid="beam-tree"] [data-node-id]');
  await expect(nodes).toHaveCount(beam.nodes.length);
  // Boxes are drawn column by column, best first: match each to its node by id.
  const drawnIds = await dataValues(nodes, 'data-node-id');
  expectClose(
    await dataValues(nodes, 'data-score'),
    drawnIds.map((id) => beam.nodes[id].score),
  );
  expect([...drawnIds].sort((a, b) => a - b)).toEqual(beam.nodes.map((node) => node.id));
  const rows = section.locator('[data-testid="beam-results"] tbody tr');
  expect(await dataValues(rows, 'data-node-id')).toEqual(beam.best);
  expectClose(
    await dataValues(rows.locator('td:nth-child(5)')),
    beam.best.map((id) => beam.nodes[id].score),
  );
  const greedyWords = Array.from(greedy.outputIds, wordOf).join(' ');
  await expect(section.getByTestId('greedy-row')).toContainText(greedyWords);
  await section.screenshot({ path: `${SHOTS}/decoding-beam.png` });

  // A beam run streams no steps; its steps, read off the best beam, can still be picked.
  const finalLayer = page.locator('#final-linear-softmax');
  const lastStep = finalLayer.getByRole('button', { name: /^Step \d+:/ }).last();
  await lastStep.click();
  await expect(lastStep).toHaveAttribute('aria-pressed', 'true');

  await section.getByRole('combobox', { name: /^beam size/ }).selectOption('1');
  await expect(section.locator('[data-testid="beam-tree"] [data-node-id]')).not.toHaveCount(
    beam.nodes.length,
  );
  await expect(section.getByTestId('greedy-row')).toContainText('(the same as beam 1)');
  await expect(rows.first().locator('td').first()).toContainText(greedyWords);
  expect(errors).toEqual([]);
});
