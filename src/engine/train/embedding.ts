/**
 * Token embeddings scaled by √d_model plus positional encodings (§3.4, §3.5).
 */
import { PAD } from '../model/config';

/**
 * out (B·L, d): row b·L + t = table[ids[b·L + t]] · √d + pe[t], with table (V, d), pe (≥ L, d).
 * Saved for backward: ids.
 */
export function embeddingForward(
  out: Float32Array,
  ids: Int32Array,
  table: Float32Array,
  pe: Float32Array,
  batchSize: number,
  length: number,
  d: number,
): void {
  const scale = Math.sqrt(d);
  for (let b = 0; b < batchSize; b++) {
    for (let t = 0; t < length; t++) {
      const outOff = (b * length + t) * d;
      const tableOff = ids[b * length + t] * d;
      const peOff = t * d;
      for (let i = 0; i < d; i++) out[outOff + i] = table[tableOff + i] * scale + pe[peOff + i];
    }
  }
}

/**
 * dTable (V, d) += √d · dOut (B·L, d) row by row at each token's id. The positional encodings are
 * fixed, and <pad> rows learn nothing (they stand for no token).
 */
export function embeddingBackward(
  dTable: Float32Array,
  dOut: Float32Array,
  ids: Int32Array,
  rows: number,
  d: number,
): void {
  const scale = Math.sqrt(d);
  for (let r = 0; r < rows; r++) {
    const id = ids[r];
    if (id === PAD) continue;
    const tableOff = id * d;
    const outOff = r * d;
    for (let i = 0; i < d; i++) dTable[tableOff + i] += scale * dOut[outOff + i];
  }
}
