/**
 * The alignment scoreboard and the compact attributions in the browser: the scoreboard's
 * test-split numbers are config.json's and its numbers for the sentence on screen are the
 * engine's, a head's switch changes the run on screen, the decoder side's compact strip credits
 * the same source word as the full section, and axe finds nothing in either.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { translate } from '../../src/engine/model/translate';
import { DEFAULT_SENTENCE } from '../../src/store';
import { goldAlignmentOf } from '../../src/views/attribution/layout';
import { liveAlignment } from '../../src/views/attribution/scoreboard';
import { isEngineError, prepareSource } from '../../src/worker/source';
import { expectedTranslation, pageModel } from './expected';

const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';

/** The test-split scores the model's config.json holds, per decoder layer. */
function configAlignment(): { perHead: number[]; averagedAccuracy: number }[] | null {
  const { ref } = pageModel.info;
  if (ref.kind !== 'shipped') return null;
  const config = JSON.parse(readFileSync(`public/models/${ref.name}/config.json`, 'utf8')) as {
    evaluation?: { alignment?: { perHead: number[]; averagedAccuracy: number }[] };
  };
  return config.evaluation?.alignment ?? null;
}

/** The engine's own scores of the default sentence, computed here in node. */
function engineLiveScores() {
  const { config, languages } = pageModel.info;
  const source = prepareSource(DEFAULT_SENTENCE, pageModel.source, config, languages.source);
  if (isEngineError(source)) throw new Error(source.message);
  const trace = translate(pageModel.params, config, source.srcIds, { kind: 'greedy' });
  const outputTokens = Array.from(trace.outputIds, (id) => pageModel.target.tokenOf(id));
  const gold = goldAlignmentOf(source.tokens, outputTokens, languages);
  return liveAlignment(trace.tensors, config.decoderLayers, gold, outputTokens.length);
}

async function axeFinds(page: Page, selector: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include(selector).analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

const attribute = async (locator: Locator, name: string) =>
  Number(await locator.getAttribute(name));

test('the scoreboard holds config.json’s and the engine’s scores, and a head’s switch changes the run', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto('/');
  await expect(page.getByTestId('translation')).toHaveAttribute('data-state', 'fresh', {
    timeout: 60_000,
  });
  const board = page.getByTestId('alignment-scoreboard');
  await board.scrollIntoViewIfNeeded();
  const { heads, decoderLayers } = pageModel.info.config;
  const switches = board.locator('button.score-head');
  await expect(switches).toHaveCount(heads * decoderLayers);

  const measured = configAlignment();
  const live = engineLiveScores();
  for (let layer = 0; layer < decoderLayers; layer++) {
    for (let head = 0; head < heads; head++) {
      const cell = board.locator(`button.score-head[data-layer="${layer}"][data-head="${head}"]`);
      if (measured) {
        expect(await attribute(cell, 'data-test-split')).toBeCloseTo(
          measured[layer].perHead[head],
          9,
        );
        await expect(cell.locator('.score-value')).toHaveText(
          `${Math.round(measured[layer].perHead[head] * 100)}%`,
        );
      }
      if (live) {
        expect(await attribute(cell, 'data-live-correct')).toBe(live[layer].correctPerHead[head]);
        expect(await attribute(cell, 'data-live-counted')).toBe(live[layer].counted);
      }
    }
    if (measured) {
      const mean = board.locator(`.score-mean[data-layer="${layer}"]`);
      expect(await attribute(mean, 'data-test-split')).toBeCloseTo(
        measured[layer].averagedAccuracy,
        9,
      );
    }
  }
  if (!live) await expect(board.getByTestId('scoreboard-no-gold')).toBeVisible();

  await board.getByRole('button', { name: 'Show the scores as a table' }).click();
  await expect(board.getByTestId('scoreboard-table')).toBeVisible();
  expect(await axeFinds(page, '[data-testid="alignment-scoreboard"]')).toEqual([]);
  await board.screenshot({ path: `${SHOTS}/alignment-scoreboard.png` });

  // Switching off the last layer's best head: the note says so and the run is the engine's without it.
  const best = board.locator(`button.score-best[data-layer="${decoderLayers - 1}"]`);
  const off = [
    {
      kind: 'dec-cross' as const,
      layer: decoderLayers - 1,
      head: Number(await best.getAttribute('data-head')),
    },
  ];
  await best.click();
  await expect(best).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('ablated-heads')).toContainText(
    `encoder-decoder attention, layer ${decoderLayers}, head ${off[0].head + 1}`,
    { timeout: 30_000 },
  );
  await expect(page.getByTestId('translation')).toHaveText(
    expectedTranslation(DEFAULT_SENTENCE, { kind: 'greedy' }, off),
    { timeout: 30_000 },
  );
  expect(errors).toEqual([]);
});

test('the decoder side’s compact strip credits the same source word as the full section', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto('/');
  await expect(page.getByTestId('translation')).toHaveAttribute('data-state', 'fresh', {
    timeout: 60_000,
  });
  const decoderSide = page.locator('#decoder-side');
  const compact = decoderSide.getByTestId('compact-attribution');
  const rollout = compact.locator('tr[data-method="rollout"]');
  // The strip asks for its word once on screen; sections above it that draw as the page scrolls
  // can push it out again, so scroll to it until it has its word, as a reader would.
  await expect(async () => {
    await compact.scrollIntoViewIfNeeded();
    await expect(rollout).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 120_000 });
  const word = await compact.getAttribute('data-word');
  const strongest = await rollout.getAttribute('data-strongest');
  expect(await axeFinds(page, '#decoder-side [data-testid="compact-attribution"]')).toEqual([]);
  await compact.screenshot({ path: `${SHOTS}/compact-attribution.png` });

  await compact.getByRole('button', { name: /^See every method for/ }).click();
  const section = page.locator('#which-words-decided');
  await expect(section).toBeInViewport({ timeout: 10_000 });
  await expect(section.locator('.attr-status')).toHaveAttribute('data-status', 'done', {
    timeout: 60_000,
  });
  await expect(
    section.locator('.attr-picker[aria-label="Output word to explain"] [aria-pressed="true"]'),
  ).toHaveText(word ?? '');
  const bars = section.locator('[data-testid="attribution-bars"]');
  const values = (
    await bars
      .locator('tr[data-method="rollout"] td')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value')))
  ).map(Number);
  const top = values.reduce((best, v, i) => (Math.abs(v) > Math.abs(values[best]) ? i : best), 0);
  const tokens = await bars.locator('thead th').allTextContents();
  // The first header is the method column's.
  expect(tokens[top + 1]).toBe(strongest);
  expect(errors).toEqual([]);
});
