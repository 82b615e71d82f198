import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { sectionIds, showSection } from './sections';

/**
 * The page in French: a reader whose browser prefers French gets it, the Language control and
 * the link switch it, and once every section has drawn this run's figures, no sentence of the
 * English catalogue is left on the page.
 */

const LONG = { timeout: 60_000 };

/** The English → French model's "it" head, as its config.json names it. */
const ENGLISH_IT_HEAD = (
  JSON.parse(readFileSync('public/models/en-fr/config.json', 'utf8')) as {
    evaluation: { itHead: { layer: number; head: number } };
  }
).evaluation.itHead;

/** Every sentence of a catalogue: its strings long enough to be one, whatever their depth. */
function sentences(value: unknown): string[] {
  if (typeof value === 'string') return value.length >= 25 && value.includes(' ') ? [value] : [];
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(sentences);
  return [];
}

/** Words of English prose that French never uses and the page's English sentence lacks. */
const ENGLISH_WORDS = [
  'which',
  'each',
  'from',
  'with',
  'into',
  'this',
  'these',
  'shows',
  'click',
  'every',
  'here',
  'there',
  'their',
  'your',
  'when',
  'what',
  'where',
  'while',
  'would',
  'than',
  'then',
  'the',
];

/** Each visible text of a section (its own, without its children's) holding two English words. */
function englishTexts(page: Page, section: string): Promise<string[]> {
  return page.evaluate(
    ([words, id]) => {
      const sentence =
        (document.querySelector('textarea, input[type="text"]') as HTMLInputElement | null)
          ?.value ?? '';
      return [...document.querySelectorAll(`section#${id} *`)]
        .filter((element) => element.checkVisibility())
        .map((element) =>
          [...element.childNodes]
            .filter((node) => node.nodeType === Node.TEXT_NODE)
            .map((node) => node.textContent ?? '')
            .join('')
            .replace(sentence, ''),
        )
        .filter((text) => {
          const found = text
            .toLowerCase()
            .split(/[^a-z]+/)
            .filter((w) => words.includes(w));
          return new Set(found).size >= 2;
        });
    },
    [ENGLISH_WORDS, section] as const,
  );
}

async function translated(page: Page) {
  await expect(page.getByTestId('translation')).toHaveAttribute('data-state', 'fresh', LONG);
}

test.describe('a reader whose browser prefers French', () => {
  test.use({ locale: 'fr-FR' });

  test('reads the page in French, every section titled in French, and can switch it to English', async ({
    page,
  }) => {
    await page.goto('/');
    await translated(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.page.title);
    const ids = await sectionIds(page);
    const titles = await page.locator('section.figure-section > h2').allTextContents();
    expect(titles).toEqual(ids.map((id) => fr.sections[id as keyof typeof fr.sections]));

    const control = page.getByRole('combobox', { name: fr.app.language });
    await control.selectOption('en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.page.title);
    // The reader changed neither the model nor the sentence: both follow the page into English.
    await expect(page.getByTestId('model-picker').locator('select')).toHaveValue('en-fr');
    await expect(page.locator('#sentence')).toHaveValue(
      "the animal didn't cross the street because it was too tired",
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('combobox', { name: en.app.language }).selectOption('fr');
    await expect(page).toHaveURL(/[#&]lang=fr(&|$)/, LONG);
  });
});

test.describe('a French reader opens on the model that reads French', () => {
  test.use({ locale: 'fr-FR' });

  test("the post's sentence in French, il chosen, why no head finds its noun, and the way to the English model", async ({
    page,
  }) => {
    await page.goto('/');
    await translated(page);
    await expect(page.locator('#sentence')).toHaveValue(
      "l'animal n'a pas traversé la rue parce qu'il était trop fatigué",
    );
    await expect(page.getByTestId('translation')).toHaveText(
      "the animal didn't cross the street because it was too tired",
    );
    await expect(page.getByTestId('model-picker').locator('select')).toHaveValue('fr-en');
    await expect(page).toHaveURL(/[#&]model=fr-en(&|$)/, LONG);

    await showSection(page, 'self-attention-high-level');
    const section = page.locator('section#self-attention-high-level');
    await expect(section.locator('figcaption')).toContainText('«\u00a0il\u00a0»');
    const note = section.getByTestId('no-it-head-note');
    await expect(note).toContainText('Aucune tête de ce modèle');
    await expect(note).toContainText('il et elle deviennent tous deux');

    await note.getByRole('button', { name: fr.attention.showEnglishModel }).click();
    await expect(page.getByTestId('model-picker').locator('select')).toHaveValue('en-fr');
    await expect(page.locator('#sentence')).toHaveValue(
      "the animal didn't cross the street because it was too tired",
    );
    await translated(page);
    await expect(page.getByTestId('translation')).toHaveText(
      "l'animal n'a pas traversé la rue parce qu'il était trop fatigué",
      LONG,
    );
    await expect(section.getByTestId('it-head-note')).toBeVisible(LONG);
    // … opened on its "it" head, with "it" chosen.
    await expect(section.locator('figcaption')).toContainText('«\u00a0it\u00a0»', LONG);
    const { layer, head } = ENGLISH_IT_HEAD;
    const description = section.locator('figcaption');
    await expect(description).toContainText(`couche ${layer + 1} de l’encodeur`);
    await expect(description).toContainText(`Tête ${head + 1}\u202f:`);
  });
});

test('a link in French opens the page in French for an English reader; no section holds an English sentence of the catalogue, nor any English at all', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/#lang=fr');
  await translated(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.page.title);
  for (const id of await sectionIds(page)) await showSection(page, id);
  const shown = await page.locator('main').innerText();
  const english = sentences(en).filter((sentence) => !sentences(fr).includes(sentence));
  expect(english.length).toBeGreaterThan(100);
  expect(english.filter((sentence) => shown.includes(sentence))).toEqual([]);
  // Nor English written outside the catalogue: no visible text of any section holds two of
  // these English words.
  const left = [];
  for (const id of await sectionIds(page))
    left.push(...(await englishTexts(page, id)).map((shown) => `${id}: ${shown}`));
  expect(left).toEqual([]);
});

test('a link naming a language the page lacks says so and leaves the page in English', async ({
  page,
}) => {
  await page.goto('/#sentence=the+cat+is+black&lang=de');
  await translated(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.page.title);
  await expect(
    page.getByText('The link’s language “de” is not one this page is written in'),
  ).toBeVisible(LONG);
});
