import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PRESENT_STEPS, type PresentStep } from '../../src/app/presentation/figureSteps';
import { en, type Catalogue } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';

/**
 * Present mode walked from its first step to its last with the keyboard alone: every step's
 * figure fits the screen (or its width, the stage scrolling, when shrinking it to fit would draw
 * its text below 18 px), one "Step x of y" is on screen, the Next button never moves, and the
 * arrow keys go through the self-attention step-through and the decoding player before leaving
 * them; in English and in French. Screenshots of a few steps are saved for a person to look at.
 */

/** Each language the walk is made in, with its catalogue and the words of the figures' own counters. */
const LANGUAGES = [
  { language: 'en', text: en, part: 'Part', word: 'Word', of: 'of' },
  { language: 'fr', text: fr, part: 'Partie', word: 'Mot', of: 'sur' },
] as const;

const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/present';
/** Every step's figure, its text at 18 px, fits a 1920 × 1080 stage without scrolling. */
const MOST_STEPS_THAT_SCROLL = 0;
const LONG = { timeout: 30_000 };

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** "Step 1 of 38" in the catalogue's words, with its numbers as patterns. */
const counterPattern = (text: Catalogue) => text.present.stepOf(1, 2).replace(/[12]/g, '\\d+');

async function openPresentation(page: Page, text: Catalogue = en): Promise<number> {
  await page.goto(text === fr ? '/#lang=fr' : '/');
  await expect(page.getByTestId('translation')).toHaveAttribute('data-state', 'fresh', LONG);
  await page.getByRole('button', { name: text.present.start }).click();
  const where = page.getByTestId('present-step');
  await expect(where).toHaveText(new RegExp(`^${counterPattern(text)}$`));
  return Number((await where.textContent())?.match(/(\d+)$/)?.[1]);
}

/** The box around the step's figures as drawn (after their zoom), or null while none shows. */
async function figuresBox(page: Page, step: PresentStep): Promise<Box | null> {
  const scope = page.locator('.present-figures');
  const figures = step.figures === null ? scope : scope.locator(step.figures);
  const boxes = (
    await Promise.all((await figures.all()).map((figure) => figure.boundingBox()))
  ).filter((box): box is Box => box !== null && box.width > 0 && box.height > 0);
  if (boxes.length === 0) return null;
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** Waits until the step's figures are drawn and zoomed to fit inside the stage and the screen. */
async function expectFigureFits(page: Page, step: PresentStep, screen: Box): Promise<Box> {
  const stage = page.locator('.present-stage');
  let seen: Box | null = null;
  await expect
    .poll(
      async () => {
        seen = await figuresBox(page, step);
        const area = await stage.boundingBox();
        if (seen === null || area === null) return 'no figure yet';
        const inside = (outer: Box) =>
          seen!.x >= outer.x - 1 &&
          seen!.y >= outer.y - 1 &&
          seen!.x + seen!.width <= outer.x + outer.width + 1 &&
          seen!.y + seen!.height <= outer.y + outer.height + 1;
        // A figure whose smallest text would fall below 18 px if shrunk to the stage's height
        // keeps that size and the stage scrolls: it must fit the width and start at the top.
        const scrolls = await stage.evaluate((s) => s.scrollHeight > s.clientHeight + 1);
        const tall = scrolls ? { ...area, height: seen!.y + seen!.height - area.y } : area;
        return inside(tall) && (scrolls || inside(screen))
          ? 'fits'
          : `does not fit: ${JSON.stringify(seen)}`;
      },
      { ...LONG, message: `step showing ${step.figures ?? step.section}` },
    )
    .toBe('fits');
  return seen!;
}

/** The visible texts of the form "Step x of y": each element's own text, without its children's. */
const stepCounters = (page: Page, text: Catalogue) =>
  page.evaluate(
    (pattern) =>
      [...document.body.querySelectorAll('*')]
        .filter((element) => element.checkVisibility())
        .map((element) =>
          [...element.childNodes]
            .filter((node) => node.nodeType === Node.TEXT_NODE)
            .map((node) => node.textContent)
            .join(''),
        )
        .filter((shown) => new RegExp(pattern).test(shown)),
    counterPattern(text),
  );

/** Presses → until the inner position `label` has gone from 1 to its last, the step staying put. */
async function walkInner(page: Page, label: string, word: string, of: string, stepText: string) {
  const position = page.locator(label);
  await expect(position).toHaveText(new RegExp(`^${word} 1 ${of} \\d+`));
  const count = Number((await position.textContent())?.match(new RegExp(`${of} (\\d+)`))?.[1]);
  expect(count).toBeGreaterThan(1);
  for (let k = 2; k <= count; k++) {
    await page.keyboard.press('ArrowRight');
    await expect(position).toHaveText(new RegExp(`^${word} ${k} ${of} ${count}`));
    await expect(page.getByTestId('present-step')).toHaveText(stepText);
  }
  return count;
}

for (const { language, text, part, word, of } of LANGUAGES)
  test(`present mode walks every figure with the keyboard, each fitting the screen (${language})`, async ({
    page,
  }) => {
    const stepOf = text.present.stepOf;
    test.setTimeout(600_000);
    const screen = { x: 0, y: 0, width: 1920, height: 1080 };
    await page.setViewportSize(screen);
    const count = await openPresentation(page, text);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    expect(count).toBe(PRESENT_STEPS.length);
    const where = page.getByTestId('present-step');
    const next = page
      .getByRole('navigation', { name: text.present.stepsNav })
      .getByRole('button', { name: text.present.next });
    const nextBox = await next.boundingBox();
    const zooms: string[] = [];
    let scrolling = 0;

    for (let i = 0; i < count; i++) {
      const step = PRESENT_STEPS[i];
      const stepText = stepOf(i + 1, count);
      await expect(where).toHaveText(stepText);
      await expect(page.getByTestId('present-caption')).toHaveText(step.caption(text.present));
      const box = await expectFigureFits(page, step, screen);
      const zoom = await page
        .locator('.present-figures')
        .evaluate((n) => (n as HTMLElement).style.zoom);
      // What lies below the figure (its caption, legend, close-up) may still need scrolling.
      const below = await page
        .locator('.present-stage')
        .evaluate((s) => Math.max(0, s.scrollHeight - s.clientHeight));
      if (below > 1) scrolling++;
      zooms.push(
        `${i + 1} ${step.figures ?? step.section}: ${Math.round(box.width)}×${Math.round(box.height)}, zoom ${zoom}${below > 1 ? `, stage scrolls ${below} px` : ''}`,
      );
      expect(await stepCounters(page, text)).toEqual([stepText]);
      expect(await next.boundingBox()).toEqual(nextBox);
      // Every step photographed, in both languages, to be looked at.
      await page.screenshot({ path: `${SHOTS}/present-${language}-step-${i + 1}.png` });

      if (step.inner === 'self-attention steps') {
        await walkInner(page, '.attn-step-title', part, of, stepText);
      } else if (step.inner === 'decoding steps') {
        const words = await walkInner(page, '[data-testid="decoding-step"]', word, of, stepText);
        // Past its last word, → leaves; back from the next figure, ← opens it at its last word
        // and then goes back through its words.
        await page.keyboard.press('ArrowRight');
        await expect(where).toHaveText(stepOf(i + 2, count));
        await page.keyboard.press('ArrowLeft');
        await expect(where).toHaveText(stepText);
        const player = page.getByTestId('decoding-step');
        await expect(player).toHaveText(new RegExp(`^${word} ${words} ${of} ${words}`));
        await page.keyboard.press('ArrowLeft');
        await expect(player).toHaveText(new RegExp(`^${word} ${words - 1} ${of} ${words}`));
        await expect(where).toHaveText(stepText);
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        continue;
      }
      if (i < count - 1) await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('ArrowRight');
    await expect(where).toHaveText(stepOf(count, count));
    console.log(
      `Present mode (${language}) at 1920 × 1080, figures as drawn:\n${zooms.join('\n')}\n` +
        `${scrolling} of ${count} steps scroll below their figure`,
    );
    expect(scrolling).toBeLessThanOrEqual(MOST_STEPS_THAT_SCROLL);
  });

test('on a laptop’s 1366 × 768 every figure still fits, and axe finds nothing on the steps with their own steps', async ({
  page,
}) => {
  test.setTimeout(600_000);
  const screen = { x: 0, y: 0, width: 1366, height: 768 };
  await page.setViewportSize(screen);
  const count = await openPresentation(page);
  const where = page.getByTestId('present-step');
  const zooms: string[] = [];
  for (let i = 0; i < count; i++) {
    const step = PRESENT_STEPS[i];
    await expect(where).toHaveText(`Step ${i + 1} of ${count}`);
    const box = await expectFigureFits(page, step, screen);
    zooms.push(`${i + 1}: ${Math.round(box.width)}×${Math.round(box.height)}`);
    expect(await stepCounters(page, en)).toEqual([`Step ${i + 1} of ${count}`]);
    if (step.inner) {
      const { violations } = await new AxeBuilder({ page }).include('.present').analyze();
      expect(
        violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`)),
      ).toEqual([]);
    }
    if (i === count - 1) break;
    // Through the figure's own steps, if it has some, to the next figure.
    for (let press = 0; press < 40; press++) {
      await page.keyboard.press('ArrowRight');
      if ((await where.textContent()) !== `Step ${i + 1} of ${count}`) break;
    }
  }
  console.log(`Present mode at 1366 × 768, figures as drawn: ${zooms.join(', ')}`);
});
