/**
 * Token embeddings (§3.4), scaled by √d_model, and the positional encoding added to them (§3.5):
 * the traced pass's forward, which keeps the two terms apart for the figures, training's batched
 * forward, and its backward.
 */
import { PAD, type PositionalLayout } from './config';
import { positionalEncodingRowInto } from './positional';

/**
 * Rows of embed (length, d) = table[id] · √d_model, for ids[0 … length); pe gets position
 * firstPosition + s's encoding and input = embed + pe. Ids must index the table.
 */
export function embedTokensInto(
  embed: Float32Array,
  pe: Float32Array,
  input: Float32Array,
  table: Float32Array,
  ids: ArrayLike<number>,
  firstPosition: number,
  dModel: number,
  layout: PositionalLayout,
): void {
  const scale = Math.sqrt(dModel);
  for (let s = 0; s < ids.length; s++) {
    const from = ids[s] * dModel;
    const to = s * dModel;
    for (let c = 0; c < dModel; c++) embed[to + c] = table[from + c] * scale;
    positionalEncodingRowInto(pe, to, firstPosition + s, dModel, layout);
    for (let c = 0; c < dModel; c++) input[to + c] = embed[to + c] + pe[to + c];
  }
}

/** Throws a plain sentence unless every id is a whole number in [0, vocabSize). */
export function checkIds(ids: ArrayLike<number>, vocabSize: number, what: string): void {
  for (let s = 0; s < ids.length; s++) {
    const id = ids[s];
    if (!Number.isInteger(id) || id < 0 || id >= vocabSize) {
      throw new Error(
        `${what} id ${id} at position ${s} is outside the vocabulary of ${vocabSize}`,
      );
    }
  }
}

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
