import { describe, expect, it } from 'vitest';
import { logSumExp, softmaxRowInto, softmaxRows } from '../../src/engine/ops/softmax';
import { seededRandom } from '../../src/engine/random';
import { tensor } from '../../src/engine/tensor';

function rowSums(data: Float32Array, cols: number): number[] {
  const sums: number[] = [];
  for (let i = 0; i < data.length; i += cols) {
    sums.push(data.subarray(i, i + cols).reduce((a, b) => a + b, 0));
  }
  return sums;
}

/** Softmax in float64 by the textbook formula, for inputs small enough not to overflow. */
function textbookSoftmax(values: number[]): number[] {
  const exps = values.map(Math.exp);
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

describe('softmaxRows', () => {
  it('softmax(rows) sums each row to 1 and matches the textbook formula', () => {
    const random = seededRandom(1);
    const x = tensor([7, 13]);
    for (let i = 0; i < x.data.length; i++) x.data[i] = (random() - 0.5) * 20;
    const y = softmaxRows(x);
    expect(y.shape).toEqual([7, 13]);
    for (const sum of rowSums(y.data, 13)) expect(sum).toBeCloseTo(1, 6);
    for (let r = 0; r < 7; r++) {
      const expected = textbookSoftmax([...x.data.subarray(r * 13, (r + 1) * 13)]);
      expected.forEach((p, j) => expect(y.data[r * 13 + j]).toBeCloseTo(p, 6));
    }
  });

  it('survives huge inputs: ±1e30 and 3e38 give finite probabilities summing to 1', () => {
    const x = tensor([3, 3], Float32Array.from([1e30, -1e30, 0, 3e38, 3e38, -3e38, 3e38, 1e30, 0]));
    const y = softmaxRows(x);
    expect([...y.data].every(Number.isFinite)).toBe(true);
    expect([...y.data]).toEqual([1, 0, 0, 0.5, 0.5, 0, 1, 0, 0]);
  });

  it('survives tiny inputs: values near zero and subnormals give a uniform row', () => {
    const x = tensor([2, 4], Float32Array.from([1e-30, -1e-30, 0, 1e-38, 1e-45, 0, -1e-45, 0]));
    const y = softmaxRows(x);
    for (const p of y.data) expect(p).toBeCloseTo(0.25, 7);
  });

  it('keeps the relative odds of large but close inputs (shift invariance)', () => {
    const shifted = softmaxRows(tensor([1, 3], Float32Array.from([1e4 + 1, 1e4 + 2, 1e4 + 3])));
    const plain = softmaxRows(tensor([1, 3], Float32Array.from([1, 2, 3])));
    plain.data.forEach((p, j) => expect(shifted.data[j]).toBeCloseTo(p, 6));
  });

  it('gives masked (−∞) entries a weight of exactly 0', () => {
    const y = softmaxRows(tensor([1, 4], Float32Array.from([0.3, -Infinity, 2, -Infinity])));
    expect(y.data[1]).toBe(0);
    expect(y.data[3]).toBe(0);
    expect(y.data[0] + y.data[2]).toBeCloseTo(1, 7);
  });

  it('turns a row that is entirely −∞ into zeros rather than NaN', () => {
    const y = softmaxRows(
      tensor([2, 3], Float32Array.from([-Infinity, -Infinity, -Infinity, 0, 0, 0])),
    );
    expect([...y.data.subarray(0, 3)]).toEqual([0, 0, 0]);
    for (const p of y.data.subarray(3)) expect(p).toBeCloseTo(1 / 3, 7);
  });

  it('shares the probability among +∞ entries', () => {
    const y = softmaxRows(tensor([1, 4], Float32Array.from([Infinity, 5, Infinity, -Infinity])));
    expect([...y.data]).toEqual([0.5, 0, 0.5, 0]);
  });

  it('lets NaN inputs show as NaN outputs instead of hiding them', () => {
    const out = new Float32Array(3);
    softmaxRowInto(out, 0, Float32Array.from([NaN, -Infinity, -Infinity]), 0, 3);
    expect([...out].every(Number.isNaN)).toBe(true);
    softmaxRowInto(out, 0, Float32Array.from([1, NaN, 2]), 0, 3);
    expect([...out].every(Number.isNaN)).toBe(true);
  });
});

describe('logSumExp', () => {
  it('equals log Σ exp(x) for ordinary values and stays finite for huge ones', () => {
    const x = Float32Array.from([0.5, -1, 2]);
    expect(logSumExp(x, 0, 3)).toBeCloseTo(
      Math.log(Math.exp(0.5) + Math.exp(-1) + Math.exp(2)),
      12,
    );
    expect(logSumExp(Float32Array.from([3e38, 3e38]), 0, 2)).toBeCloseTo(
      Math.fround(3e38) + Math.log(2),
      -30,
    );
    expect(logSumExp(Float32Array.from([-Infinity, -Infinity]), 0, 2)).toBe(-Infinity);
  });
});
