/**
 * Small seeded models and batches shared by the training tests.
 */
import { EOS, BOS, REFERENCE_CONFIG, type ModelConfig } from '../../src/engine/model/config';
import { randomInt, seededRandom } from '../../src/engine/random';

/** Two layers each side, so gradients cross layer boundaries; vocabularies of unequal size. */
export const TINY_CONFIG: ModelConfig = {
  ...REFERENCE_CONFIG,
  dModel: 16,
  heads: 4,
  dFF: 24,
  encoderLayers: 2,
  decoderLayers: 2,
  srcVocabSize: 19,
  tgtVocabSize: 23,
  maxLength: 12,
};

export interface TokenPair {
  src: number[];
  tgt: number[];
}

/** Pairs of ordinary-word ids (past the four special tokens) of lengths in [minLength, maxLength]. */
export function randomPairs(
  seed: number,
  count: number,
  config: ModelConfig,
  minLength: number,
  maxLength: number,
): TokenPair[] {
  const random = seededRandom(seed);
  const words = (vocab: number) =>
    Array.from(
      { length: minLength + randomInt(random, maxLength - minLength + 1) },
      () => 4 + randomInt(random, vocab - 4),
    );
  return Array.from({ length: count }, () => ({
    src: words(config.srcVocabSize),
    tgt: words(config.tgtVocabSize),
  }));
}

/** A pair as the unpadded reference reads it: src + <eos>, <bos> + tgt, tgt + <eos>. */
export function referencePair(pair: TokenPair): {
  src: number[];
  tgtIn: number[];
  tgtOut: number[];
} {
  return { src: [...pair.src, EOS], tgtIn: [BOS, ...pair.tgt], tgtOut: [...pair.tgt, EOS] };
}
