import { describe, expect, it } from 'vitest';
import { forwardTrace } from '../../src/engine';
import { BOS, EOS, PAD } from '../../src/engine/model/config';
import { initParams } from '../../src/engine/model/params';
import { createBackprop, makeBatch } from '../../src/engine/train';
import { TINY_CONFIG, randomPairs, referencePair } from './fixtures';

describe('makeBatch', () => {
  it('adds <eos> to sources, <bos>/<eos> around targets, and pads with <pad> to the longest', () => {
    const batch = makeBatch([
      { src: [5, 6, 7], tgt: [8] },
      { src: [9], tgt: [10, 11, 12] },
    ]);
    expect(batch).toMatchObject({ batchSize: 2, srcLength: 4, tgtLength: 4 });
    expect([...batch.src]).toEqual([5, 6, 7, EOS, 9, EOS, PAD, PAD]);
    expect([...batch.tgtIn]).toEqual([BOS, 8, PAD, PAD, BOS, 10, 11, 12]);
    expect([...batch.tgtOut]).toEqual([8, EOS, PAD, PAD, 10, 11, 12, EOS]);
  });

  it('refuses an empty list of pairs', () => {
    expect(() => makeBatch([])).toThrow(/at least one/);
  });
});

describe('batch statistics', () => {
  const pairs = randomPairs(21, 5, TINY_CONFIG, 1, 8);
  const batch = makeBatch(pairs);
  const params = initParams(TINY_CONFIG, 8);

  it('count only non-<pad> targets, with the plain cross-entropy and accuracy of each sentence', () => {
    const stats = createBackprop(TINY_CONFIG, params).forward(batch, 0.1);
    let nll = 0;
    let correct = 0;
    let tokens = 0;
    const vocab = TINY_CONFIG.tgtVocabSize;
    for (const pair of pairs) {
      const { src, tgtIn, tgtOut } = referencePair(pair);
      const logits = forwardTrace(params, TINY_CONFIG, src, tgtIn).get('out.logits')?.data ?? [];
      tgtOut.forEach((target, t) => {
        const row = Array.from(logits.slice(t * vocab, (t + 1) * vocab));
        const max = Math.max(...row);
        const logSum = max + Math.log(row.reduce((sum, z) => sum + Math.exp(z - max), 0));
        nll += logSum - row[target];
        if (row.indexOf(max) === target) correct++;
        tokens++;
      });
    }
    expect(stats.tokens).toBe(tokens);
    expect(stats.crossEntropy).toBeCloseTo(nll / tokens, 5);
    expect(stats.accuracy).toBe(correct / tokens);
  });

  it('label smoothing 0 makes the loss the plain cross-entropy', () => {
    const stats = createBackprop(TINY_CONFIG, params).forward(batch, 0);
    expect(stats.loss).toBe(stats.crossEntropy);
  });

  it('refuse batches longer than the model or with unknown ids, naming the problem', () => {
    const backprop = createBackprop(TINY_CONFIG, params);
    const long = makeBatch([{ src: Array(TINY_CONFIG.maxLength).fill(5), tgt: [5] }]);
    expect(() => backprop.forward(long, 0.1)).toThrow(/at most 12/);
    const unknown = makeBatch([{ src: [5], tgt: [TINY_CONFIG.tgtVocabSize] }]);
    expect(() => backprop.forward(unknown, 0.1)).toThrow(/outside the vocabulary of 23/);
  });
});

describe('residual dropout', () => {
  const pairs = randomPairs(4, 6, TINY_CONFIG, 3, 8);
  const batch = makeBatch(pairs);

  it('is off unless asked for, and draws the same masks from the same seed', () => {
    const backprop = createBackprop(TINY_CONFIG, initParams(TINY_CONFIG, 3));
    const plain = backprop.forward(batch, 0.1).loss;
    expect(backprop.forward(batch, 0.1, { rate: 0, seed: 1 }).loss).toBe(plain);
    const dropped = backprop.forward(batch, 0.1, { rate: 0.2, seed: 1 }).loss;
    expect(dropped).not.toBe(plain);
    expect(backprop.forward(batch, 0.1, { rate: 0.2, seed: 1 }).loss).toBe(dropped);
    expect(backprop.forward(batch, 0.1, { rate: 0.2, seed: 2 }).loss).not.toBe(dropped);
  });
});
