/** Token embeddings (§3.4), scaled by √d_model, and the positional encoding added to them. */
import type { PositionalLayout } from './config';
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
