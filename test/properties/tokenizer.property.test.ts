import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/engine/tokenizer/tokenize';
import { Vocabulary } from '../../src/engine/tokenizer/vocabulary';
import { SPECIAL_TOKENS } from '../../src/engine/model/config';
import { withinLinearTime } from './budget';

/** Text as a reader may type or paste it: words, accents, apostrophes, emoji, controls, halves. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc
    .array(
      fc.constantFrom(
        'the',
        "l'",
        'animal',
        'élève',
        '’',
        ' ',
        ',',
        '.',
        '-',
        '😀',
        '\u0301',
        '\uD800',
        '\t',
      ),
      { maxLength: 200 },
    )
    .map((parts) => parts.join('')),
);

describe('the tokenizer over generated text', () => {
  it('splits any text into words without spaces, and ids, in linear time (5,000 texts)', () => {
    const vocabulary = new Vocabulary([...SPECIAL_TOKENS, 'the', 'animal', "l'"]);
    fc.assert(
      fc.property(
        text,
        fc.constantFrom('en', 'fr'),
        fc.boolean(),
        (sentence, language, keepCase) => {
          const tokens = withinLinearTime(sentence.length, () =>
            tokenize(sentence, language, keepCase),
          );
          for (const token of tokens) {
            expect(token.length).toBeGreaterThan(0);
            expect(token).not.toMatch(/^\s+$/);
          }
          const { ids } = vocabulary.toIds(tokens);
          expect(ids).toHaveLength(tokens.length);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('tokenizes a pasted page in linear time (20 texts up to 200,000 characters)', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 10_000, max: 200_000 }), (unit, length) => {
        const sentence = (unit || 'a')
          .repeat(Math.ceil(length / Math.max(1, unit.length)))
          .slice(0, length);
        withinLinearTime(sentence.length, () => tokenize(sentence, 'fr'));
      }),
      { numRuns: 20 },
    );
  });
});
