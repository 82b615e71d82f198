import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/engine/tokenizer/tokenize';
import { Vocabulary, nearestKnownWords } from '../../src/engine/tokenizer/vocabulary';
import { guessKinds } from '../../src/worker/kindGuess';
import { builtInConfig } from '../../src/worker/models';
import { isEngineError, prepareSource } from '../../src/worker/source';
import { readWordKinds, type WordKinds } from '../../src/worker/wordKinds';

/** A shipped model's source vocabulary and word kinds, as the page loads them. */
function shipped(folder: string, language: Language) {
  const read = (file: string): unknown =>
    JSON.parse(readFileSync(`public/models/${folder}/${file}`, 'utf8'));
  const vocabulary = new Vocabulary((read('vocab.json') as { source: string[] }).source);
  const kinds = readWordKinds(read('kinds.json'), language);
  if (!kinds) throw new Error(`public/models/${folder}/kinds.json holds no kinds`);
  return { vocabulary, kinds, language };
}

const english = shipped('en-fr', 'en');
const french = shipped('fr-en', 'fr');

/** The sentence's unknown words with what the page suggests for each. */
function unknownIn(sentence: string, model: typeof english, kinds: WordKinds | null = model.kinds) {
  const { vocabulary, language } = model;
  const source = prepareSource(
    sentence,
    vocabulary,
    builtInConfig(vocabulary, vocabulary),
    language,
    kinds,
  );
  if (isEngineError(source)) throw new Error(source.message);
  return { tokens: source.tokens, words: source.unknownWords?.words ?? [] };
}

/** The guessed kinds of the listed words of a sentence, each given as known or not. */
function guess(words: string[], unknownPlaces: number[], model: typeof english) {
  return [...guessKinds(words, unknownPlaces, model.kinds, model.language).values()];
}

describe('guessKinds', () => {
  it('reads a noun after a determiner, an adjective between a determiner and a noun', () => {
    // "the X ." and "the X cat".
    expect(guess(['the', 'zog', '.'], [1], english)).toEqual([['noun']]);
    expect(guess(['the', 'zog', 'cat'], [1], english)).toEqual([['adjective']]);
    expect(guess(['un', 'zog', 'chat'], [1], french)).toEqual([['adjective']]);
  });

  it('reads an adjective after "very", "too" or a form of "to be", even past "not"', () => {
    expect(guess(['it', 'is', 'very', 'zog'], [3], english)).toEqual([['adjective']]);
    expect(guess(['it', 'is', 'not', 'zog'], [3], english)).toEqual([['adjective']]);
    expect(guess(['elle', 'est', 'zog'], [2], french)).toEqual([['adjective']]);
  });

  it('reads a verb after a subject pronoun, "to" or a helper, even past "ne"', () => {
    expect(guess(['she', 'zog', 'apples'], [1], english)).toEqual([['verb']]);
    expect(guess(['i', 'want', 'to', 'zog'], [3], english)).toEqual([['verb']]);
    expect(guess(['he', "didn't", 'zog'], [2], english)).toEqual([['verb']]);
    expect(guess(['je', 'ne', 'zog', 'pas'], [2], french)).toEqual([['verb']]);
  });

  it('reads a noun followed by an object as its verb, and a French noun at the end with an adjective', () => {
    expect(guess(['the', 'cat', 'zog', 'on', 'the', 'mat'], [2], english)).toEqual([['verb']]);
    expect(guess(['le', 'chat', 'zog'], [2], french)).toEqual([['adjective']]);
    expect(guess(['the', 'cat', 'zog'], [2], english)).toEqual([['verb']]);
  });

  it('reads an unknown word after another as following the kind guessed for that one', () => {
    // "catt" is a noun after "the", so "zog" after it and before "on" is a verb.
    expect(guess(['the', 'catt', 'zog', 'on', 'the', 'mat'], [1, 2], english)).toEqual([
      ['noun'],
      ['verb'],
    ]);
  });

  it('makes no guess where no rule applies', () => {
    expect(guess(['zog'], [0], english)).toEqual([null]);
    expect(guess(['hello', ',', 'zog'], [2], english)).toEqual([null]);
  });
});

describe('unknown-word suggestions', () => {
  it('offers known words of the kind the word plays, nearest in spelling first', () => {
    const kindOf = (word: string) => [...(english.kinds.get(word) ?? [])];
    // "sat" (unknown) sits between a noun and "on": a verb.
    const [sat] = unknownIn('the cat sat on the mat', english).words;
    expect(sat.kinds).toEqual(['verb']);
    expect(sat.suggestions).toHaveLength(3);
    for (const word of sat.suggestions) expect(kindOf(word)).toContain('verb');
    // "mut" after "the", at the end: a noun.
    const [mut] = unknownIn('the cat sat on the mut', english).words.filter(
      (w) => w.word === 'mut',
    );
    expect(mut.kinds).toEqual(['noun']);
    expect(mut.suggestions.slice(0, 2)).toEqual(expect.arrayContaining(['mat']));
    for (const word of mut.suggestions) expect(kindOf(word)).toContain('noun');
  });

  it('puts the word typed without its accents or apostrophe first, whatever its kind', () => {
    const [tres] = unknownIn('le chien est tres content', french).words;
    expect(tres.suggestions[0]).toBe('très');
    const [didnt] = unknownIn('the animal didnt cross the street', english).words;
    expect(didnt.suggestions[0]).toBe("didn't");
  });

  it('offers an adjective for an adjective in French: "une voiture bleux" → bleu, bleue, bleus', () => {
    const [bleux] = unknownIn('la voiture bleux est petite', french).words;
    expect(bleux.kinds).toEqual(['adjective']);
    expect(bleux.suggestions).toEqual(['bleu', 'bleue', 'bleus']);
  });

  it('falls back to spelling neighbours of any kind without kinds or without a guess', () => {
    const withoutKinds = unknownIn('the cat sat on the mat', english, null).words[0];
    expect(withoutKinds.kinds).toBeUndefined();
    expect(withoutKinds.suggestions).toEqual(nearestKnownWords('sat', english.vocabulary, 3));
    const noGuess = unknownIn('zat', english).words[0];
    expect(noGuess.kinds).toBeUndefined();
    expect(noGuess.suggestions.length).toBeGreaterThan(0);
  });

  it('labels each unknown word by the word typed, so two unknown words read apart', () => {
    const { tokens } = unknownIn('the catt sat on the matt', english);
    expect(tokens).toEqual(['the', 'catt?', 'sat?', 'on', 'the', 'matt?', '<eos>']);
  });
});
