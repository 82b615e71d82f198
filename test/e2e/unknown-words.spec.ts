import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DEFAULT_SENTENCE } from '../../src/store';
import { readWordKinds } from '../../src/worker/wordKinds';
import { expectedTranslation, pageModel } from './expected';

/** Two misspelt nouns and whatever else of the sentence the shipped vocabulary lacks. */
const SENTENCE = 'the catt sat on the matt';
const { ref, languages } = pageModel.info;
const kinds =
  ref.kind === 'shipped'
    ? readWordKinds(
        JSON.parse(readFileSync(`public/models/${ref.name}/kinds.json`, 'utf8')),
        languages.source,
      )
    : null;

test('unknown words get suggestions of the kind they play, and each is labelled by what was typed', async ({
  page,
}) => {
  expect(kinds, 'the page opens on a shipped English model with its kinds.json').not.toBeNull();
  expect(languages.source).toBe('en');
  const unknownWords = SENTENCE.split(' ').filter((w) => !pageModel.source.has(w));
  expect(unknownWords).toEqual(expect.arrayContaining(['catt', 'matt']));

  await page.goto('/');
  const translation = page.getByTestId('translation');
  await expect(translation).toHaveText(expectedTranslation(DEFAULT_SENTENCE), { timeout: 30_000 });
  await page.getByRole('textbox', { name: /Your sentence/ }).fill(SENTENCE);
  await expect(translation).toHaveAttribute('data-sentence', SENTENCE);
  await expect(translation).toHaveAttribute('data-state', 'fresh');

  // Each unknown word: the kind guessed from its neighbours, and suggestions all of that kind.
  const notice = page.getByTestId('unknown-words');
  for (const word of ['catt', 'matt']) {
    const item = notice.locator(`li[data-word="${word}"]`);
    await expect(item.locator('.unknown-kind')).toHaveAttribute('data-kinds', 'noun');
    const suggestions = await item.getByRole('button').allTextContents();
    expect(suggestions.length).toBeGreaterThan(0);
    for (const suggestion of suggestions) {
      expect([...(kinds?.get(suggestion) ?? [])], `${suggestion} for ${word}`).toContain('noun');
    }
  }
  await expect(notice.locator('li[data-word="matt"]').getByRole('button').first()).toHaveText(
    'mat',
  );

  // The token list and the figures label each unknown word by what was typed, marked.
  const labels = unknownWords.map((w) => `${w}?`);
  await expect(page.getByTestId('source-tokens').locator('.token.unknown')).toHaveText(labels);
  const highLevel = page.locator('#self-attention-high-level');
  await highLevel.scrollIntoViewIfNeeded();
  const keys = highLevel.locator('.attn-token-key');
  await expect(keys).toHaveText([
    'the',
    ...SENTENCE.split(' ')
      .slice(1)
      .map((w) => (unknownWords.includes(w) ? `${w}?` : w)),
    '<eos>',
  ]);
  // The model reads both as <unk>; the labels still tell them apart.
  expect(new Set(labels).size).toBe(labels.length);
});
