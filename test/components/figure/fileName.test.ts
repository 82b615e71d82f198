import { describe, expect, it } from 'vitest';
import { figureFileName } from '../../../src/components/figure';

describe('figureFileName', () => {
  it('joins the parts with dashes, lower-cased, each name kept beside its number', () => {
    expect(figureFileName('attention', 'layer 1', 'head 3', 'it')).toBe(
      'attention-layer1-head3-it',
    );
    expect(figureFileName('Matrices', 'X times W', 'encoder-self', 'layer 2', 'head 0')).toBe(
      'matrices-x-times-w-encoder-self-layer2-head0',
    );
  });

  it('keeps letters of any script and drops punctuation, markup and empty parts', () => {
    expect(figureFileName('one-hot', 'étudiant')).toBe('one-hot-étudiant');
    expect(figureFileName('decoder', 'step 2', '<eos>')).toBe('decoder-step2-eos');
    expect(figureFileName('attention', '', "l'")).toBe('attention-l');
  });

  it('names a figure "figure" when nothing else is left', () => {
    expect(figureFileName('…', '<>')).toBe('figure');
  });
});
