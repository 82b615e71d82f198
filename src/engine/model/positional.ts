/**
 * Positional encodings (§3.5): fixed sines and cosines added to the token embeddings so that
 * attention, which ignores order, can tell positions apart.
 */
import type { PositionalLayout } from './config';
import { tensor, type Tensor } from '../tensor';

const MAX_TIMESCALE = 10000;

/** The encodings of positions 0 … length − 1: a (length, d_model) tensor. */
export function positionalEncoding(
  length: number,
  dModel: number,
  layout: PositionalLayout,
): Tensor {
  if (layout === 'concatenated' && dModel % 2 !== 0) {
    throw new Error(`the concatenated positional layout needs an even d_model, found ${dModel}`);
  }
  const pe = tensor([length, dModel]);
  for (let position = 0; position < length; position++) {
    positionalEncodingRowInto(pe.data, position * dModel, position, dModel, layout);
  }
  return pe;
}

/** The encoding of one position, written to out[offset … offset + d_model). */
export function positionalEncodingRowInto(
  out: Float32Array,
  offset: number,
  position: number,
  dModel: number,
  layout: PositionalLayout,
): void {
  if (layout === 'interleaved') {
    // PE(pos, 2i) = sin(pos / 10000^(2i/d)), PE(pos, 2i+1) = cos(pos / 10000^(2i/d))
    for (let dim = 0; dim < dModel; dim++) {
      const evenDim = dim - (dim % 2);
      const angle = position / Math.pow(MAX_TIMESCALE, evenDim / dModel);
      out[offset + dim] = dim % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
    }
  } else {
    // Tensor2Tensor's get_timing_signal_1d: n = d/2 timescales,
    // inv_i = exp(−i · ln(10000) / (n − 1)); sin(pos · inv_i) in the first half, cos in the second.
    const n = dModel / 2;
    const logIncrement = Math.log(MAX_TIMESCALE) / Math.max(n - 1, 1);
    for (let i = 0; i < n; i++) {
      const angle = position * Math.exp(-i * logIncrement);
      out[offset + i] = Math.sin(angle);
      out[offset + n + i] = Math.cos(angle);
    }
  }
}
