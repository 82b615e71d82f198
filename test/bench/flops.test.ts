import { describe, expect, it } from 'vitest';
import { REFERENCE_CONFIG, type ModelConfig } from '../../src/engine/model/config';
import {
  cachedGreedyFlops,
  forwardFlops,
  squareProductFlops,
  trainingStepFlops,
} from '../../scripts/bench/flops';

/** Small enough to count by hand: d_model 2, d_ff 4, one layer each side, 3 target words. */
const TINY: ModelConfig = {
  ...REFERENCE_CONFIG,
  dModel: 2,
  heads: 1,
  dFF: 4,
  encoderLayers: 1,
  decoderLayers: 1,
  tgtVocabSize: 3,
};

describe('the arithmetic the bench counts', () => {
  it('of a forward pass is its matrix products, counted by hand on a tiny model', () => {
    // Encoder on 2 tokens: projections 4 × (2·2·2·2) = 64, QKᵀ and weights·V 2 × (2·2·2·2) = 32,
    // feed-forward 2 × (2·2·2·4) = 64. K and V of the source for the decoder: 2 × 16 = 32.
    // Decoder on 1 token: self-attention 4 × 8 + 2 × 4 = 40, encoder-decoder attention
    // 2 × 8 + 2 × 8 = 32, feed-forward 2 × 16 = 32. Final Linear 2·1·2·3 = 12.
    expect(forwardFlops(TINY, 2, 1)).toBe(64 + 32 + 64 + 32 + 40 + 32 + 32 + 12);
  });

  it('of a cached greedy decoding of one token is the forward pass on one target token', () => {
    expect(cachedGreedyFlops(TINY, 2, 1)).toBe(forwardFlops(TINY, 2, 1));
    // Later tokens reuse the cache: far less than recomputing the whole prefix each time.
    const recomputing = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].reduce(
      (sum, t) => sum + forwardFlops(REFERENCE_CONFIG, 10, t),
      0,
    );
    expect(cachedGreedyFlops(REFERENCE_CONFIG, 10, 10)).toBeLessThan(recomputing / 2);
  });

  it('of a training step is three forward passes a pair, and of a square product 2n³', () => {
    expect(trainingStepFlops(TINY, 32, 2, 1)).toBe(3 * 32 * forwardFlops(TINY, 2, 1));
    expect(squareProductFlops(256)).toBe(2 * 256 ** 3);
  });
});
