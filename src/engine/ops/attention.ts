/**
 * Multi-head attention's per-head loops, written directly on flat buffers.
 *
 * Head i of a projected (S, d) matrix is its columns i·d_k … (i+1)·d_k − 1. Per-head tensors are
 * laid out (h, S, d_k), each head's rows contiguous, so a head's keys can also live in a cache
 * of `capacity` rows that fills one position per decoding step.
 */
import { softmaxRowInto } from './softmax';

/**
 * Splits x (length, d) into heads, writing rows firstRow … firstRow + length − 1 of each head of
 * out (h, capacity, d_k). With capacity = length and firstRow = 0 this is plain (h, S, d_k).
 */
export function splitHeadsInto(
  out: Float32Array,
  x: Float32Array,
  length: number,
  heads: number,
  headSize: number,
  capacity: number,
  firstRow: number,
): void {
  const d = heads * headSize;
  for (let head = 0; head < heads; head++) {
    for (let s = 0; s < length; s++) {
      const from = s * d + head * headSize;
      const to = (head * capacity + firstRow + s) * headSize;
      for (let c = 0; c < headSize; c++) out[to + c] = x[from + c];
    }
  }
}

/** Concat(head_1, …, head_h): out (length, d) from z (h, length, d_k), heads side by side. */
export function mergeHeadsInto(
  out: Float32Array,
  z: Float32Array,
  length: number,
  heads: number,
  headSize: number,
): void {
  const d = heads * headSize;
  for (let head = 0; head < heads; head++) {
    for (let s = 0; s < length; s++) {
      const from = (head * length + s) * headSize;
      const to = s * d + head * headSize;
      for (let c = 0; c < headSize; c++) out[to + c] = z[from + c];
    }
  }
}

/** Sizes of one attention call. */
export interface AttentionShape {
  heads: number;
  headSize: number;
  /** Query rows per head. */
  queries: number;
  /** Key (and value) rows in use per head. */
  keys: number;
  /** Rows allocated per head in k and v: keys when they are a plain tensor, more in a cache. */
  keyCapacity: number;
  /** With the causal mask, query i sits at position firstQuery + i and sees keys 0 … that position. */
  firstQuery: number;
  causal: boolean;
}

/**
 * Scaled dot-product attention for every head (§3.2.1):
 *   Attention(Q, K, V) = softmax(Q Kᵀ / √d_k) V
 *
 * q: (h, queries, d_k); k, v: (h, keyCapacity, d_k), first `keys` rows used;
 * scores, scaled, weights: (h, queries, keys); z: (h, queries, d_k).
 * scores keep every raw q·k, masked or not; scaled is −∞ where the causal mask hides a later
 * position (§3.2.3), so the softmax gives it a weight of exactly 0.
 */
export function attendInto(
  scores: Float32Array,
  scaled: Float32Array,
  weights: Float32Array,
  z: Float32Array,
  q: Float32Array,
  k: Float32Array,
  v: Float32Array,
  shape: AttentionShape,
): void {
  const { heads, headSize, queries, keys, keyCapacity, firstQuery, causal } = shape;
  const sqrtHeadSize = Math.sqrt(headSize);
  for (let head = 0; head < heads; head++) {
    const keyBase = head * keyCapacity * headSize;
    for (let i = 0; i < queries; i++) {
      const queryOffset = (head * queries + i) * headSize;
      const rowOffset = (head * queries + i) * keys;
      const visible = causal ? Math.min(keys, firstQuery + i + 1) : keys;
      for (let j = 0; j < keys; j++) {
        const keyOffset = keyBase + j * headSize;
        let dot = 0;
        for (let c = 0; c < headSize; c++) dot += q[queryOffset + c] * k[keyOffset + c];
        scores[rowOffset + j] = dot;
        scaled[rowOffset + j] = j < visible ? scores[rowOffset + j] / sqrtHeadSize : -Infinity;
      }
      softmaxRowInto(weights, rowOffset, scaled, rowOffset, keys);
      // z_i = Σ_j weights_ij v_j over the visible keys only: the others weigh exactly 0.
      for (let c = 0; c < headSize; c++) {
        let sum = 0;
        for (let j = 0; j < visible; j++) {
          sum += weights[rowOffset + j] * v[keyBase + j * headSize + c];
        }
        z[queryOffset + c] = sum;
      }
    }
  }
}
