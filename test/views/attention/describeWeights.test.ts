import { describe, expect, it } from 'vitest';
import {
  describeStrongest,
  peakOverUniform,
  strongestKeys,
} from '../../../src/views/attention/describeWeights';
import { headRow } from '../../../src/views/attention/headSlices';
import { IT, itSentenceTrace, sourceTokens } from './fixtures';
import { en } from '../../../src/i18n/en';
import { fr } from '../../../src/i18n/fr';

describe('strongestKeys', () => {
  it('ranks the keys of a real row by weight, largest first', () => {
    const weights = itSentenceTrace().tensors.get('enc.0.self.weights');
    if (!weights) throw new Error('the trace should hold enc.0.self.weights');
    const row = headRow(weights, 1, IT);
    const ranked = strongestKeys(row, sourceTokens, 3);
    expect(ranked).toHaveLength(3);
    expect(ranked[0].weight).toBe(Math.max(...row));
    expect(ranked[0].token).toBe(sourceTokens[ranked[0].key]);
    expect(ranked[1].weight).toBeLessThanOrEqual(ranked[0].weight);
    expect(ranked[2].weight).toBeLessThanOrEqual(ranked[1].weight);
  });

  it('keeps sentence order between equal weights', () => {
    const ranked = strongestKeys([0.25, 0.5, 0.25], ['a', 'b', 'c'], 3);
    expect(ranked.map((r) => r.token)).toEqual(['b', 'a', 'c']);
  });
});

describe('describeStrongest', () => {
  it('names the strongest key and the runners-up with their weights', () => {
    const ranked = strongestKeys([0.1, 0.6, 0.05, 0.25], ['the', 'animal', 'street', 'it'], 3);
    expect(describeStrongest(ranked, en.attention)).toBe(
      'the strongest line goes to “animal” (0.60), then “it” (0.25) and “the” (0.10)',
    );
    expect(describeStrongest(ranked.slice(0, 1), en.attention)).toBe(
      'the strongest line goes to “animal” (0.60)',
    );
    expect(describeStrongest(ranked.slice(0, 2), en.attention, 'weights')).toBe(
      'the largest weight goes to “animal” (0.60), then “it” (0.25)',
    );
    expect(describeStrongest([], en.attention)).toBe('there are no lines to compare');
  });

  it('says the same in French, with French quotes and decimal commas', () => {
    const ranked = strongestKeys([0.1, 0.6, 0.05, 0.25], ['the', 'animal', 'street', 'it'], 3);
    const french = describeStrongest(ranked, fr.attention);
    expect(french).toContain('«\u00a0animal\u00a0» (0,60)');
    expect(french).toContain('(0,25)');
    expect(french).not.toContain('strongest');
  });
});

describe('peakOverUniform', () => {
  it('is 1 for an even spread and n when one key takes everything', () => {
    expect(peakOverUniform([0.25, 0.25, 0.25, 0.25])).toBe(1);
    expect(peakOverUniform([0, 1, 0, 0])).toBe(4);
  });
});

describe('a weight as a reader reads it', () => {
  it('has three decimals when small and two otherwise, with a decimal comma in French', () => {
    expect(en.attention.weight(0.0834)).toBe('0.083');
    expect(en.attention.weight(0.456)).toBe('0.46');
    expect(fr.attention.weight(0.0834)).toBe('0,083');
  });
});
