import { describe, expect, it } from 'vitest';
import {
  alignmentAccuracy,
  ranks,
  spearman,
  strongestPosition,
} from '../../src/engine/attribution';

describe('rank correlation', () => {
  it('ranks ties with the mean of the ranks they span', () => {
    expect(Array.from(ranks([10, 30, 20, 30]))).toEqual([1, 3.5, 2, 3.5]);
  });

  it('is 1 for the same order, −1 for the reverse, whatever the scale', () => {
    expect(spearman([1, 2, 3, 4], [10, 200, 3000, 40000])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [0.4, 0.3, 0.2, 0.1])).toBeCloseTo(-1, 12);
  });

  it('matches the textbook formula 1 − 6 Σ d² / (n (n² − 1)) when there are no ties', () => {
    const a = [3, 1, 4, 1.5, 5, 9, 2.6];
    const b = [2, 7, 1, 8, 2.8, 1.8, 0.5];
    const ra = ranks(a);
    const rb = ranks(b);
    const n = a.length;
    const squares = ra.reduce((sum, r, i) => sum + (r - rb[i]) ** 2, 0);
    expect(spearman(a, b)).toBeCloseTo(1 - (6 * squares) / (n * (n * n - 1)), 12);
  });

  it('is NaN when one list ranks nothing, and refuses lists of different lengths', () => {
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(() => spearman([1, 2], [1, 2, 3])).toThrow(/one length/);
  });
});

describe('accuracy against the gold alignment', () => {
  it('points where |score| is largest, negative scores included', () => {
    expect(strongestPosition([0.1, -0.9, 0.5])).toBe(1);
  });

  it('counts the words with a gold link, right when the strongest source word is linked', () => {
    const scores = new Map<number, number[]>([
      [0, [0.9, 0.1, 0]],
      [1, [0.2, 0.1, 0.7]],
      [2, [0.5, 0.4, 0.1]],
    ]);
    const gold = [
      [0, 0],
      [2, 1],
      [1, 2],
    ] as const;
    expect(alignmentAccuracy(scores, gold)).toBeCloseTo(2 / 3, 12);
    expect(alignmentAccuracy(scores, [[1, 0]])).toBe(0);
    expect(alignmentAccuracy(scores, [])).toBeNaN();
  });
});
