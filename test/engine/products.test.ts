import { describe, expect, it } from 'vitest';
import { dotProductRows } from '../../src/engine/ops/products';
import { seededRandom } from '../../src/engine/random';

function randomArray(random: () => number, n: number): Float32Array {
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = random() - 0.5;
  return a;
}

describe('dotProductRows', () => {
  it.each([
    [1, 5, 3],
    [2, 7, 4],
    [3, 8, 9],
    [10, 64, 64],
    [11, 16, 6],
  ])('computes x Wᵀ + b for (%i × %i) · (%i × k)ᵀ like the textbook sum', (m, k, n) => {
    const random = seededRandom(m * 100 + n);
    const x = randomArray(random, m * k);
    const w = randomArray(random, n * k);
    const bias = randomArray(random, n);
    const out = new Float32Array(m * n);
    dotProductRows(out, x, w, bias, m, k, n);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let expected = bias[j];
        for (let p = 0; p < k; p++) expected += x[i * k + p] * w[j * k + p];
        expect(out[i * n + j]).toBeCloseTo(expected, 5);
      }
    }
  });

  it('gives every row the same bits whether computed alone or inside a block of rows', () => {
    const random = seededRandom(9);
    const [m, k, n] = [10, 64, 66];
    const x = randomArray(random, m * k);
    const w = randomArray(random, n * k);
    const bias = randomArray(random, n);
    const all = new Float32Array(m * n);
    dotProductRows(all, x, w, bias, m, k, n);
    const alone = new Float32Array(n);
    for (let i = 0; i < m; i++) {
      dotProductRows(alone, x.subarray(i * k, (i + 1) * k), w, bias, 1, k, n);
      expect(alone).toEqual(all.subarray(i * n, (i + 1) * n));
    }
  });

  it('leaves out the bias when given null', () => {
    const out = new Float32Array(2);
    dotProductRows(out, Float32Array.from([1, 2]), Float32Array.from([3, 4, 5, 6]), null, 1, 2, 2);
    expect([...out]).toEqual([11, 17]);
  });
});
