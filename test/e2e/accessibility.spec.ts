import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** The page after its first run with the model it opens with, every section drawn once. */
async function openPage(page: Page): Promise<string[]> {
  await page.goto('/');
  await expect(page.getByTestId('translation')).not.toBeEmpty({ timeout: 30_000 });
  const sections = await page
    .locator('section.figure-section')
    .evaluateAll((nodes) => nodes.map((node) => node.id));
  expect(sections.length).toBeGreaterThan(10);
  // Sections far from the viewport draw when they come near: visit each once.
  for (const id of sections) await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await expect(page.locator('[data-export-figure]').first()).toBeAttached();
  return sections;
}

/** axe-core's violations as "rule: target" lines, short enough to read in a failure. */
async function violations(page: Page, include: string): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).include(include).analyze();
  return found.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
}

test('axe finds no violation on the page after a run, nor in any section', async ({ page }) => {
  // Some sections hold thousands of cells: a scan of each takes a while on a busy machine.
  test.setTimeout(900_000);
  const sections = await openPage(page);
  await test.step('the page around the sections', async () => {
    const builder = new AxeBuilder({ page }).exclude('section.figure-section');
    const { violations: found } = await builder.analyze();
    expect(found.map((v) => v.id)).toEqual([]);
  });
  for (const id of sections) {
    await test.step(`section #${id}`, async () => {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      expect({ section: id, violations: await violations(page, `#${id}`) }).toEqual({
        section: id,
        violations: [],
      });
    });
  }
});

test('axe finds no violation in an open numbers table of each section, nor in an export menu', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const sections = await openPage(page);
  let builder = new AxeBuilder({ page });
  for (const id of sections) {
    const toggle = page.locator(`#${id}`).getByRole('button', { name: 'Show the numbers' }).first();
    if ((await toggle.count()) === 0) continue;
    await toggle.click();
    builder = builder.include(`#${id} .cmp-numbers`);
  }
  const menu = page.locator('[data-export-figure]').first();
  await menu.getByRole('button', { name: /^Export/ }).click();
  await expect(menu.getByRole('group', { name: 'Export as' })).toBeVisible();
  const { violations: found } = await builder.include('.fig-export-menu').analyze();
  expect(found.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`))).toEqual(
    [],
  );
});

test('every figure has a text alternative: its numbers as a table, or a summary in words', async ({
  page,
}) => {
  await openPage(page);
  const figures = await page.locator('[data-export-figure]').evaluateAll((nodes) =>
    nodes.map((figure) => {
      const numbers = figure.querySelector('table, .cmp-numbers-toggle, .mx-numbers button');
      // A name is a few words; a summary says what the figure shows, in a sentence.
      const summary = Array.from(
        figure.querySelectorAll(
          '[role="img"][aria-label], [role="group"][aria-label], figure[aria-label]',
        ),
      ).some((node) => (node.getAttribute('aria-label') ?? '').length >= 40);
      return {
        figure: figure.getAttribute('data-export-figure'),
        alternative: !!numbers || summary,
      };
    }),
  );
  expect(figures.length).toBeGreaterThan(20);
  expect(figures.filter((f) => !f.alternative)).toEqual([]);
});

test('every control takes the keyboard’s focus and shows it', async ({ page }) => {
  await openPage(page);
  // One key press puts the page in keyboard mode: focus() then shows :focus-visible styles.
  await page.keyboard.press('Tab');
  const unseen = await page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, [tabindex]:not([tabindex="-1"])';
    const strokes = (element: Element) =>
      Array.from(element.querySelectorAll('rect, path, circle'), (node) => {
        const style = getComputedStyle(node);
        return `${style.stroke} ${style.strokeWidth}`;
      }).join('|');
    const missing: string[] = [];
    for (const element of Array.from(
      document.querySelectorAll<HTMLElement | SVGElement>(selector),
    )) {
      if (element.getClientRects().length === 0) continue;
      const unfocused = strokes(element);
      element.focus();
      const style = getComputedStyle(element);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const focused = document.activeElement === element;
      // SVG blocks show focus by a thicker, coloured border instead of an outline.
      if (!focused || !(outlined || style.boxShadow !== 'none' || strokes(element) !== unfocused)) {
        missing.push(element.outerHTML.slice(0, 100));
      }
      element.blur();
    }
    return missing;
  });
  expect(unseen).toEqual([]);
  const positiveTabIndex = await page
    .locator('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])')
    .count();
  expect(positiveTabIndex).toBe(0);
});

test('with reduced motion asked for, nothing on the page moves', async ({ page }) => {
  const moving = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('*'))
        .filter((element) => {
          const style = getComputedStyle(element);
          const seconds = (list: string) => Math.max(...list.split(',').map((d) => parseFloat(d)));
          const animated = style.animationName !== 'none' && seconds(style.animationDuration) > 0;
          const transitioned = seconds(style.transitionDuration) > 0;
          return animated || transitioned;
        })
        .map((element) => element.getAttribute('class') ?? element.localName),
    );
  await openPage(page);
  // Without the preference, the decoding player's words fade in: something does move.
  expect((await moving()).length).toBeGreaterThan(0);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await moving()).toEqual([]);
  // The player still steps, without motion.
  const player = page.getByRole('group', { name: /Decoding player/ });
  await player.getByRole('button', { name: 'Next step' }).click();
  await expect(page.getByTestId('decoding-step')).toContainText('Step 2 of');
  expect(await moving()).toEqual([]);
});
