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
  const sums = new Float64Array(headSize);
  for (let head = 0; head < heads; head++) {
    const keyBase = head * keyCapacity * headSize;
    for (let i = 0; i < queries; i++) {
      const queryOffset = (head * queries + i) * headSize;
      const rowOffset = (head * queries + i) * keys;
      const visible = causal ? Math.min(keys, firstQuery + i + 1) : keys;
      dotProductsInto(scores, rowOffset, q, queryOffset, k, keyBase, keys, headSize);
      for (let j = 0; j < keys; j++) {
        scaled[rowOffset + j] = j < visible ? scores[rowOffset + j] / sqrtHeadSize : -Infinity;
      }
      softmaxRowInto(weights, rowOffset, scaled, rowOffset, keys);
      // z_i = Σ_j weights_ij v_j over the visible keys only: the others weigh exactly 0.
      weightedSumInto(sums, weights, rowOffset, v, keyBase, visible, headSize);
      for (let c = 0; c < headSize; c++) z[queryOffset + c] = sums[c];
    }
  }
}

/**
 * out[outOffset + j] = q · k_j for keys j = 0 … keys − 1 (rows of d_k from kOffset), four keys
 * per pass so each load of q serves four dot products. Each sum runs over c in order, so a
 * score does not depend on how many keys are computed with it.
 */
function dotProductsInto(
  out: Float32Array,
  outOffset: number,
  q: Float32Array,
  qOffset: number,
  k: Float32Array,
  kOffset: number,
  keys: number,
  headSize: number,
): void {
  let j = 0;
  for (; j + 4 <= keys; j += 4) {
    const k0 = kOffset + j * headSize;
    const k1 = k0 + headSize;
    const k2 = k1 + headSize;
    const k3 = k2 + headSize;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let c = 0; c < headSize; c++) {
      const qc = q[qOffset + c];
      s0 += qc * k[k0 + c];
      s1 += qc * k[k1 + c];
      s2 += qc * k[k2 + c];
      s3 += qc * k[k3 + c];
    }
    out[outOffset + j] = s0;
    out[outOffset + j + 1] = s1;
    out[outOffset + j + 2] = s2;
    out[outOffset + j + 3] = s3;
  }
  for (; j < keys; j++) {
    const kj = kOffset + j * headSize;
    let s = 0;
    for (let c = 0; c < headSize; c++) s += q[qOffset + c] * k[kj + c];
    out[outOffset + j] = s;
  }
}

/**
 * sums (d_k) = Σ_j weights[wOffset + j] · v_j over j = 0 … count − 1 (rows of d_k from vOffset),
 * adding the rows in order, so the result does not depend on how they are grouped.
 */
function weightedSumInto(
  sums: Float64Array,
  weights: Float32Array,
  wOffset: number,
  v: Float32Array,
  vOffset: number,
  count: number,
  headSize: number,
): void {
  sums.fill(0);
  let j = 0;
  for (; j + 4 <= count; j += 4) {
    const w0 = weights[wOffset + j];
    const w1 = weights[wOffset + j + 1];
    const w2 = weights[wOffset + j + 2];
    const w3 = weights[wOffset + j + 3];
    const v0 = vOffset + j * headSize;
    const v1 = v0 + headSize;
    const v2 = v1 + headSize;
    const v3 = v2 + headSize;
    for (let c = 0; c < headSize; c++) {
      let sum = sums[c];
      sum += w0 * v[v0 + c];
      sum += w1 * v[v1 + c];
      sum += w2 * v[v2 + c];
      sum += w3 * v[v3 + c];
      sums[c] = sum;
    }
  }
  for (; j < count; j++) {
    const weight = weights[wOffset + j];
    const vj = vOffset + j * headSize;
    for (let c = 0; c < headSize; c++) sums[c] += weight * v[vj + c];
  }
}
