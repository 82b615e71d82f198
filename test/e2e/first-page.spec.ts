import { expect, test } from '@playwright/test';

test('typing a sentence changes the translation', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/');
  const translation = page.getByTestId('translation');
  await expect(translation).not.toBeEmpty();
  const first = await translation.textContent();

  await page.getByLabel('Your sentence (English)').fill('i am a student');
  await expect(translation).not.toHaveText(first ?? '');
  await expect(translation).not.toBeEmpty();
  expect(errors).toEqual([]);
});
