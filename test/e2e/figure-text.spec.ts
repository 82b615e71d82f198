import { expect, test, type Page } from '@playwright/test';
import { sectionIds, showSection } from './sections';
import { figureTextProblems } from './textBoxes';

/**
 * Inside every figure of every section, at a phone's, a laptop's and a projector's size, no two
 * pieces of text overlap and no text is cut off by the box it is drawn in. Each test prints what
 * it measured.
 */

/** Each screen in English; the laptop's also in French, whose words run longer. */
const SCREENS = [
  { width: 390, height: 844, language: 'en' },
  { width: 1366, height: 768, language: 'en' },
  { width: 1920, height: 1080, language: 'en' },
  { width: 1366, height: 768, language: 'fr' },
] as const;
const LONG = { timeout: 60_000 };

async function openPage(page: Page, language: string): Promise<void> {
  await page.goto(language === 'en' ? '/' : `/#lang=${language}`);
  await expect(page.getByTestId('translation')).not.toBeEmpty(LONG);
  await expect(page.locator('main[data-figures-sentence]')).toBeVisible(LONG);
}

for (const screen of SCREENS) {
  test(`at ${screen.width} × ${screen.height} in ${screen.language === 'en' ? 'English' : 'French'} no text inside a figure overlaps other text or is cut off`, async ({
    page,
  }) => {
    test.setTimeout(900_000);
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await openPage(page, screen.language);
    const problems: string[] = [];
    let figures = 0;
    for (const id of await sectionIds(page)) {
      await showSection(page, id);
      const section = page.locator(`section#${id}`);
      figures += await section.locator('[data-export-figure]').count();
      problems.push(...(await figureTextProblems(section)).map((line) => `${id} ${line}`));
    }
    console.log(
      `${screen.width} × ${screen.height}, ${screen.language}: ${figures} figures, ${problems.length} overlapping or cut texts\n` +
        problems.map((line) => `  ${line}`).join('\n'),
    );
    expect(problems).toEqual([]);
  });
}
