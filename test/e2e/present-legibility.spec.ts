import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PRESENT_STEPS } from '../../src/app/presentation/figureSteps';
import { en } from '../../src/i18n/en';
import { figureTextProblems } from './textBoxes';

/**
 * Present mode read from the back of a room: at 1920 × 1080, every step is walked with the
 * keyboard and each visible text of its caption and figure (HTML text and SVG text) is measured
 * as drawn on screen — its font size times the zoom of the figure, and for SVG text times the
 * drawing's own scale. None may be below 18 px. The "it" step opens on the head that config.json
 * names as the one resolving "it".
 */

const FLOOR_PX = 18;
const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/present-legibility';
/** Steps photographed for a person to look at from the back of the room (1-based). */
const PHOTOGRAPHED = new Set([1, 8, 12, 19, 35]);
const LONG = { timeout: 30_000 };

interface Small {
  text: string;
  px: number;
}

/** The visible texts of the step's caption and figures drawn below `floor` px, with their size. */
const smallTexts = (page: Page, floor: number) =>
  page.evaluate((floor): Small[] => {
    const scopes = [...document.querySelectorAll('.present-caption, .present-figures')];
    const zoomOf = (element: Element) => {
      // zoom applies to an element and all it holds: the drawn scale is the product up the tree.
      let scale = 1;
      for (let e: Element | null = element; e; e = e.parentElement)
        scale *= Number.parseFloat(getComputedStyle(e).zoom) || 1;
      return scale;
    };
    const found: Small[] = [];
    for (const scope of scopes) {
      for (const element of scope.querySelectorAll('*')) {
        const own = [...element.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent ?? '')
          .join('')
          .trim();
        if (own === '' || !element.checkVisibility({ visibilityProperty: true })) continue;
        const box = element.getBoundingClientRect();
        // Text kept for screen readers only (a 1 px clipped box) is not drawn.
        if (box.width <= 1 || box.height <= 1) continue;
        const font = Number.parseFloat(getComputedStyle(element).fontSize);
        // An SVG's screen matrix holds both the figure's zoom and the drawing's viewBox scale.
        const px =
          element instanceof SVGGraphicsElement
            ? font * Math.abs(element.getScreenCTM()?.d ?? 1)
            : font * zoomOf(element);
        if (px < floor - 0.05) found.push({ text: own.slice(0, 30), px: Math.round(px * 10) / 10 });
      }
    }
    return found;
  }, floor);

/** The en→fr model's "it" head as config.json names it, counted from 1 as the page shows it. */
function itHeadOfConfig(): { layer: number; head: number } {
  const config = JSON.parse(readFileSync('public/models/en-fr/config.json', 'utf8')) as {
    evaluation: { itHead: { layer: number; head: number } };
  };
  return { layer: config.evaluation.itHead.layer + 1, head: config.evaluation.itHead.head + 1 };
}

test('in Present mode at 1920 × 1080 no text of a figure or caption is drawn below 18 px or overlaps or is cut, and the attention steps show the "it" head', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  await expect(page.getByTestId('translation')).toHaveAttribute('data-state', 'fresh', LONG);
  await page.getByRole('button', { name: 'Present' }).click();
  const where = page.getByTestId('present-step');
  await expect(where).toHaveText(/^Step 1 of \d+$/);
  const count = PRESENT_STEPS.length;
  const it = itHeadOfConfig();
  const report: string[] = [];
  const overlaps: string[] = [];
  let total = 0;

  for (let i = 0; i < count; i++) {
    const step = PRESENT_STEPS[i];
    await expect(where).toHaveText(`Step ${i + 1} of ${count}`);
    const figures = page.locator('.present-figures');
    const shown = step.figures === null ? figures : figures.locator(step.figures).first();
    await expect(shown).toBeVisible(LONG);
    // The zoom settles once the figure has filled in.
    await page.waitForTimeout(400);
    const small = await smallTexts(page, FLOOR_PX);
    total += small.length;
    const smallest = small.length ? Math.min(...small.map((s) => s.px)) : null;
    report.push(
      `${i + 1} ${step.figures === null ? step.section : step.figures.slice(0, 60)}: ${small.length} below ${FLOOR_PX} px${smallest === null ? '' : ` (smallest ${smallest} px, e.g. “${small[0].text}”)`}`,
    );

    overlaps.push(
      ...(await figureTextProblems(page.locator('.present-figures'))).map(
        (line) => `step ${i + 1} ${line}`,
      ),
    );
    console.log(report[report.length - 1]);
    if (PHOTOGRAPHED.has(i + 1)) await page.screenshot({ path: `${SHOTS}/step-${i + 1}.png` });
    if (step.section === 'self-attention-high-level') {
      await expect
        .soft(page.locator('.present-figures [data-export-figure]').first())
        .toHaveAttribute(
          'data-export-figure',
          new RegExp(`^attention-layer${it.layer}-head${it.head}-it$`),
        );
      await expect
        .soft(page.getByTestId('present-caption'))
        .toContainText(en.present.captions.itHead);
    }
    // Every attention step opens on the "it" head's layer, and on the head where it shows one.
    if (step.opensOn === 'it head') {
      const name =
        (await page
          .locator('.present-figures [data-export-figure]')
          .first()
          .getAttribute('data-export-figure')) ?? '';
      expect.soft(name, `step ${i + 1}`).toMatch(new RegExp(`layer${it.layer}(?!\\d)`));
      const head = /-head(\d+)/.exec(name);
      if (head) expect.soft(Number(head[1]), `step ${i + 1}: ${name}`).toBe(it.head);
    }
    if (i === count - 1) break;
    // Through the figure's own steps, if it has some, to the next figure.
    for (let press = 0; press < 40; press++) {
      await page.keyboard.press('ArrowRight');
      if ((await where.textContent()) !== `Step ${i + 1} of ${count}`) break;
    }
  }
  console.log(
    `Present mode at 1920 × 1080, texts drawn below ${FLOOR_PX} px per step:\n${report.join('\n')}\nTotal: ${total}`,
  );
  console.log(
    `Present mode at 1920 × 1080, ${overlaps.length} texts overlapping or cut inside a figure\n` +
      overlaps.map((line) => `  ${line}`).join('\n'),
  );
  expect(total).toBe(0);
  expect(overlaps).toEqual([]);
});
