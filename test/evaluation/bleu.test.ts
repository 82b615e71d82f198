import { describe, expect, it } from 'vitest';
import { corpusBleu } from '../../src/evaluation/bleu';

const words = (s: string) => s.split(' ');

describe('corpusBleu', () => {
  it('gives 100 when every candidate equals its reference', () => {
    const refs = [words('i am a student'), words('the animal was too tired .')];
    expect(corpusBleu(refs, refs).bleu).toBeCloseTo(100, 10);
  });

  it('clips repeated words to their count in the reference', () => {
    // The classic example: "the the the the the the the" against "the cat is on the mat".
    const result = corpusBleu(
      [words('the the the the the the the')],
      [words('the cat is on the mat')],
      1,
    );
    expect(result.precisions[0]).toBeCloseTo(2 / 7, 12);
  });

  it('penalises candidates shorter than their references', () => {
    const result = corpusBleu([words('i am a')], [words('i am a student')], 1);
    expect(result.precisions[0]).toBe(1);
    expect(result.brevityPenalty).toBeCloseTo(Math.exp(1 - 4 / 3), 12);
  });

  it('matches a hand-computed score with partial matches at every order', () => {
    const candidate = words('the cat sat on the mat');
    const reference = words('the cat sat on a mat');
    // 1-grams 5/6, 2-grams 3/5, 3-grams 2/4, 4-grams 1/3; equal lengths so BP = 1.
    const expected =
      100 * Math.exp((Math.log(5 / 6) + Math.log(3 / 5) + Math.log(2 / 4) + Math.log(1 / 3)) / 4);
    expect(corpusBleu([candidate], [reference]).bleu).toBeCloseTo(expected, 10);
  });

  it('is zero when some order has no match at all', () => {
    expect(corpusBleu([words('a b c d')], [words('d c b a')]).bleu).toBe(0);
  });
});
