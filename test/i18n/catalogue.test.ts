import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { languageOfReader } from '../../src/i18n';

type Entry = { path: string; value: unknown };

/** Every leaf of a catalogue (a string, a function, a number), with its path of keys. */
function leaves(value: unknown, path = ''): Entry[] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value))
    return Object.entries(value).flatMap(([key, inner]) =>
      leaves(inner, path ? `${path}.${key}` : key),
    );
  return [{ path, value }];
}

describe('the French catalogue', () => {
  const english = leaves(en);
  const french = new Map(leaves(fr).map((entry) => [entry.path, entry.value]));

  it('holds every text the English one holds, and nothing more', () => {
    const missing = english.filter((entry) => !french.has(entry.path)).map((e) => e.path);
    expect(missing).toEqual([]);
    const extra = [...french.keys()].filter((path) => !english.some((e) => e.path === path));
    expect(extra).toEqual([]);
  });

  it('gives each the same kind: a sentence for a sentence, a function of the same numbers for a function', () => {
    const mismatched = english
      .filter(({ path, value }) => {
        const other = french.get(path);
        if (typeof value !== typeof other) return true;
        return typeof value === 'function' && typeof other === 'function'
          ? value.length !== other.length
          : false;
      })
      .map((entry) => entry.path);
    expect(mismatched).toEqual([]);
  });

  it('leaves no sentence empty', () => {
    const empty = [...french].filter(([, value]) => value === '').map(([path]) => path);
    expect(empty).toEqual([]);
  });

  it('is written in French: most of its sentences differ from the English ones', () => {
    const sentences = english.filter((e) => typeof e.value === 'string' && e.value.length > 30);
    const same = sentences.filter((e) => french.get(e.path) === e.value).map((e) => e.path);
    expect(sentences.length).toBeGreaterThan(100);
    expect(same).toEqual([]);
  });
});

describe('the reader’s language', () => {
  it('is the first of the browser’s languages the page is written in, else English', () => {
    expect(languageOfReader(['fr-FR', 'en-US'])).toBe('fr');
    expect(languageOfReader(['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(languageOfReader(['en-GB', 'fr'])).toBe('en');
    expect(languageOfReader(['de', 'es'])).toBe('en');
    expect(languageOfReader([])).toBe('en');
  });
});
