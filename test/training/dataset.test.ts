import { describe, expect, it } from 'vitest';
import { batchStream, repeatSetPhrases, toIdPairs, type IdPair } from '../../src/training/dataset';
import { parseDirection, sidesOfPair } from '../../src/training/direction';
import { Vocabulary } from '../../src/engine/tokenizer/vocabulary';
import { POST_SENTENCES, buildVocabulary } from '../../src/corpus';
import { EOS, BOS } from '../../src/engine';

const pairsOfLength = (count: number): IdPair[] =>
  Array.from({ length: count }, (_, i) => ({
    src: Array.from({ length: 1 + (i % 7) }, (_, j) => 4 + ((i + j) % 20)),
    tgt: Array.from({ length: 1 + ((i * 3) % 5) }, (_, j) => 4 + ((i * j) % 20)),
  }));

function take<T>(generator: Generator<T>, count: number): T[] {
  return Array.from({ length: count }, () => generator.next().value as T);
}

describe('batchStream', () => {
  it('gives the same batches for the same seed and different ones for another', () => {
    const pairs = pairsOfLength(200);
    const first = take(batchStream(pairs, 8, 1), 10);
    const again = take(batchStream(pairs, 8, 1), 10);
    const other = take(batchStream(pairs, 8, 2), 10);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  });

  it('uses every pair once per epoch when the batch size divides the data', () => {
    const pairs = pairsOfLength(64);
    const epoch = take(batchStream(pairs, 8, 3), 8);
    const sources = epoch.flatMap((batch) =>
      Array.from({ length: batch.batchSize }, (_, b) => {
        const row = [...batch.src.slice(b * batch.srcLength, (b + 1) * batch.srcLength)];
        return row.slice(0, row.indexOf(EOS)).join(',');
      }),
    );
    expect(sources.sort()).toEqual(pairs.map((p) => p.src.join(',')).sort());
  });

  it('groups sentences of similar length, so batches hold little padding', () => {
    const pairs = pairsOfLength(400);
    const batches = take(batchStream(pairs, 8, 4), 50);
    const padding = (batch: (typeof batches)[number]) =>
      batch.src.filter((id) => id === 0).length / batch.src.length;
    const meanPadding = batches.reduce((sum, b) => sum + padding(b), 0) / batches.length;
    // Unsorted, sources of 1..7 words padded to 8 would be about half padding.
    expect(meanPadding).toBeLessThan(0.25);
    for (const batch of batches) expect(batch.tgtIn[0]).toBe(BOS);
  });
});

describe('repeatSetPhrases', () => {
  it("repeats the set phrases and the post's sentences, and every other pair appears once", () => {
    const ordinary = { en: ['a', 'cat'], fr: ['un', 'chat'], alignment: [], tags: ['noun'] };
    const phrase = { en: ['thanks'], fr: ['merci'], alignment: [], tags: ['phrase'] };
    const post = POST_SENTENCES[0];
    const repeated = repeatSetPhrases([ordinary, phrase, post], 3);
    expect(repeated.filter((p) => p === ordinary)).toHaveLength(1);
    expect(repeated.filter((p) => p === phrase)).toHaveLength(3);
    expect(repeated.filter((p) => p === post)).toHaveLength(3);
  });
});

describe('toIdPairs', () => {
  const source = new Vocabulary(buildVocabulary(POST_SENTENCES, 'fr'));
  const target = new Vocabulary(buildVocabulary(POST_SENTENCES, 'en'));

  it('reads each pair in the direction asked for', () => {
    const [pair] = toIdPairs([POST_SENTENCES[0]], 'fr-en', source, target);
    const [fr, en] = sidesOfPair(POST_SENTENCES[0], 'fr-en');
    expect(pair.src.map((id) => source.tokenOf(id))).toEqual(fr);
    expect(pair.tgt.map((id) => target.tokenOf(id))).toEqual(en);
  });

  it('refuses a pair with a word the vocabulary lacks, naming it', () => {
    const odd = { ...POST_SENTENCES[0], fr: ['je', 'suis', 'zèbre'] };
    expect(() => toIdPairs([odd], 'fr-en', source, target)).toThrow(/zèbre/);
  });
});

describe('parseDirection', () => {
  it('accepts the two directions and names the mistake otherwise', () => {
    expect(parseDirection('en-fr')).toBe('en-fr');
    expect(parseDirection('fr-en')).toBe('fr-en');
    expect(() => parseDirection('de-fr')).toThrow(/en-fr or fr-en, not "de-fr"/);
  });
});
