import { describe, expect, it } from 'vitest';
import { buildVocabulary, generateCorpus } from '../../src/corpus';
import { SPECIAL_TOKENS } from '../../src/engine/model/config';
import { shuffle, seededRandom } from '../../src/engine/random';
import { vocabularyProblem } from '../../src/engine/tokenizer/vocabulary';

const corpus = generateCorpus({ seed: 1 });
const all = [...corpus.train, ...corpus.dev, ...corpus.test];

/**
 * Words of a vocabulary budget: 4 MB of 32-bit weights for d_model 64 and 4 + 2 layers leaves
 * room for about 4,000 target words beside the source's (embedding, generator and source rows).
 */
const BUDGET = 4000;

describe('buildVocabulary', () => {
  for (const language of ['en', 'fr'] as const) {
    it(`starts the ${language} vocabulary with the special tokens, then every corpus word, sorted`, () => {
      const vocabulary = buildVocabulary(all, language);
      console.log(`${language} vocabulary: ${vocabulary.length} tokens (budget ${BUDGET})`);
      expect(vocabulary.slice(0, SPECIAL_TOKENS.length)).toEqual([...SPECIAL_TOKENS]);
      const words = vocabulary.slice(SPECIAL_TOKENS.length);
      expect(words).toEqual([...new Set(all.flatMap((pair) => pair[language]))].sort());
      expect(vocabularyProblem(vocabulary)).toBeUndefined();
      expect(vocabulary.length).toBeLessThan(BUDGET);
    });
  }

  it('does not depend on the order of the pairs', () => {
    const shuffled = shuffle(seededRandom(5), [...all]);
    expect(buildVocabulary(shuffled, 'fr')).toEqual(buildVocabulary(all, 'fr'));
  });

  /**
   * The words come from the lexicon, not from the seed; with a thousand words and their forms, a
   * rare form ("quatre-vingt-une", 81 before a feminine noun) may be drawn under one seed only.
   */
  it('holds nearly the same words for another seed of the same size', () => {
    const other = generateCorpus({ seed: 9 });
    const otherPairs = [...other.train, ...other.dev, ...other.test];
    for (const language of ['en', 'fr'] as const) {
      const mine = buildVocabulary(all, language);
      const theirs = new Set(buildVocabulary(otherPairs, language));
      const onlyMine = mine.filter((w) => !theirs.has(w));
      const onlyTheirs = [...theirs].filter((w) => !mine.includes(w));
      expect([...onlyMine, ...onlyTheirs].length).toBeLessThanOrEqual(mine.length / 200);
    }
  });
});
