import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PRESENT_STEPS } from '../../src/app/presentation/figureSteps';

/**
 * Predict, then reveal: a link with questions on opens Present mode; the keyboard alone goes to
 * the "it" question, answers and reveals it, and the revealed word is the one the figure draws
 * with the largest weight; the decoder's question reveals the word the decoding figure emits.
 * Screenshots at 1920 × 1080 of a question before and after it is revealed are saved.
 */

const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/predict';
const LONG = { timeout: 30_000 };

/** Types a step's number, as a teacher would, to jump to it. */
async function jumpTo(page: Page, section: string): Promise<void> {
  const number = PRESENT_STEPS.findIndex((s) => s.section === section) + 1;
  for (const digit of String(number)) await page.keyboard.press(digit);
  await expect(page.getByTestId('present-step')).toHaveText(
    `Step ${number} of ${PRESENT_STEPS.length}`,
  );
}

async function noAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).include('.present').analyze();
  expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual(
    [],
  );
}

test('the class answers, then the model’s own numbers reveal the answer', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/#view=present&questions=it-word,next-word,head-off');
  await expect(page.getByTestId('translation')).toHaveAttribute('data-state', 'fresh', LONG);
  await expect(page.getByRole('button', { name: 'Questions: on' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // "Which word will 'it' look at most in this head?"
  await jumpTo(page, 'self-attention-high-level');
  const question = page.getByTestId('present-question');
  await expect(question).toHaveAttribute('data-state', 'asking');
  await expect(question).toContainText('Which word will “it” look at most in this head?');
  await expect(question.getByRole('button', { name: /animal/ })).toBeVisible(LONG);
  await expect(page.locator('.present-stage')).toBeHidden();
  const promptSize = await question
    .locator('.present-question-prompt')
    .evaluate((p) => Number.parseFloat(getComputedStyle(p).fontSize));
  expect(promptSize).toBeGreaterThanOrEqual(18);
  await noAxeViolations(page);
  await page.keyboard.press('2');
  await expect(question.getByRole('button', { pressed: true })).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/it-question-asked.png` });
  await page.keyboard.press('ArrowRight');
  await expect(question).toHaveAttribute('data-state', 'revealed');
  await expect(page.getByTestId('present-step')).toHaveText(/^Step 7 of/);

  const lines = page.locator('.present-figures line.attn-line');
  await expect(lines.first()).toBeAttached(LONG);
  const drawn = await lines.evaluateAll((all) =>
    all.map((line) => ({
      weight: Number(line.getAttribute('data-weight')),
      title: line.querySelector('title')?.textContent ?? '',
    })),
  );
  const heaviest = drawn.reduce((a, b) => (b.weight > a.weight ? b : a));
  const heaviestWord = heaviest.title.match(/→ “(.*)”, head/)?.[1];
  const revealed = question.locator('[data-right="true"] .present-choice-word');
  await expect(revealed).toHaveText(heaviestWord ?? 'no line drawn');
  await expect(page.getByTestId('present-question-why')).toContainText(
    `to “${heaviestWord}”, more than to any other word`,
  );
  await page.screenshot({ path: `${SHOTS}/it-question-revealed.png` });
  await noAxeViolations(page);

  // "Which word will the decoder write next?"
  await jumpTo(page, 'decoder-side');
  await expect(question).toHaveAttribute('data-state', 'asking');
  await expect(question).toContainText('Which word will the decoder write next?');
  await page.keyboard.press('1');
  await page.screenshot({ path: `${SHOTS}/decoder-question-asked.png` });
  // Space, like →, reveals first, then moves on.
  await page.keyboard.press(' ');
  await expect(question).toHaveAttribute('data-state', 'revealed');
  const summary = await page
    .locator('.present-figures svg.decoding-diagram')
    .getAttribute('aria-label', LONG);
  const emitted = summary?.match(/emits "(.*)"\.$/)?.[1];
  await expect(question.locator('[data-right="true"] .present-choice-word')).toHaveText(
    emitted ?? 'no word emitted',
  );
  await page.screenshot({ path: `${SHOTS}/decoder-question-revealed.png` });
  await noAxeViolations(page);

  // "Will switching off this head make the model less sure of its word?"
  await jumpTo(page, 'which-words-decided');
  for (let press = 0; press < 3; press++) {
    if ((await question.count()) > 0) break;
    await page.keyboard.press('ArrowRight');
  }
  await expect(question).toHaveAttribute('data-question', 'head-off');
  const detail = question.locator('.present-question-detail').first();
  await expect(detail).toContainText('layer', { timeout: 120_000 });
  const [, layer, head] = (await detail.textContent())?.match(/layer (\d+), head (\d+)/) ?? [];
  await page.keyboard.press('1');
  await page.keyboard.press('ArrowRight');
  await expect(question).toHaveAttribute('data-state', 'revealed');
  const bar = page
    .locator('.present-figures')
    .getByRole('group', { name: 'Encoder self-attention' })
    .locator('button.attr-head', { hasText: `${layer}.${head}` });
  const effect = Number(await bar.getAttribute('data-effect', LONG));
  await expect(question.locator('[data-right="true"] .present-choice-word')).toHaveText(
    effect < 0 ? 'Yes' : 'No',
  );
  await page.screenshot({ path: `${SHOTS}/head-question-revealed.png` });
  await noAxeViolations(page);

  // The copied link carries the questions.
  expect(page.url()).toContain('questions=it-word,next-word,head-off');
  await page.getByRole('button', { name: 'Questions: on' }).click();
  await expect(page.getByTestId('present-question')).toHaveCount(0);
  await expect.poll(() => page.url()).not.toContain('questions=');
});
