/**
 * "Where is il or elle decided?" in the browser: the figure's probabilities and its sentence are
 * the engine's own, computed here in node on the model the page opens with; a head's switch
 * switches it off for the page; axe finds nothing.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { decisionSentences } from '../../src/views/attribution/decisionLayout';
import { decideInModel } from '../../src/worker/decision';
import { pageModel } from './expected';

const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';

test('the decision figure shows the engine’s own numbers and sentence', async ({ page }) => {
  test.setTimeout(180_000);
  const expected = decideInModel(pageModel, () => 0);
  await page.goto('/');
  await expect(page.getByTestId('translation')).toHaveAttribute('data-state', 'fresh', {
    timeout: 60_000,
  });
  const figure = page.getByTestId('decision-figure');
  await figure.scrollIntoViewIfNeeded();
  await figure.getByRole('button', { name: 'Find where this model decides' }).click();
  if (expected.kind !== 'located') {
    await expect(figure.getByRole('note')).toHaveText(
      expected.kind === 'nothingToDecide' ? expected.reason : expected.error.message,
      { timeout: 60_000 },
    );
    return;
  }
  const sentence = figure.getByTestId('decision-sentence');
  await expect(sentence).toBeVisible({ timeout: 60_000 });
  const cues = expected.twins.map((t) => t.cue);
  await expect(sentence.locator('p')).toHaveText(
    decisionSentences(expected.decision, cues, ['il', 'elle']),
  );
  const odds = figure.locator('.decision-odds');
  await expect(odds).toHaveCount(expected.decision.twins.length);
  for (const [i, twin] of expected.decision.twins.entries()) {
    expect(Number(await odds.nth(i).getAttribute('data-first'))).toBeCloseTo(
      twin.firstProbability,
      5,
    );
    expect(Number(await odds.nth(i).getAttribute('data-second'))).toBeCloseTo(
      twin.secondProbability,
      5,
    );
  }
  await figure.screenshot({ path: `${SHOTS}/decision-figure.png` });
  const { violations } = await new AxeBuilder({ page })
    .include('[data-testid="decision-figure"]')
    .analyze();
  expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual(
    [],
  );
  // The two twins export as one figure, numbers and all.
  await figure.getByRole('button', { name: /^Export figure/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: /^SVG/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`where-il-or-elle-is-decided-${cues.join('-')}.svg`);
  const svg = await readFile(await download.path(), 'utf8');
  for (const cue of cues) expect(svg).toContain(`too ${cue}`);
  const named = await figure
    .getByRole('button', { name: /^Switch off / })
    .first()
    .getAttribute('aria-label');
  const head = (named ?? '').replace(/^Switch off /, '');
  await figure
    .getByRole('button', { name: `Switch off ${head}`, exact: true })
    .first()
    .click();
  await expect(
    figure.getByRole('button', { name: `Switch on ${head}`, exact: true }).first(),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('translation')).toHaveAttribute('data-state', 'fresh', {
    timeout: 60_000,
  });
});
