import { describe, expect, it } from 'vitest';
import { seededRandom, type Random } from '../../src/engine/random';
import { jointObjectSentence, jointSubjectSentence } from '../../src/corpus/families/coordinated';
import {
  contrastSentence,
  thinkingSentence,
  twoAdjectiveSentence,
  twoPredicateSentence,
} from '../../src/corpus/families/described';
import {
  becauseRelativeSentence,
  objectRelativeSentence,
} from '../../src/corpus/families/relative-object';
import { threeClauseSentence, timedQuestion } from '../../src/corpus/families/three';
import { ADJECTIVES } from '../../src/corpus/lexicon/adjectives';
import { NOUNS } from '../../src/corpus/lexicon/nouns';
import type { SentencePair } from '../../src/corpus/types';

type Family = (random: Random) => SentencePair;

const FAMILIES: Record<string, Family> = {
  jointSubjectSentence,
  jointObjectSentence,
  twoAdjectiveSentence,
  twoPredicateSentence,
  contrastSentence,
  thinkingSentence,
  threeClauseSentence,
  timedQuestion,
  objectRelativeSentence,
  becauseRelativeSentence,
};

function sample(family: Family, n = 600, seed = 11): SentencePair[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => family(random));
}

/** Words no English word stands for: the question opener and articles English leaves out. */
const UNALIGNED_FRENCH = new Set(['est-ce', 'que', "qu'", 'des', 'de', "d'", 'les']);
const UNALIGNED_ENGLISH = new Set(['a', 'an', 'do', 'does']);

const nounByFrench = new Map(
  NOUNS.flatMap((n) => [
    [n.fr.singular, n],
    [n.fr.plural, n],
  ]),
);

describe.each(Object.entries(FAMILIES))('%s', (_name, family) => {
  const pairs = sample(family);

  it('aligns every token but the few that have no counterpart', () => {
    const unaligned = pairs.flatMap((pair) => [
      ...pair.en
        .filter((w, i) => !UNALIGNED_ENGLISH.has(w) && !pair.alignment.some(([e]) => e === i))
        .map((w) => `${w} in ${pair.en.join(' ')}`),
      ...pair.fr
        .filter((w, j) => !UNALIGNED_FRENCH.has(w) && !pair.alignment.some(([, f]) => f === j))
        .map((w) => `${w} in ${pair.fr.join(' ')}`),
    ]);
    expect(unaligned).toEqual([]);
  });

  it('elides before a vowel: no "le", "la", "de", "que" or "ne" before one', () => {
    const unelided = pairs.filter((pair) =>
      pair.fr.some(
        (w, j) =>
          ['le', 'la', 'de', 'que', 'ne', 'je'].includes(w) &&
          /^[aeiouéèêâîôûœh]/.test(pair.fr[j + 1] ?? 'x') &&
          !nounByFrench.get(pair.fr[j + 1])?.fr.singular.startsWith('h'),
      ),
    );
    expect(unelided.map((p) => p.fr.join(' '))).toEqual([]);
  });

  it('is the same from the same seed', () => {
    expect(sample(family, 50, 5)).toEqual(sample(family, 50, 5));
  });

  it('fits the model: at most 22 words a side', () => {
    expect(pairs.every((p) => p.en.length <= 22 && p.fr.length <= 22)).toBe(true);
  });
});

function frenchWithEnglish(pairs: SentencePair[], en: string): string[] {
  return pairs.filter((p) => p.en.join(' ').includes(en)).map((p) => p.fr.join(' '));
}

describe('the new structures', () => {
  it('two subjects joined by "and" take a plural verb, masculine unless both are feminine', () => {
    const pairs = sample(jointSubjectSentence, 3000);
    const feminine = ADJECTIVES.filter((a) => a.fr.fp !== a.fr.mp);
    let checked = 0;
    for (const pair of pairs) {
      const [first, second] = pair.fr.filter((w) => nounByFrench.has(w));
      const predicate = feminine.find(
        (a) => pair.fr.at(-1) === a.fr.fp || pair.fr.at(-1) === a.fr.mp,
      );
      if (!predicate || pair.fr.at(-2) !== 'sont' || !pair.en.includes('are')) continue;
      const bothFeminine =
        nounByFrench.get(first)?.gender === 'f' && nounByFrench.get(second)?.gender === 'f';
      expect(pair.fr.at(-1), pair.fr.join(' ')).toBe(
        bothFeminine ? predicate.fr.fp : predicate.fr.mp,
      );
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
    expect(pairs.some((p) => p.fr.includes('et'))).toBe(true);
  });

  it('two objects joined by "and" or "or", counted or not, "de" for "a" under negation', () => {
    const pairs = sample(jointObjectSentence, 3000);
    expect(pairs.some((p) => p.en.includes('or') && p.fr.includes('ou'))).toBe(true);
    expect(pairs.some((p) => p.en.includes('two') && p.fr.includes('deux'))).toBe(true);
    const negated = pairs.filter((p) => p.fr.includes('pas'));
    expect(negated.length).toBeGreaterThan(100);
    const objects = (p: SentencePair) => p.fr.slice(p.fr.indexOf('pas'));
    expect(negated.filter((p) => objects(p).includes('un') || objects(p).includes('une'))).toEqual(
      [],
    );
  });

  it('puts grand / petit / vieux / jeune before the noun and the other adjective after', () => {
    const pairs = sample(twoAdjectiveSentence, 2000);
    const ball = frenchWithEnglish(pairs, 'big red ball');
    const before = new Set(ADJECTIVES.filter((a) => a.beforeNoun).map((a) => a.en));
    for (const pair of pairs) {
      const i = pair.en.findIndex((w) => before.has(w));
      expect(i, pair.en.join(' ')).toBeGreaterThanOrEqual(0);
      const [, j] = pair.alignment.find(([e]) => e === i) ?? [i, -1];
      const [, noun] = pair.alignment.find(([e]) => e === i + 2) ?? [i, -1];
      const [, after] = pair.alignment.find(([e]) => e === i + 1) ?? [i, -1];
      expect(j < noun && noun < after, `${pair.en.join(' ')} | ${pair.fr.join(' ')}`).toBe(true);
    }
    ball.forEach((fr) => expect(fr).toMatch(/grands? ballons? rouges?/));
  });

  it('makes both predicative adjectives agree: "trop fatiguée et trop lente"', () => {
    const pairs = sample(twoPredicateSentence, 2000);
    const feminine = pairs.filter((p) => p.fr.includes('elle') && p.fr.includes('et'));
    expect(feminine.length).toBeGreaterThan(10);
    const adjectives = new Map(ADJECTIVES.map((a) => [a.en, a]));
    for (const pair of feminine) {
      const last = adjectives.get(pair.en.at(-1) ?? '');
      if (last) expect(pair.fr.at(-1)).toBe(last.fr.fs);
    }
    expect(pairs.some((p) => p.en.includes('because') && p.fr.includes("qu'"))).toBe(true);
  });

  it('says "X is not A but it is B" with "n\'est pas … mais il est …"', () => {
    const pairs = sample(contrastSentence);
    const itIs = pairs.filter((p) => p.en.join(' ').includes('but it is'));
    expect(itIs.length).toBeGreaterThan(5);
    for (const pair of itIs) expect(pair.fr.join(' ')).toMatch(/n' est pas .* mais (il|elle) est /);
  });

  it('puts "thinking" on machines, after the noun: "les machines pensantes"', () => {
    const pairs = sample(thinkingSentence);
    expect(pairs.every((p) => p.en.includes('thinking'))).toBe(true);
    expect(pairs.some((p) => p.fr.join(' ').startsWith('les machines pensantes'))).toBe(true);
  });

  it('joins three clauses with a comma and "and" or "but"', () => {
    const pairs = sample(threeClauseSentence);
    expect(pairs.every((p) => p.en.includes(',') && p.fr.includes(','))).toBe(true);
  });

  it('asks with a time word: "est-ce que … hier ?"', () => {
    const pairs = sample(timedQuestion);
    expect(
      pairs.every((p) => p.fr.at(-1) === '?' && p.fr.some((w) => w.startsWith('est-ce'))),
    ).toBe(true);
    expect(pairs.some((p) => p.en.includes('yesterday') && p.fr.includes('hier'))).toBe(true);
    expect(pairs.some((p) => p.en.includes('tomorrow') && p.fr.includes('demain'))).toBe(true);
  });

  it('puts relatives on objects, with "qui", "que" and an agreeing participle', () => {
    const pairs = sample(objectRelativeSentence, 3000);
    expect(pairs.some((p) => p.fr.includes('qui'))).toBe(true);
    const agreed = pairs.filter((p) => p.fr.join(' ').match(/que .* a mangée($| )/));
    expect(agreed.length).toBeGreaterThan(0);
    expect(pairs.filter((p) => /\b(la|une) \S+ que .* a mangé$/.test(p.fr.join(' ')))).toEqual([]);
  });

  it('puts a relative inside a "because" clause', () => {
    const pairs = sample(becauseRelativeSentence);
    expect(
      pairs.every(
        (p) =>
          p.en.includes('because') &&
          p.en.includes('that') &&
          (p.fr.includes('qui') || p.fr.includes('que') || p.fr.includes("qu'")),
      ),
    ).toBe(true);
  });
});
