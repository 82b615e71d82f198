import { describe, expect, it } from 'vitest';
import {
  Vocabulary,
  editDistance,
  foldForComparison,
  nearestKnownWords,
  vocabularyProblem,
} from '../../src/engine/tokenizer/vocabulary';
import { SPECIAL_TOKENS, UNK } from '../../src/engine/model/config';
import { randomInt, seededRandom } from '../../src/engine/random';

const WORDS = [
  'the',
  'student',
  'students',
  'study',
  'stupid',
  'sudden',
  'is',
  'tired',
  'étudiant',
  'étudiants',
  'étudier',
  'était',
  'fatigué',
  'le',
  'la',
  'cœur',
  'été',
  'ête',
];
const vocabulary = new Vocabulary([...SPECIAL_TOKENS, ...WORDS]);

/** A 600-word vocabulary: the words above among made-up ones, as many as the shipped models hold. */
function largeVocabulary(): Vocabulary {
  const random = seededRandom(11);
  const letters = 'abcdefghijklmnopqrstuvwxyzéèàç';
  const words = new Set(WORDS);
  while (words.size < 600 - SPECIAL_TOKENS.length) {
    const length = 2 + randomInt(random, 9);
    words.add(Array.from({ length }, () => letters[randomInt(random, letters.length)]).join(''));
  }
  return new Vocabulary([...SPECIAL_TOKENS, ...words]);
}

/** Restricted Damerau–Levenshtein over a full matrix, written apart from the engine's. */
function referenceDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const d: number[][] = [];
  for (let i = 0; i <= x.length; i++) {
    d.push([]);
    for (let j = 0; j <= y.length; j++) {
      if (i === 0 || j === 0) {
        d[i].push(i + j);
        continue;
      }
      const options = [
        d[i - 1][j] + 1,
        d[i][j - 1] + 1,
        d[i - 1][j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1),
      ];
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        options.push(d[i - 2][j - 2] + 1);
      }
      d[i].push(Math.min(...options));
    }
  }
  return d[x.length][y.length];
}

describe('Vocabulary', () => {
  it('gives each token the id of its position, special tokens first', () => {
    expect(vocabulary.size).toBe(SPECIAL_TOKENS.length + WORDS.length);
    SPECIAL_TOKENS.forEach((token, id) => expect(vocabulary.idOf(token)).toBe(id));
    expect(vocabulary.idOf('student')).toBe(5);
    expect(vocabulary.tokenOf(5)).toBe('student');
    expect(vocabulary.tokens[5]).toBe('student');
  });

  it('tells known from unknown tokens', () => {
    expect(vocabulary.has('étudiant')).toBe(true);
    expect(vocabulary.has('etudiant')).toBe(false);
    expect(vocabulary.idOf('etudiant')).toBeUndefined();
  });

  it('refuses an id outside the vocabulary', () => {
    expect(() => vocabulary.tokenOf(vocabulary.size)).toThrow(RangeError);
    expect(() => vocabulary.tokenOf(-1)).toThrow(/token id -1 is outside a vocabulary of 22/);
    expect(() => vocabulary.tokenOf(1.5)).toThrow(RangeError);
  });

  it('maps tokens to ids, giving <unk> to unknown ones and listing them', () => {
    const { ids, unknown } = vocabulary.toIds(['the', 'studnet', 'is', 'tired', 'zzz']);
    expect(ids).toEqual([4, UNK, 10, 11, UNK]);
    expect(unknown).toEqual([
      { index: 1, token: 'studnet' },
      { index: 4, token: 'zzz' },
    ]);
  });

  it('keeps its own copy of the tokens it was built from', () => {
    const tokens = [...SPECIAL_TOKENS, 'a', 'b'];
    const built = new Vocabulary(tokens);
    tokens[4] = 'changed';
    expect(built.tokenOf(4)).toBe('a');
    expect(built.idOf('changed')).toBeUndefined();
  });

  it('refuses a list that does not start with the special tokens', () => {
    expect(() => new Vocabulary(['<pad>', '<bos>', '<unk>', '<eos>', 'a'])).toThrow(
      'not a vocabulary: the first 4 entries must be <pad>, <bos>, <eos>, <unk>, but entry 2 is "<unk>"',
    );
    expect(() => new Vocabulary(['<pad>', '<bos>'])).toThrow(/entry 2 is missing/);
  });

  it('refuses a word listed twice, naming both entries', () => {
    expect(() => new Vocabulary([...SPECIAL_TOKENS, 'le', 'la', 'le'])).toThrow(
      'not a vocabulary: "le" appears twice, as entries 4 and 6',
    );
    expect(vocabularyProblem([...SPECIAL_TOKENS, 'a', '<pad>'])).toBe(
      '"<pad>" appears twice, as entries 0 and 5',
    );
  });

  it('refuses empty words and entries that are not words', () => {
    expect(vocabularyProblem([...SPECIAL_TOKENS, ''])).toBe(
      'entry 4 should be a non-empty word, found ""',
    );
    expect(vocabularyProblem([...SPECIAL_TOKENS, 'a', 7])).toBe(
      'entry 5 should be a non-empty word, found 7',
    );
    expect(vocabularyProblem([...SPECIAL_TOKENS, 'a'])).toBeUndefined();
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('studnet', 'student')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    // Restricted: a swapped pair is not edited again, so "ca" → "abc" takes 3, not 2.
    expect(editDistance('ca', 'abc')).toBe(3);
  });

  it('counts a letter outside the basic plane as one letter', () => {
    expect(editDistance('a😀b', 'ab')).toBe(1);
  });

  it('agrees with a full-matrix reference on random words', () => {
    const random = seededRandom(5);
    const word = () =>
      Array.from({ length: randomInt(random, 8) }, () => 'abcé'[randomInt(random, 4)]).join('');
    for (let trial = 0; trial < 500; trial++) {
      const a = word();
      const b = word();
      expect(editDistance(a, b), `${a} → ${b}`).toBe(referenceDistance(a, b));
    }
  });
});

describe('nearestKnownWords', () => {
  it('finds "student" for "studnet"', () => {
    expect(nearestKnownWords('studnet', vocabulary)[0]).toBe('student');
  });

  it('finds "étudiant" for "etudiant", ignoring the missing accent', () => {
    expect(nearestKnownWords('etudiant', vocabulary)[0]).toBe('étudiant');
  });

  it('ignores case and spells ligatures out', () => {
    expect(nearestKnownWords('Student', vocabulary)[0]).toBe('student');
    expect(nearestKnownWords('coeur', vocabulary)[0]).toBe('cœur');
    expect(foldForComparison('Été Œuvre')).toBe('ete oeuvre');
  });

  it('prefers the word whose accents match what was typed when folding ties', () => {
    expect(nearestKnownWords('ête', vocabulary, 2)).toEqual(['ête', 'été']);
    expect(nearestKnownWords('été', vocabulary, 2)).toEqual(['été', 'ête']);
  });

  it('returns the count asked for, closest first, never a special token', () => {
    const suggestions = nearestKnownWords('studen', vocabulary, 4);
    // Distances 1, then 2, 2, 2: ties keep the vocabulary's order.
    expect(suggestions).toEqual(['student', 'students', 'study', 'sudden']);
    const all = nearestKnownWords('unk', vocabulary, 100);
    expect(all).toHaveLength(WORDS.length);
    expect(all.some((word) => (SPECIAL_TOKENS as readonly string[]).includes(word))).toBe(false);
    expect(nearestKnownWords('student', vocabulary, 0)).toEqual([]);
  });

  it('still finds the close words among 600', () => {
    const large = largeVocabulary();
    expect(large.size).toBe(600);
    expect(nearestKnownWords('studnet', large)[0]).toBe('student');
    expect(nearestKnownWords('etudiant', large)[0]).toBe('étudiant');
  });
});
