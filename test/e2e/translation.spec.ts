import { expect, test, type Page } from '@playwright/test';
import { expectedTranslation, pageModel } from './expected';

const DEFAULT_SENTENCE = "the animal didn't cross the street because it was too tired";

/** Console errors and dialogs the page produced; both should stay empty. */
function watchForTrouble(page: Page) {
  const trouble: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') trouble.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => trouble.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    trouble.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return trouble;
}

const box = (page: Page) => page.getByRole('textbox', { name: /Your sentence/ });
const translation = (page: Page) => page.getByTestId('translation');
const beamSearch = (page: Page) => page.getByTestId('decoding-picker').getByLabel('beam search');

/** Waits until the page shows a finished translation of `sentence`. */
async function expectTranslated(page: Page, sentence: string) {
  await expect(translation(page)).toHaveAttribute('data-sentence', sentence);
  await expect(translation(page)).toHaveAttribute('data-state', 'fresh');
  await expect(translation(page)).toHaveText(expectedTranslation(sentence));
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expectTranslated(page, DEFAULT_SENTENCE);
});

test('the first page shows the engine translation of the default sentence, and says whether the model is trained', async ({
  page,
}) => {
  const notice = page.getByTestId('untrained-notice');
  if (pageModel.info.trained) await expect(notice).toHaveCount(0);
  else await expect(notice).toContainText('untrained');
  await expect(page.getByTestId('status')).toContainText('Translated in');
});

test.describe('a cold load', () => {
  // The page's service worker would answer from its cache, out of reach of page.route.
  test.use({ serviceWorkers: 'block' });

  test('while the list of models is read, the picker says so and the page never calls the model untrained', async ({
    page,
  }) => {
    let release = () => {};
    const listRead = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/models/index.json', async (route) => {
      await listRead;
      await route.continue();
    });
    await page.reload();
    const picker = page.getByRole('combobox', { name: 'Model', exact: true });
    await expect(picker).toContainText('Loading the list of models');
    await expect(page.getByTestId('untrained-notice')).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText('built in');
    release();
    await expectTranslated(page, DEFAULT_SENTENCE);
    await expect(picker).not.toContainText('Loading');
  });
});

test('typing a sentence updates the translation to the engine translation of it', async ({
  page,
}) => {
  const trouble = watchForTrouble(page);
  await box(page).fill('');
  await box(page).pressSequentially('i am a student', { delay: 30 });
  await expectTranslated(page, 'i am a student');
  expect(trouble).toEqual([]);
});

test('typing fast leaves only the last sentence on screen', async ({ page }) => {
  const trouble = watchForTrouble(page);
  const shown: string[] = [];
  await page.exposeFunction('recordShown', (text: string) => shown.push(text));
  await page.evaluate(() => {
    const target = document.querySelector<HTMLElement>('[data-testid="translation"]');
    const record = (window as unknown as { recordShown: (t: string) => void }).recordShown;
    if (target) {
      new MutationObserver(() => record(target.dataset.sentence ?? '')).observe(target, {
        attributes: true,
        attributeFilter: ['data-sentence'],
      });
    }
  });
  const last = 'the street was too wide';
  await box(page).fill('');
  await box(page).pressSequentially(last, { delay: 0 });
  await expectTranslated(page, last);
  // Whatever was shown on the way, the last thing shown is the last sentence, and it stays.
  await page.waitForTimeout(300);
  expect(shown.at(-1)).toBe(last);
  await expect(translation(page)).toHaveAttribute('data-sentence', last);
  expect(trouble).toEqual([]);
});

test('a suggested word replaces an unknown one in the sentence', async ({ page }) => {
  await box(page).fill('the animal didnt cross the street');
  const unknown = page.getByTestId('unknown-words');
  await expect(unknown).toContainText('“didnt”');
  await expect(page.getByTestId('source-tokens').locator('.unknown')).toHaveText(['didnt?']);
  await unknown.getByRole('button', { name: "didn't" }).click();
  await expect(box(page)).toHaveValue("the animal didn't cross the street");
  await expectTranslated(page, "the animal didn't cross the street");
  await expect(unknown).toHaveCount(0);
});

test('beam search runs in the worker and shows its translation', async ({ page }) => {
  await beamSearch(page).check();
  await expect(translation(page)).toHaveAttribute('data-state', 'fresh');
  await expect(translation(page)).toHaveText(
    expectedTranslation(DEFAULT_SENTENCE, {
      kind: 'beam',
      beamSize: 4,
      returnBeams: 4,
      lengthPenalty: 0.6,
    }),
  );
});

const GARBAGE: { name: string; text: string; message: RegExp }[] = [
  { name: 'markup', text: '<img src=x onerror=alert(1)>', message: /never seen/ },
  {
    name: '10,000 characters of words',
    text: 'the cat '.repeat(1250),
    message: new RegExp(`has 2500 words.*at most ${pageModel.info.config.maxLength - 1}`),
  },
  { name: '10,000 characters in one word', text: 'x'.repeat(10_000), message: /10,000 characters/ },
  { name: 'emoji', text: 'the 🐱 was too 😴', message: /“🐱” and “😴”/ },
  { name: 'right-to-left text', text: 'שלום עולם مرحبا', message: /never seen/ },
  { name: 'nothing', text: '   ', message: /Type a sentence/ },
];

for (const { name, text, message } of GARBAGE) {
  test(`garbage input (${name}) gets a clear message and the page keeps working`, async ({
    page,
  }) => {
    const trouble = watchForTrouble(page);
    await box(page).fill(text);
    await expect(page.locator('.messages')).toContainText(message);
    await expect(page.locator('img')).toHaveCount(0);
    // The last good translation is still on screen (greyed if this input could not run).
    await expect(translation(page)).not.toBeEmpty();
    await box(page).fill('i am a student');
    await expectTranslated(page, 'i am a student');
    expect(trouble).toEqual([]);
  });
}

test('the last good translation stays, greyed, beside the message when a sentence cannot run', async ({
  page,
}) => {
  const before = await translation(page).textContent();
  await box(page).fill('');
  await expect(page.getByTestId('run-error')).toHaveAttribute('data-code', 'empty_input');
  await expect(translation(page)).toHaveAttribute('data-state', 'stale');
  await expect(translation(page)).toHaveText(before ?? '');
});

test('a worker that crashes is replaced, the page says so and keeps working', async ({ page }) => {
  const before = await translation(page).textContent();
  const [worker] = page.workers();
  await worker.evaluate(() => {
    setTimeout(() => {
      throw new Error('provoked crash');
    });
  });
  await expect(page.getByTestId('engine-banner')).toContainText('restarted');
  await expect(translation(page)).toHaveText(before ?? '');
  await box(page).fill('i am a student');
  await expectTranslated(page, 'i am a student');
  await page.getByTestId('engine-banner').getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByTestId('engine-banner')).toHaveCount(0);
});

test('no request leaves the page origin', async ({ page, baseURL }) => {
  const origins = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    // data: URLs are read from the page itself and go nowhere.
    origins.add(url.protocol === 'data:' ? 'data:' : url.origin);
  });
  await page.goto('/');
  await expectTranslated(page, DEFAULT_SENTENCE);
  await box(page).fill('the zebra didnt cross');
  await expect(translation(page)).toHaveAttribute('data-state', 'fresh');
  await beamSearch(page).check();
  await expect(translation(page)).toHaveAttribute('data-state', 'fresh');
  const pageOrigin = new URL(baseURL ?? '').origin;
  expect([...origins].filter((o) => o !== pageOrigin && o !== 'data:')).toEqual([]);
  expect(origins.has(pageOrigin)).toBe(true);
});
