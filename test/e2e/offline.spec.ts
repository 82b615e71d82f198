import { expect, test, type Request } from '@playwright/test';
import { expectedTranslation, pageModel } from './expected';

/** What the page may fetch: its own origin only, or data it made itself. */
function leavesOrigin(request: Request, origin: string): boolean {
  const url = new URL(request.url());
  if (url.protocol === 'data:' || url.protocol === 'blob:') return false;
  return url.origin !== origin;
}

test('once loaded, the page and its model translate with the network off', async ({
  page,
  context,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto('/');
  const translation = page.getByTestId('translation');
  await expect(translation).not.toBeEmpty({ timeout: 30_000 });
  // The service worker has precached everything once it controls the page.
  await page.waitForFunction(
    () => navigator.serviceWorker.controller?.state === 'activated',
    null,
    {
      timeout: 30_000,
    },
  );

  await context.setOffline(true);
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  // The network is really off: a file the service worker has not cached cannot be fetched.
  // (navigator.onLine is not asked: some Chromium versions keep it true in the reloaded page.)
  const uncached = await page.evaluate(() =>
    fetch(`/not-cached-${Date.now()}.json`).then(
      () => 'fetched',
      () => 'network off',
    ),
  );
  expect(uncached).toBe('network off');
  const sentence = 'i am a student';
  await page.getByRole('textbox', { name: /^Your sentence/ }).fill(sentence);
  await expect(translation).toHaveText(expectedTranslation(sentence), { timeout: 30_000 });
  expect(errors).toEqual([]);
});

test('no request ever leaves the page’s origin', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL ?? page.url()).origin;
  const outside: string[] = [];
  const seen: string[] = [];
  context.on('request', (request) => {
    seen.push(new URL(request.url()).pathname);
    if (leavesOrigin(request, origin)) outside.push(request.url());
  });
  await page.goto('/');
  await expect(page.getByTestId('translation')).not.toBeEmpty({ timeout: 30_000 });
  await page.waitForFunction(
    () => navigator.serviceWorker.controller?.state === 'activated',
    null,
    {
      timeout: 30_000,
    },
  );
  // Scroll through every section so that each figure, font and formula is drawn.
  for (const section of await page.locator('section.figure-section').all()) {
    await section.scrollIntoViewIfNeeded();
  }
  await page.getByRole('textbox', { name: /^Your sentence/ }).fill('i am a student');
  await expect(page.getByTestId('translation')).toHaveText(expectedTranslation('i am a student'));
  // The listener hears the engine worker and the service worker too: the model's weights.
  const { ref } = pageModel.info;
  if (ref.kind === 'shipped') expect(seen).toContain(`/models/${ref.name}/model.safetensors`);
  expect(outside).toEqual([]);
});
