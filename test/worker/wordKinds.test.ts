import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kindsJsonText, shippedModels } from '../../scripts/kinds/shippedKinds';
import { loadModel, type FetchFile } from '../../src/worker/models';
import { WORD_KINDS_FILE, readWordKinds } from '../../src/worker/wordKinds';

describe('kinds.json', () => {
  it.each(shippedModels().map((m) => [m.name, m]))(
    '%s: the shipped file is the one the lexicon and vocab.json give (npx tsx scripts/write-kinds.ts)',
    (_, model) => {
      const shipped = readFileSync(`${model.folder}/${WORD_KINDS_FILE}`, 'utf8');
      expect(shipped).toBe(kindsJsonText(model));
    },
  );

  it('is read as each word with all its kinds', () => {
    const kinds = readWordKinds(
      { language: 'en', kinds: { noun: ['cook', 'cat'], verb: ['cook'], sparkle: ['x'] } },
      'en',
    );
    expect(kinds?.get('cook')).toEqual(new Set(['noun', 'verb']));
    expect(kinds?.get('cat')).toEqual(new Set(['noun']));
    // A kind this page does not know is skipped.
    expect(kinds?.has('x')).toBe(false);
  });

  it('is no kinds at all when malformed or for another language', () => {
    expect(readWordKinds(null, 'en')).toBeNull();
    expect(readWordKinds(['noun'], 'en')).toBeNull();
    expect(readWordKinds({ language: 'fr', kinds: { noun: ['chat'] } }, 'en')).toBeNull();
    expect(readWordKinds({ language: 'en', kinds: { noun: 'cat' } }, 'en')).toBeNull();
  });
});

describe('a shipped model with or without kinds.json', () => {
  const languages = { source: 'en', target: 'fr' } as const;
  /** Serves public/models, with kinds.json replaced by `kinds` (null: not found). */
  const serving =
    (kinds: string | null): FetchFile =>
    async (url) => {
      const path = new URL(url).pathname.replace(/^\/models\//, '');
      if (path.endsWith(WORD_KINDS_FILE)) {
        return kinds === null ? new Response('not found', { status: 404 }) : new Response(kinds);
      }
      return new Response(readFileSync(`public/models/${decodeURIComponent(path)}`));
    };
  const load = (kinds: string | null) =>
    loadModel({ kind: 'shipped', name: 'en-fr' }, 'http://page/models/', languages, serving(kinds));

  it('loads with its words kinds when the file is there', async () => {
    const outcome = await load(readFileSync('public/models/en-fr/kinds.json', 'utf8'));
    expect(outcome.ok && outcome.model.sourceKinds?.get('the')).toEqual(new Set(['determiner']));
  });

  it.each([
    ['missing', null],
    ['not JSON', '{ "language": "en", '],
    ['not a kinds file', '[1, 2, 3]'],
  ])('loads without kinds when the file is %s', async (_, kinds) => {
    const outcome = await load(kinds);
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && outcome.model.sourceKinds).toBeNull();
  });
});
