import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/engine/random';
import { dropoutBackward, dropoutForward } from '../../src/engine/train/dropout';

describe('dropoutForward / dropoutBackward', () => {
  it('zeroes about `rate` of the units and scales the rest by 1 / (1 − rate)', () => {
    const n = 20000;
    const x = new Float32Array(n).fill(2);
    const mask = new Float32Array(n);
    dropoutForward(x, mask, n, { rate: 0.1, random: seededRandom(9) });
    const dropped = x.filter((value) => value === 0).length;
    // Binomial(20000, 0.1): standard deviation ≈ 42, so ±250 is six of them.
    expect(Math.abs(dropped - 0.1 * n)).toBeLessThan(250);
    for (let i = 0; i < n; i++) {
      expect(x[i]).toBe(mask[i] === 0 ? 0 : Math.fround(2 / 0.9));
    }
    // The scaled units keep the expected sum: E[x ⊙ mask] = x.
    const mean = x.reduce((sum, value) => sum + value, 0) / n;
    expect(mean).toBeCloseTo(2, 1);
  });

  it('passes gradient only through the units it kept, scaled alike', () => {
    const mask = new Float32Array([0, 1.25, 1.25, 0]);
    const grad = new Float32Array([1, 2, 3, 4]);
    dropoutBackward(grad, mask, 4);
    expect([...grad]).toEqual([0, 2.5, 3.75, 0]);
  });
});
