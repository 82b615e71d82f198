import { describe, expect, it } from 'vitest';
import { SPECIAL_TOKENS } from '../../src/engine/model/config';
import { tokenize } from '../../src/engine/tokenizer/tokenize';
import { Vocabulary } from '../../src/engine/tokenizer/vocabulary';
import { findNames, writeNames } from '../../src/worker/names';

const WORDS = ['the', 'street', "didn't", 'cross', 'because', 'she', 'he', 'was', 'tired', 'and'];
const withSlots = new Vocabulary([
  ...SPECIAL_TOKENS,
  ...WORDS,
  '<name-f1>',
  '<name-f2>',
  '<name-m1>',
  '<name-m2>',
]);
const names = (sentence: string, vocabulary = withSlots) =>
  findNames(sentence, tokenize(sentence, 'en'), 'en', vocabulary);

describe("names in the reader's sentence", () => {
  it('reads a capitalised unknown word as a name, with its gender from the list of names', () => {
    expect(names("Alice didn't cross the street because she was tired")).toEqual([
      { name: 'Alice', index: 0, slot: '<name-f1>', gender: 'f', knownName: true },
    ]);
    expect(names('Tom and Hugo')).toMatchObject([
      { name: 'Tom', slot: '<name-m1>' },
      { name: 'Hugo', slot: '<name-m2>' },
    ]);
  });

  it('guesses the gender of a name not on the list from "she", else masculine', () => {
    expect(names('Zorblax was tired because she')).toMatchObject([
      { name: 'Zorblax', gender: 'f', knownName: false },
    ]);
    expect(names('Zorblax was tired')).toMatchObject([{ gender: 'm', knownName: false }]);
  });

  it('gives the same slot to a name said twice, and no slot past the last', () => {
    expect(names('Alice and Alice').map((n) => n.slot)).toEqual(['<name-f1>', '<name-f1>']);
    expect(names('Alice and Emma and Léa').map((n) => n.name)).toEqual(['Alice', 'Emma']);
  });

  it('takes no known word, no lower-case word, and nothing for a model without slots', () => {
    expect(names('The street')).toEqual([]);
    expect(names('alice was tired')).toEqual([]);
    expect(names('Alice was tired', new Vocabulary([...SPECIAL_TOKENS, ...WORDS]))).toEqual([]);
  });
});

describe('names written back into the translation', () => {
  const nameOf = new Map([
    ['<name-f1>', 'Alice'],
    ['<name-m1>', 'Tom'],
  ]);

  it('writes each slot as its name, and elides the French word before a vowel', () => {
    expect(writeNames(['est-ce', 'que', '<name-f1>', 'mange', '?'], nameOf, 'fr')).toEqual([
      'est-ce',
      "qu'",
      'Alice',
      'mange',
      '?',
    ]);
    expect(writeNames(['est-ce', 'que', '<name-m1>', 'mange', '?'], nameOf, 'fr')).toEqual([
      'est-ce',
      'que',
      'Tom',
      'mange',
      '?',
    ]);
  });

  it('leaves English as it is, but for the names', () => {
    expect(writeNames(['thanks', ',', '<name-f1>'], nameOf, 'en')).toEqual([
      'thanks',
      ',',
      'Alice',
    ]);
  });
});
