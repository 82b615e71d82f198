import { describe, expect, it } from 'vitest';
import { layerNorm } from '../../src/engine/ops/layerNorm';
import { seededRandom } from '../../src/engine/random';
import { tensor } from '../../src/engine/tensor';

const ROWS = 5;
const COLS = 64;

function randomRows(seed: number, offset: number, spread: number) {
  const random = seededRandom(seed);
  const x = tensor([ROWS, COLS]);
  for (let i = 0; i < x.data.length; i++) x.data[i] = offset + (random() - 0.5) * spread;
  return x;
}

function identityAffine() {
  return { gamma: tensor([COLS], new Float32Array(COLS).fill(1)), beta: tensor([COLS]) };
}

describe('layerNorm', () => {
  it.each([
    ['ordinary values', 0, 2],
    ['a large mean (1000)', 1000, 2],
    ['a tiny spread', 0.5, 1e-2],
  ])(
    'normalizes each row of %s to mean 0 and variance 1 before the affine',
    (_, offset, spread) => {
      const x = randomRows(3, offset, spread);
      const { gamma, beta } = identityAffine();
      const y = layerNorm(x, gamma, beta, 0);
      for (let r = 0; r < ROWS; r++) {
        const values = [...y.data.subarray(r * COLS, (r + 1) * COLS)];
        const mean = values.reduce((a, b) => a + b, 0) / COLS;
        const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / COLS;
        expect(mean).toBeCloseTo(0, 5);
        expect(variance).toBeCloseTo(1, 4);
      }
    },
  );

  it('applies γ and β after normalizing: y = γ x̂ + β', () => {
    const x = randomRows(4, 0, 3);
    const { gamma: ones, beta: zeros } = identityAffine();
    const normalized = layerNorm(x, ones, zeros, 1e-5);
    const random = seededRandom(5);
    const gamma = tensor([COLS]);
    const beta = tensor([COLS]);
    for (let j = 0; j < COLS; j++) {
      gamma.data[j] = random() * 2;
      beta.data[j] = random() - 0.5;
    }
    const y = layerNorm(x, gamma, beta, 1e-5);
    y.data.forEach((value, i) => {
      const j = i % COLS;
      expect(value).toBeCloseTo(gamma.data[j] * normalized.data[i] + beta.data[j], 5);
    });
  });

  it('uses ε so that a constant row gives β instead of NaN', () => {
    const x = tensor([1, COLS], new Float32Array(COLS).fill(7));
    const beta = tensor([COLS], new Float32Array(COLS).fill(0.25));
    const y = layerNorm(x, identityAffine().gamma, beta, 1e-5);
    for (const value of y.data) expect(value).toBe(0.25);
  });

  it('rejects γ and β of the wrong length', () => {
    const x = randomRows(6, 0, 1);
    const short = tensor([COLS - 1]);
    expect(() => layerNorm(x, short, short, 1e-5)).toThrow(/γ and β need 64/);
  });
});
