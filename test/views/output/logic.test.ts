import { describe, expect, it } from 'vitest';
import { initParams, REFERENCE_CONFIG, translate } from '../../../src/engine';
import { row } from '../../../src/engine/tensor';
import {
  foldForSearch,
  massOf,
  rankWords,
  searchWords,
} from '../../../src/views/output/distribution';
import { BARS_WIDTH, probabilityBars } from '../../../src/views/output/layout';

const vocabulary = ['<pad>', '<bos>', '<eos>', '<unk>', 'je', 'suis', 'étudiant', 'un', 'Étude'];

describe('rankWords', () => {
  it('ranks every word by logit, ties by the lower index, keeping each word’s own numbers', () => {
    const logits = [0, 1, 3, 3, -2, 5, 0.5, 1, 0];
    const probs = logits.map((x) => x / 100);
    const ranked = rankWords(logits, probs, vocabulary);
    expect(ranked.map((w) => w.id)).toEqual([5, 2, 3, 1, 7, 6, 0, 8, 4]);
    for (const w of ranked) {
      expect(w.word).toBe(vocabulary[w.id]);
      expect(w.logit).toBe(logits[w.id]);
      expect(w.prob).toBe(probs[w.id]);
    }
  });

  it('puts first the word a greedy step of a real run chose', () => {
    const trace = translate(initParams(REFERENCE_CONFIG, 3), REFERENCE_CONFIG, [4, 8, 2], {
      kind: 'greedy',
    });
    const logits = trace.tensors.get('out.logits');
    const probs = trace.tensors.get('out.probs');
    if (!logits || !probs) throw new Error('no output layer in the trace');
    trace.steps.forEach((step, t) => {
      const ranked = rankWords(row(logits, t), row(probs, t), []);
      expect(ranked[0].id).toBe(step.chosenId);
      expect(ranked.slice(0, step.candidates.length).map((w) => w.id)).toEqual(
        step.candidates.map((c) => c.id),
      );
    });
  });

  it('names a word it has no text for by its index', () => {
    expect(rankWords([1, 2], [0.3, 0.7], ['a'])[0].word).toBe('#1');
  });
});

describe('searchWords', () => {
  const words = vocabulary.map((word, id) => ({ id, word }));

  it('finds words containing the text, setting accents and case aside', () => {
    expect(searchWords(words, 'etud').map((w) => w.word)).toEqual(['étudiant', 'Étude']);
    expect(searchWords(words, '  SUIS ').map((w) => w.id)).toEqual([5]);
    expect(foldForSearch('Étudiant')).toBe('etudiant');
  });

  it('finds a word by its index', () => {
    expect(searchWords(words, '6').map((w) => w.word)).toEqual(['étudiant']);
  });

  it('keeps every word for an empty search and none for text no word holds', () => {
    expect(searchWords(words, '')).toHaveLength(vocabulary.length);
    expect(searchWords(words, 'zzz')).toEqual([]);
  });
});

describe('massOf', () => {
  it('adds the probabilities of the first words', () => {
    const ranked = rankWords([3, 2, 1], [0.5, 0.3, 0.2], ['a', 'b', 'c']);
    expect(massOf(ranked, 2)).toBeCloseTo(0.8, 10);
    expect(massOf(ranked, 10)).toBeCloseTo(1, 10);
  });
});

describe('probabilityBars', () => {
  it('draws bars proportional to probability on a 0-to-1 scale, rows one under the other', () => {
    const layout = probabilityBars([0.6, 0.3, 0.1]);
    expect(layout.scaleMax).toBe(1);
    expect(layout.rows[0].length).toBeCloseTo(0.6 * layout.barSpace, 10);
    expect(layout.rows[1].length / layout.rows[0].length).toBeCloseTo(0.5, 10);
    expect(layout.rows[1].y - layout.rows[0].y).toBe(layout.rowHeight);
    expect(layout.height).toBe(3 * layout.rowHeight);
    expect(layout.barLeft + layout.barSpace).toBeLessThan(BARS_WIDTH);
  });

  it('zooms to the largest probability when all are small, and says by how much', () => {
    const layout = probabilityBars([0.05, 0.04, 0.01]);
    expect(layout.scaleMax).toBe(0.05);
    expect(layout.rows[0].length).toBeCloseTo(layout.barSpace, 10);
    expect(layout.rows[2].length).toBeCloseTo(layout.barSpace / 5, 10);
  });
});
