/**
 * "Which words decided this word?" in the browser: the bars, the head effects and the agreement
 * table hold the numbers the engine computes here in node for the same word, and axe finds
 * nothing wrong in the section.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from '@playwright/test';
import { explainWord, spearman, type Attribution } from '../../src/engine/attribution';
import { translate } from '../../src/engine/model/translate';
import { DEFAULT_SENTENCE } from '../../src/store';
import { isEngineError, prepareSource } from '../../src/worker/source';
import { pageModel } from './expected';

const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';

async function numbers(cells: Locator, attribute: string): Promise<number[]> {
  const read = await cells.evaluateAll(
    (nodes, name) => nodes.map((n) => n.getAttribute(name)),
    attribute,
  );
  return read.map(Number);
}

/** Every attribution the engine gives for output word `position` of the default sentence. */
function engineAttributions(position: number): Record<string, Attribution> {
  const { config, languages } = pageModel.info;
  const source = prepareSource(DEFAULT_SENTENCE, pageModel.source, config, languages.source);
  if (isEngineError(source)) throw new Error(source.message);
  const { tgtIds, outputIds } = translate(pageModel.params, config, source.srcIds, {
    kind: 'greedy',
  });
  const word = { srcIds: source.srcIds, tgtIds, position, wordId: outputIds[position] };
  return Object.fromEntries(
    [...explainWord(pageModel.params, config, word)].map((a) => [a.method, a]),
  );
}

test('the attribution figures hold the engine’s numbers for the chosen word', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto('/');
  const section = page.locator('#which-words-decided');
  await section.scrollIntoViewIfNeeded();
  await expect(section.locator('.attr-status')).toHaveAttribute('data-status', 'done', {
    timeout: 60_000,
  });

  const chosen = section.locator(
    '.attr-picker[aria-label="Output word to explain"] [aria-pressed="true"]',
  );
  const words = await section
    .locator('.attr-picker[aria-label="Output word to explain"] .attr-choice')
    .allTextContents();
  const position = words.indexOf((await chosen.textContent()) ?? '');
  const pronoun = words.findIndex((w) => ['il', 'elle', 'it'].includes(w));
  if (pronoun >= 0) expect(position).toBe(pronoun);
  const expected = engineAttributions(position);

  const bars = section.locator('[data-testid="attribution-bars"]');
  const rollout = expected.rollout;
  if (rollout?.method !== 'rollout') throw new Error('no rollout');
  const drawnRollout = await numbers(bars.locator('tr[data-method="rollout"] td'), 'data-value');
  drawnRollout.forEach((v, s) => expect(v).toBeCloseTo(rollout.rollout.source[s], 5));
  const saliency = expected.saliency;
  if (saliency?.method !== 'saliency') throw new Error('no saliency');
  const drawnSaliency = await numbers(bars.locator('tr[data-method="saliency"] td'), 'data-value');
  drawnSaliency.forEach((v, s) => expect(v).toBeCloseTo(saliency.saliency.source[s], 4));

  const ablation = expected.ablation;
  if (ablation?.method !== 'ablation') throw new Error('no ablation');
  const effects = await numbers(section.locator('.attr-head'), 'data-effect');
  expect(effects).toHaveLength(ablation.ablation.heads.length);
  effects.forEach((v, i) => expect(v).toBeCloseTo(ablation.ablation.heads[i].effect, 5));

  const rho = Number(
    await section
      .locator('[data-testid="attribution-agreement"] tr[data-method="rollout"] td[data-rho]')
      .last()
      .getAttribute('data-rho'),
  );
  expect(rho).toBeCloseTo(
    spearman(
      Array.from(rollout.rollout.source, Math.abs),
      Array.from(saliency.saliency.source, Math.abs),
    ),
    5,
  );

  const { violations } = await new AxeBuilder({ page }).include('#which-words-decided').analyze();
  expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual(
    [],
  );
  await section.screenshot({ path: `${SHOTS}/attribution.png` });

  // A head effect's bar is that head's switch: pressing it switches the head off for the page.
  const firstHead = section.locator('.attr-head').first();
  await firstHead.click();
  await expect(firstHead).toHaveAttribute('aria-pressed', 'true');
  expect(errors).toEqual([]);
});
