import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_METHODS, explainWord, type Attribution } from '../../src/engine/attribution';
import { REFERENCE_CONFIG } from '../../src/engine/model/config';
import { setting } from './fixtures';

describe('explainWord', () => {
  it('gives every method once, in the announced order, cheapest first', () => {
    const { params, config, word } = setting(REFERENCE_CONFIG, 31, 11, 4);
    const reported: Attribution[] = [...explainWord(params, config, word)];
    expect(reported.map((a) => a.method)).toEqual(ATTRIBUTION_METHODS);
    const attention = reported.find((a) => a.method === 'attention');
    if (attention?.method !== 'attention') throw new Error('no attention reported');
    expect(attention.attention.cross).toHaveLength(config.decoderLayers);
    expect(attention.attention.cross[0]).toHaveLength(config.heads);
    expect(attention.attention.cross[0][0]).toHaveLength(word.srcIds.length);
    expect(attention.attention.self[0][0]).toHaveLength(word.position + 1);
  });

  it('refuses a word past the end of the translation, in plain words', () => {
    const { params, config, word } = setting(REFERENCE_CONFIG, 32, 4, 1);
    expect(() => [...explainWord(params, config, { ...word, position: 9 })]).toThrow(
      /the word to explain is number 9, but the translation has words 0 to 3/,
    );
  });
});
