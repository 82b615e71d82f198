import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/corpus';
import { HELD_OUT_ENGLISH } from '../../src/corpus/held-out';

/** The hand-written sentences: English, a tab, French; lines starting with # are comments. */
const heldOut = readFileSync(new URL('../data/held-out.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => line.split('\t')[0]);

describe('the hand-written held-out sentences', () => {
  it('are the ones the generator leaves out', () => {
    expect([...HELD_OUT_ENGLISH]).toEqual(heldOut);
  });

  it('are thirty, and none appears in the 120,000-pair corpus the models train on', () => {
    expect(heldOut).toHaveLength(30);
    const corpus = generateCorpus({ seed: 1, size: 120_000 });
    const english = new Set(
      [...corpus.train, ...corpus.dev, ...corpus.test].map((pair) => pair.en.join(' ')),
    );
    expect(heldOut.filter((sentence) => english.has(sentence))).toEqual([]);
  }, 300_000);
});
