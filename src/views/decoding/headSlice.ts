/**
 * Reading one head out of an attention tensor (h, queries, keys), and checking what the decoder's
 * causal mask did to it.
 */
import type { Tensor } from '../../engine';

/** The top-left rows × cols block of head `head` of a (h, Tq, Tk) tensor, row-major. */
export function headBlock(t: Tensor, head: number, rows: number, cols: number): Float32Array {
  const [, queries, keys] = t.shape;
  const block = new Float32Array(rows * cols);
  const base = head * queries * keys;
  for (let r = 0; r < rows; r++) {
    block.set(t.data.subarray(base + r * keys, base + r * keys + cols), r * cols);
  }
  return block;
}

export interface MaskCheck {
  /** Cells above the diagonal: a query looking at a later position. */
  future: number;
  /** How many of them hold −∞ before softmax. */
  minusInfinity: number;
  /** How many of them hold exactly 0 after softmax. */
  zeros: number;
}

/** Counts, over an n × n block before and after softmax, what the mask did to future positions. */
export function checkCausalMask(scaled: Float32Array, weights: Float32Array, n: number): MaskCheck {
  let future = 0;
  let minusInfinity = 0;
  let zeros = 0;
  for (let r = 0; r < n; r++) {
    for (let c = r + 1; c < n; c++) {
      future++;
      if (scaled[r * n + c] === -Infinity) minusInfinity++;
      if (weights[r * n + c] === 0) zeros++;
    }
  }
  return { future, minusInfinity, zeros };
}
