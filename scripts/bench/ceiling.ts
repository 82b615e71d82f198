/**
 * The ceiling the other cases are measured against: the engine's two matrix kernels on square
 * 256 × 256 matrices, big enough that loop overheads vanish and small enough to stay in cache,
 * which is about as fast as plain JavaScript multiplies matrices. The faster of the two is the
 * ceiling; the gap between them is what the slower kernel leaves on the table.
 */
import { dotProductRows } from '../../src/engine/ops/products';
import { seededRandom } from '../../src/engine/random';
import { accumulateProduct } from '../../src/engine/ops/products';
import { squareProductFlops } from './flops';
import type { BenchTask } from './types';

const SIZE = 256;

export function ceilingTask(): BenchTask {
  const random = seededRandom(256);
  const filled = () => Float32Array.from({ length: SIZE * SIZE }, () => random() - 0.5);
  const a = filled();
  const b = filled();
  const out = new Float32Array(SIZE * SIZE);
  const flops = squareProductFlops(SIZE);
  return {
    name: `matrix product ${SIZE} × ${SIZE} × ${SIZE}, plain JavaScript's ceiling`,
    ceiling: true,
    cases: [
      {
        runner: 'inference kernel, x · Wᵀ, 3 × 4 block',
        prepare: async () => ({
          run: () => dotProductRows(out, a, b, null, SIZE, SIZE, SIZE),
        }),
        flops,
      },
      {
        runner: 'training kernel, A · B, 8 × 8 block',
        prepare: async () => ({
          run: () => accumulateProduct(out, a, SIZE, 1, b, SIZE, SIZE, SIZE),
        }),
        flops,
      },
    ],
    budgets: [],
  };
}
