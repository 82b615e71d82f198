/**
 * Raw attention: the softmax weights a decoder head gives, in the row of the explained word.
 * Encoder-decoder heads spread over the source words; decoder self-attention heads over <bos>
 * and the words already written.
 */
import type { ModelConfig } from '../model/config';
import type { Tensor } from '../tensor';
import { traced } from './word';

/** rows[layer][head]: one head's attention weights in row `position`. */
export type HeadRows = Float32Array[][];

export interface RawAttention {
  /** Encoder-decoder attention, each row over the S source positions. */
  cross: HeadRows;
  /** Decoder self-attention, each row over the position + 1 decoder inputs it may see. */
  self: HeadRows;
}

/** Row `position` of every head of `dec.{l}.{sublayer}.weights` (h, T, K), first `keys` columns. */
function rowsOf(
  trace: ReadonlyMap<string, Tensor>,
  sublayer: 'cross' | 'self',
  config: ModelConfig,
  position: number,
  keys: number,
): HeadRows {
  return Array.from({ length: config.decoderLayers }, (_, l) => {
    const weights = traced(trace, `dec.${l}.${sublayer}.weights`);
    const [heads, rows, width] = weights.shape;
    return Array.from({ length: heads }, (_, h) => {
      const start = (h * rows + position) * width;
      return weights.data.slice(start, start + keys);
    });
  });
}

/** Every decoder head's attention in the row of output word `position`. */
export function rawAttention(
  trace: ReadonlyMap<string, Tensor>,
  config: ModelConfig,
  position: number,
): RawAttention {
  const sourceLength = traced(trace, 'src.tokens').shape[0];
  return {
    cross: rowsOf(trace, 'cross', config, position, sourceLength),
    self: rowsOf(trace, 'self', config, position, position + 1),
  };
}

/** The mean over heads of one layer's rows: ā = (1/h) Σ_h a_h. */
export function headAverage(rows: readonly Float32Array[]): Float32Array {
  const average = new Float32Array(rows[0]?.length ?? 0);
  for (const r of rows) for (let i = 0; i < r.length; i++) average[i] += r[i] / rows.length;
  return average;
}
