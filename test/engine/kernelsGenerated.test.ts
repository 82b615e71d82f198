import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formattedKernels } from '../../scripts/kernels/format';
import { accumulateRows, dotRows, KERNELS_FILE } from '../../scripts/kernels/unrolled';
import { accumulateRows8x8, dotRows3x4 } from '../../src/engine/ops/kernels.generated';
import { accumulateProduct } from '../../src/engine/ops/products';
import { seededRandom } from '../../src/engine/random';

/** A body unrolled for a block size, compiled here so that any size can be checked. */
function compiled<F>(source: string, name: string): F {
  const javascript = source
    .replace(/export function/, 'function')
    .replace(/: Float32Array \| null/g, '')
    .replace(/: (Float32Array|number|void)/g, '');
  return new Function(`${javascript}\nreturn ${name};`)() as F;
}

/** The generated kernels' own signatures, which every block size shares. */
type Dot = typeof dotRows3x4;
type Accumulate = typeof accumulateRows8x8;

const random = seededRandom(7);
const filled = (length: number) => Float32Array.from({ length }, () => random() * 2 - 1);

describe('the unrolled matrix kernels', () => {
  it('are in the engine exactly as the generator writes them', async () => {
    expect(readFileSync(KERNELS_FILE, 'utf8')).toBe(await formattedKernels());
  });

  it('unroll a dot-product body into x · Wᵀ + b for any block size', () => {
    const [m, k, n] = [5, 7, 11];
    const x = filled(m * k);
    const w = filled(n * k);
    const bias = filled(n);
    for (const [rows, cols] of [
      [1, 1],
      [2, 3],
      [5, 4],
    ]) {
      const dot = compiled<Dot>(dotRows(rows, cols), `dotRows${rows}x${cols}`);
      const out = new Float32Array(m * n);
      for (let i = 0; i + rows <= m; i += rows) dot(out, x, w, bias, i, k, n);
      const covered = m - (m % rows);
      for (let i = 0; i < covered; i++) {
        for (let j = 0; j < n; j++) {
          let sum = 0;
          for (let p = 0; p < k; p++) sum += x[i * k + p] * w[j * k + p];
          expect(out[i * n + j]).toBe(Math.fround(sum + bias[j]));
        }
      }
    }
  });

  it('unroll an accumulating body into out += A · B for any block size, A read transposed', () => {
    const [rows, inner, k] = [6, 9, 5];
    const a = filled(inner * rows); // stored (inner, rows): A = aᵀ
    const b = filled(inner * k);
    const start = filled(rows * k);
    const expected = Float32Array.from(start);
    accumulateProduct(expected, a, 1, rows, b, rows, inner, k);
    for (const [blockRows, blockInner] of [
      [1, 1],
      [2, 4],
      [3, 9],
    ]) {
      const name = `accumulateRows${blockRows}x${blockInner}`;
      const accumulate = compiled<Accumulate>(accumulateRows(blockRows, blockInner), name);
      const out = Float32Array.from(start);
      for (let r = 0; r < rows; r += blockRows) accumulate(out, a, 1, rows, b, r, inner, k);
      for (let e = 0; e < out.length; e++) expect(out[e]).toBeCloseTo(expected[e], 5);
    }
  });
});
