import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/corpus';
import { nameTheSubject } from '../../src/corpus/families/names';
import { isNameSlot, nameSlot } from '../../src/corpus/names';

const corpus = generateCorpus({ seed: 1 });
const all = [...corpus.train, ...corpus.dev, ...corpus.test];
const named = all.filter((pair) => pair.tags.includes('name'));

describe('sentences with names', () => {
  it('are part of the corpus, with both genders and both slots', () => {
    expect(named.length).toBeGreaterThan(all.length * 0.03);
    const slots = new Set(named.flatMap((pair) => pair.en.filter(isNameSlot)));
    expect([...slots].sort()).toEqual(['<name-f1>', '<name-f2>', '<name-m1>', '<name-m2>']);
  });

  it('carry every name slot to the other side, aligned with itself', () => {
    for (const pair of named) {
      pair.en.forEach((word, i) => {
        if (!isNameSlot(word)) return;
        const j = pair.fr.indexOf(word);
        expect(j, pair.en.join(' ')).toBeGreaterThanOrEqual(0);
        expect(pair.alignment).toContainEqual([i, j]);
      });
    }
  });

  it('agree French with the name: "<name-f1> … parce qu\'elle était fatiguée"', () => {
    const cross = named.find(
      (pair) =>
        pair.en[0] === nameSlot('f', 0) && pair.en.includes('she') && pair.en.includes('tired'),
    );
    expect(cross).toBeDefined();
    expect(cross?.fr).toContain('elle');
    expect(cross?.fr).toContain('fatiguée');
  });

  it('write the first he / she, and its il / elle, as a slot', () => {
    const pair = {
      en: ['she', 'eats', 'an', 'apple', 'because', 'she', 'is', 'hungry'],
      fr: ['elle', 'mange', 'une', 'pomme', 'parce', "qu'", 'elle', 'a', 'faim'],
      alignment: [
        [0, 0],
        [1, 1],
        [5, 6],
      ] as [number, number][],
      tags: ['pronoun', 'transitive'],
    };
    const named = nameTheSubject(pair, (gender) => nameSlot(gender, 0));
    expect(named.en.slice(0, 2)).toEqual(['<name-f1>', 'eats']);
    expect(named.en[5]).toBe('she');
    expect(named.fr[0]).toBe('<name-f1>');
    expect(named.fr[6]).toBe('elle');
    expect(named.tags).toEqual(['name', 'transitive']);
  });
});
