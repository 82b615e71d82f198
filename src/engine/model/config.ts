/**
 * The architecture of one model: everything needed to build its parameters and run it.
 * Defaults are the reference configuration used by tests and benchmarks; the paper's values
 * (d_model 512, 8 heads, d_ff 2048, 6 + 6 layers) are in PAPER_CONFIG for comparison on screen.
 */

/**
 * How sines and cosines are laid out along the model dimension.
 * - `interleaved`: the paper's layout, sin on even dimensions and cos on odd ones (§3.5).
 * - `concatenated`: Tensor2Tensor's layout, all sines in the first half, all cosines in the second.
 */
export type PositionalLayout = 'interleaved' | 'concatenated';

export interface ModelConfig {
  /** d_model: width of every token vector between sublayers. */
  dModel: number;
  /** h: number of attention heads; d_k = d_v = d_model / h. */
  heads: number;
  /** d_ff: width of the feed-forward hidden layer. */
  dFF: number;
  /** N: encoder layers. */
  encoderLayers: number;
  /** N: decoder layers. */
  decoderLayers: number;
  /** Source vocabulary size, special tokens included. */
  srcVocabSize: number;
  /** Target vocabulary size, special tokens included. */
  tgtVocabSize: number;
  /** Longest sequence (source with <eos>, or target with <bos>) the model accepts. */
  maxLength: number;
  positionalLayout: PositionalLayout;
  /** ε inside LayerNorm's square root. */
  layerNormEps: number;
}

/** Token ids every vocabulary reserves, in this order. */
export const SPECIAL_TOKENS = ['<pad>', '<bos>', '<eos>', '<unk>'] as const;
export const PAD = 0;
export const BOS = 1;
export const EOS = 2;
export const UNK = 3;

/** The reference configuration of tests and `npm run bench`. */
export const REFERENCE_CONFIG: ModelConfig = {
  dModel: 64,
  heads: 4,
  dFF: 256,
  encoderLayers: 2,
  decoderLayers: 2,
  srcVocabSize: 64,
  tgtVocabSize: 64,
  maxLength: 32,
  positionalLayout: 'concatenated',
  layerNormEps: 1e-5,
};

/** "Attention Is All You Need", base model: shown beside the app's own numbers. */
export const PAPER_CONFIG: ModelConfig = {
  dModel: 512,
  heads: 8,
  dFF: 2048,
  encoderLayers: 6,
  decoderLayers: 6,
  srcVocabSize: 37000,
  tgtVocabSize: 37000,
  maxLength: 512,
  positionalLayout: 'interleaved',
  layerNormEps: 1e-6,
};

/** d_k: the width of one head's queries, keys and values. */
export function headSize(config: ModelConfig): number {
  return config.dModel / config.heads;
}

/** Throws with a plain sentence when a configuration cannot describe a model. */
export function validateConfig(config: ModelConfig): void {
  const positive = [
    'dModel',
    'heads',
    'dFF',
    'encoderLayers',
    'decoderLayers',
    'srcVocabSize',
    'tgtVocabSize',
    'maxLength',
  ] as const;
  for (const key of positive) {
    const value = config[key];
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`config.${key} must be a positive whole number, found ${value}`);
    }
  }
  if (config.dModel % config.heads !== 0) {
    throw new Error(`d_model (${config.dModel}) must divide evenly into ${config.heads} heads`);
  }
  if (config.positionalLayout === 'concatenated' && config.dModel % 2 !== 0) {
    throw new Error(`the concatenated positional layout needs an even d_model`);
  }
  if (config.positionalLayout !== 'concatenated' && config.positionalLayout !== 'interleaved') {
    throw new Error(`unknown positional layout "${String(config.positionalLayout)}"`);
  }
}
