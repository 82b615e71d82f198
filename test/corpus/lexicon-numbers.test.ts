import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/corpus';
import { frenchNumber, NUMBERS } from '../../src/corpus/lexicon/numbers';
import { TIME_WORDS, timeWordsFor } from '../../src/corpus/lexicon/time';

describe('numbers', () => {
  it('say one to a hundred in both languages', () => {
    expect(NUMBERS).toHaveLength(100);
    const spot: [number, string, string][] = [
      [1, 'one', 'un'],
      [17, 'seventeen', 'dix-sept'],
      [21, 'twenty-one', 'vingt et un'],
      [22, 'twenty-two', 'vingt-deux'],
      [60, 'sixty', 'soixante'],
      [70, 'seventy', 'soixante-dix'],
      [71, 'seventy-one', 'soixante et onze'],
      [77, 'seventy-seven', 'soixante-dix-sept'],
      [80, 'eighty', 'quatre-vingts'],
      [81, 'eighty-one', 'quatre-vingt-un'],
      [91, 'ninety-one', 'quatre-vingt-onze'],
      [99, 'ninety-nine', 'quatre-vingt-dix-neuf'],
      [100, 'one hundred', 'cent'],
    ];
    for (const [n, en, fr] of spot) expect(NUMBERS[n - 1]).toEqual({ en, fr });
    expect(new Set(NUMBERS.map((n) => n.fr)).size).toBe(100);
  });

  it('give "un" its feminine before a feminine noun', () => {
    expect(frenchNumber(1, true)).toBe('une');
    expect(frenchNumber(21, true)).toBe('vingt et une');
    expect(frenchNumber(81, true)).toBe('quatre-vingt-une');
    expect(frenchNumber(21, false)).toBe('vingt et un');
    expect(frenchNumber(80, true)).toBe('quatre-vingts');
  });
});

describe('time words', () => {
  it('fit the tense they are said with', () => {
    const english = (tense: Parameters<typeof timeWordsFor>[0]) =>
      timeWordsFor(tense).map((t) => t.en);
    expect(english('past')).toContain('yesterday');
    expect(english('future')).not.toContain('yesterday');
    expect(english('future')).toContain('tomorrow');
    expect(english('past')).not.toContain('tomorrow');
    expect(english('present')).toContain('every monday');
    expect(TIME_WORDS.find((t) => t.en === 'last sunday')?.fr).toBe('dimanche dernier');
  });
});

describe('the corpus', () => {
  const corpus = generateCorpus({ seed: 1 });
  const pairs = [...corpus.train, ...corpus.dev, ...corpus.test];
  const english = new Set(pairs.flatMap((p) => p.en));
  const french = pairs.map((p) => p.fr.join(' '));

  it('counts with every number from one to a hundred', () => {
    const missing = NUMBERS.flatMap((n) => n.en.split(' ')).filter((w) => !english.has(w));
    expect(missing).toEqual([]);
    expect(french.some((s) => / vingt et une /.test(s))).toBe(true);
    expect(french.some((s) => / quatre-vingt-onze /.test(s))).toBe(true);
  });

  it('says every time word in a sentence of a tense it fits', () => {
    const sentences = pairs.map((p) => ` ${p.en.join(' ')} `);
    const missing = TIME_WORDS.filter((t) => !sentences.some((s) => s.includes(` ${t.en} `)));
    expect(missing.map((t) => t.en)).toEqual([]);
    const wrong = pairs.filter(
      (p) => p.en.includes('tomorrow') && (p.fr.includes('hier') || p.tags.includes('past')),
    );
    expect(wrong.map((p) => p.en.join(' '))).toEqual([]);
  });
}, 120_000);
