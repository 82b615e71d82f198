import { describe, expect, it } from 'vitest';
import { generateCorpus, type SentencePair } from '../../src/corpus';
import { ADJECTIVES } from '../../src/corpus/lexicon/adjectives';
import { NOUNS, type Noun } from '../../src/corpus/lexicon/nouns';
import { nounPhrase } from '../../src/corpus/noun-phrase';
import { finishPair } from '../../src/corpus/phrase';

const corpus = generateCorpus({ seed: 1 });
const all = [...corpus.train, ...corpus.dev, ...corpus.test];

/** English words the grammar leaves without a French counterpart: "a" of "a student" ("an artist"), "do" of questions. */
const UNALIGNED_ENGLISH = new Set(['a', 'an', 'do', 'does']);
/** French words without an English counterpart: the question opener, and articles English drops. */
const UNALIGNED_FRENCH = new Set(['est-ce', 'que', "qu'", 'des', 'de', "d'", 'les']);

function noun(en: string): Noun {
  const found = NOUNS.find((n) => n.en.singular === en);
  if (!found) throw new Error(`no noun "${en}"`);
  return found;
}

function adjective(en: string) {
  const found = ADJECTIVES.find((a) => a.en === en);
  if (!found) throw new Error(`no adjective "${en}"`);
  return found;
}

function frenchOf(pair: SentencePair, enIndex: number): string[] {
  return pair.alignment.filter(([i]) => i === enIndex).map(([, j]) => pair.fr[j]);
}

describe('gold alignments', () => {
  it('point inside both sentences, sorted, without repeats', () => {
    const faults = all.filter((pair) => {
      const keys = pair.alignment.map(([i, j]) => i * 1000 + j);
      const sorted = keys.every((key, n) => n === 0 || key > keys[n - 1]);
      const inside = pair.alignment.every(
        ([i, j]) => i >= 0 && i < pair.en.length && j >= 0 && j < pair.fr.length,
      );
      return !sorted || !inside;
    });
    expect(faults).toEqual([]);
  });

  it('align every word but the few that have no counterpart', () => {
    const unaligned: string[] = [];
    for (const pair of all) {
      pair.en.forEach((word, i) => {
        if (!UNALIGNED_ENGLISH.has(word) && !pair.alignment.some(([e]) => e === i)) {
          unaligned.push(`${word} in ${pair.en.join(' ')}`);
        }
      });
      pair.fr.forEach((word, j) => {
        if (!UNALIGNED_FRENCH.has(word) && !pair.alignment.some(([, f]) => f === j)) {
          unaligned.push(`${word} in ${pair.fr.join(' ')}`);
        }
      });
    }
    expect(unaligned).toEqual([]);
  });

  it('link each noun and adjective to its dictionary translation', () => {
    const nounForms = new Map<string, string>();
    for (const n of NOUNS) {
      nounForms.set(n.en.singular, n.fr.singular);
      nounForms.set(n.en.plural, n.fr.plural);
    }
    const adjectiveForms = new Map(
      ADJECTIVES.map((a) => [a.en, [...Object.values(a.fr), a.frBeforeVowel ?? a.fr.ms]]),
    );
    const wrong: string[] = [];
    let checked = 0;
    // Set phrases are learnt whole: "happy birthday" is "joyeux anniversaire", not "heureux".
    for (const pair of all.filter((p) => !p.tags.includes('phrase'))) {
      pair.en.forEach((word, i) => {
        const linked = frenchOf(pair, i);
        const nounForm = nounForms.get(word);
        const adjectiveForm = adjectiveForms.get(word);
        const right = nounForm
          ? linked.length === 1 && linked[0] === nounForm
          : !adjectiveForm || (linked.length === 1 && adjectiveForm.includes(linked[0]));
        if (!right) wrong.push(`${word} ↔ ${linked.join(' ')} in ${pair.fr.join(' ')}`);
        if (nounForm) checked++;
      });
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(all.length);
  });

  it('cross where French puts the adjective after the noun: "a red apple" ↔ "une pomme rouge"', () => {
    const pair = finishPair(
      nounPhrase({
        noun: noun('apple'),
        plural: false,
        determiner: 'a',
        adjective: adjective('red'),
        role: 'x',
      }),
      [],
    );
    expect(pair.en).toEqual(['a', 'red', 'apple']);
    expect(pair.fr).toEqual(['une', 'pomme', 'rouge']);
    expect(pair.alignment).toEqual([
      [0, 0],
      [1, 2],
      [2, 1],
    ]);
  });

  it('stay in order where French puts the adjective first: "a small cat" ↔ "un petit chat"', () => {
    const pair = finishPair(
      nounPhrase({
        noun: noun('cat'),
        plural: false,
        determiner: 'a',
        adjective: adjective('small'),
        role: 'x',
      }),
      [],
    );
    expect(pair.fr).toEqual(['un', 'petit', 'chat']);
    expect(pair.alignment).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });

  it('cross between adjective and noun in every pair tagged "reorder", and in no fragment without it', () => {
    const adjectives = new Set(ADJECTIVES.map((a) => a.en));
    const crossesAfterAdjective = (pair: SentencePair) =>
      pair.en.some((word, i) => {
        if (!adjectives.has(word) || i + 1 >= pair.en.length) return false;
        const adjectiveAt = Math.min(...pair.alignment.filter(([e]) => e === i).map(([, f]) => f));
        const nounAt = Math.min(...pair.alignment.filter(([e]) => e === i + 1).map(([, f]) => f));
        return adjectiveAt > nounAt;
      });
    const reordered = all.filter((pair) => pair.tags.includes('reorder'));
    expect(reordered.length).toBeGreaterThan(all.length * 0.1);
    expect(reordered.filter((pair) => !crossesAfterAdjective(pair))).toEqual([]);
    const fragmentsInOrder = all.filter(
      (p) => p.tags.includes('fragment') && !p.tags.includes('reorder'),
    );
    expect(fragmentsInOrder.length).toBeGreaterThan(0);
    expect(fragmentsInOrder.filter(crossesAfterAdjective)).toEqual([]);
  });

  it('merge the links of fused words: "near the garden" ↔ "près du jardin"', () => {
    const pair = all.find((p) => p.en.join(' ').includes('near the garden'));
    if (!pair) throw new Error('no "near the garden" in the corpus');
    const near = pair.en.indexOf('near');
    expect(frenchOf(pair, near)).toEqual(['près', 'du']);
    expect(frenchOf(pair, near + 1)).toEqual(['du']);
  });
});
