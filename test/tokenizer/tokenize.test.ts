import { describe, expect, it } from 'vitest';
import { randomInt, seededRandom } from '../../src/engine/random';
import { detokenize, tokenize } from '../../src/engine/tokenizer/tokenize';
import { generateCorpus, POST_SENTENCES } from '../../src/corpus';

describe('tokenize', () => {
  it('gives the post sentence its corpus tokens in English, keeping "didn\'t" whole', () => {
    expect(tokenize("The animal didn't cross the street because it was too tired", 'en')).toEqual(
      "the animal didn't cross the street because it was too tired".split(' '),
    );
  });

  it('splits French elision after the apostrophe, typographic apostrophe included', () => {
    expect(
      tokenize("L'animal n’a pas traversé la rue parce qu'elle était trop large", 'fr'),
    ).toEqual("l' animal n' a pas traversé la rue parce qu' elle était trop large".split(' '));
  });

  it('keeps an elided word typed apart from its host as one token', () => {
    expect(tokenize("l' animal", 'fr')).toEqual(["l'", 'animal']);
    expect(tokenize("s'il vous plaît", 'fr')).toEqual(["s'", 'il', 'vous', 'plaît']);
  });

  it('does not split an apostrophe that is not an elision', () => {
    expect(tokenize("aujourd'hui", 'fr')).toEqual(["aujourd'hui"]);
    expect(tokenize("l'animal", 'en')).toEqual(["l'animal"]);
  });

  it('splits punctuation into tokens of its own and keeps hyphenated words whole', () => {
    expect(tokenize('Est-ce que le chat est fatigué ?', 'fr')).toEqual(
      'est-ce que le chat est fatigué ?'.split(' '),
    );
    expect(tokenize('(Hello, "cat"): yes; no!', 'en')).toEqual([
      '(',
      'hello',
      ',',
      '"',
      'cat',
      '"',
      ')',
      ':',
      'yes',
      ';',
      'no',
      '!',
    ]);
  });

  it('lowercases without a locale and composes accents (NFC)', () => {
    const decomposed = 'E\u0301TUDIANT';
    expect(tokenize(decomposed, 'fr')).toEqual(['étudiant']);
    expect(tokenize('I AM', 'en')).toEqual(['i', 'am']);
  });

  it('collapses any run of whitespace', () => {
    expect(tokenize('  thanks \t\n  a\u00a0lot  ', 'en')).toEqual(['thanks', 'a', 'lot']);
  });

  it('keeps symbols, emoji and markup as tokens so they can be reported as unknown', () => {
    expect(tokenize('<b>merci</b>', 'fr')).toEqual(['<', 'b', '>', 'merci', '</', 'b', '>']);
    expect(tokenize('merci 👍🏽!', 'fr')).toEqual(['merci', '👍🏽', '!']);
  });

  it('reads right-to-left text as words and drops direction marks', () => {
    expect(tokenize('\u200fשלום עולם\u200f', 'en')).toEqual(['שלום', 'עולם']);
  });

  it('reads full-width letters and ligatures as plain ones and drops what cannot be seen', () => {
    expect(tokenize('ｔｈｅ ｃａｔ', 'en')).toEqual(['the', 'cat']);
    expect(tokenize('the ﬁsh', 'en')).toEqual(['the', 'fish']);
    expect(tokenize('the\u200bcat\u00ads', 'en')).toEqual(['the', 'cats']);
    expect(tokenize('\u200b\u2060\u00ad', 'en')).toEqual([]);
  });

  it('returns no tokens for empty or blank input', () => {
    expect(tokenize('', 'en')).toEqual([]);
    expect(tokenize(' \n\t ', 'fr')).toEqual([]);
  });

  it('tokenizes 10,000 characters without throwing, one token per word', () => {
    const text = 'the cat '.repeat(1250);
    expect(text.length).toBe(10_000);
    expect(tokenize(text, 'en')).toHaveLength(2500);
  });
});

describe('tokenize on arbitrary text', () => {
  it('takes a pasted run of 150,000 apostrophes, one token each, in both languages', () => {
    for (const language of ['en', 'fr'] as const) {
      const tokens = tokenize('’'.repeat(150_000), language);
      expect(tokens).toHaveLength(150_000);
      expect(new Set(tokens)).toEqual(new Set(["'"]));
    }
  });

  it('never throws and never returns an empty token or one holding a space, on 10,000 random characters', () => {
    const random = seededRandom(11);
    // Letters, accents, punctuation, controls, combining marks, emoji, Hebrew, Arabic, lone surrogates.
    const ranges: [number, number][] = [
      [0x20, 0x7e],
      [0x00, 0x1f],
      [0xc0, 0x17f],
      [0x300, 0x36f],
      [0x590, 0x6ff],
      [0x200b, 0x206f],
      [0xd800, 0xdfff],
      [0x1f300, 0x1f64f],
    ];
    let text = '';
    while (text.length < 10_000) {
      const [low, high] = ranges[randomInt(random, ranges.length)];
      text += String.fromCodePoint(low + randomInt(random, high - low + 1));
    }
    for (const language of ['en', 'fr'] as const) {
      const tokens = tokenize(text, language);
      expect(tokens.length).toBeGreaterThan(100);
      expect(tokens.filter((token) => token.length === 0 || /\s/.test(token))).toEqual([]);
    }
  });
});

describe('detokenize', () => {
  it('glues French elision and keeps the space French puts before a question mark', () => {
    expect(detokenize("est-ce qu' il est fatigué ?".split(' '), 'fr')).toBe(
      "est-ce qu'il est fatigué ?",
    );
    expect(detokenize("l' animal n' a pas traversé la rue .".split(' '), 'fr')).toBe(
      "l'animal n'a pas traversé la rue.",
    );
  });

  it('writes English punctuation against the previous word', () => {
    expect(detokenize('hello , is the cat tired ?'.split(' '), 'en')).toBe(
      'hello, is the cat tired?',
    );
  });

  it('gives back the tokens it was given when tokenized again', () => {
    const sentences: [string, 'en' | 'fr'][] = [
      ["oui , l' éléphant n' a pas mangé d' oranges .", 'fr'],
      ["s' il vous plaît", 'fr'],
      ["no , the dog didn't eat the apple .", 'en'],
    ];
    for (const [sentence, language] of sentences) {
      const tokens = sentence.split(' ');
      expect(tokenize(detokenize(tokens, language), language)).toEqual(tokens);
    }
  });
});

describe('tokenize and the corpus', () => {
  const corpus = generateCorpus({ seed: 1 });
  const pairs = [...corpus.train, ...corpus.dev, ...corpus.test, ...POST_SENTENCES];

  it('gives back every corpus sentence from its displayed text, in both languages', () => {
    const changed: string[] = [];
    // Sentences with a name slot are never typed: the page reads a typed name as a slot itself.
    for (const pair of pairs.filter((p) => !p.tags.includes('name'))) {
      for (const language of ['en', 'fr'] as const) {
        const tokens = pair[language];
        const back = tokenize(detokenize(tokens, language), language);
        if (back.length !== tokens.length || back.some((t, i) => t !== tokens[i])) {
          changed.push(tokens.join(' '));
        }
      }
    }
    expect(changed).toEqual([]);
  });
});
