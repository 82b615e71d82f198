/**
 * The recipe of the shipped models: the architecture of the post's figure (2 encoders, 2
 * decoders, 8 heads like the paper), small enough to ship under 2 MB and to train on a laptop's
 * CPU in minutes, and the training settings of the paper scaled to that size.
 */
import type { ModelConfig } from '../engine';

export interface TrainingSettings {
  seed: number;
  corpusSeed: number;
  steps: number;
  batchSize: number;
  labelSmoothing: number;
  warmupSteps: number;
  learningRateScale: number;
  /** The last steps over which the learning rate falls linearly to zero (0: no cool-down). */
  cooldownSteps: number;
  clipNorm: number;
  /** Held-out dev pairs translated every `evaluateEvery` steps to follow progress. */
  evaluateEvery: number;
  devSentences: number;
  /** Distinct pairs the grammar generates, over all splits. */
  corpusSize: number;
  /** How many times each set phrase ("thanks", "good night") is repeated in the training split. */
  phraseRepeats: number;
  /**
   * Guided attention (guidance.ts): the encoder layer of the head taught "it" → antecedent and
   * the decoder layer of the encoder-decoder head taught il/elle → "it" (−1 for none), their
   * heads, and λ.
   */
  guidedLayer: number;
  guidedHead: number;
  guidedCrossLayer: number;
  guidedCrossHead: number;
  guidanceWeight: number;
  /**
   * The probability of switching off, for one sentence, each head of the attention over the source
   * that is not guided (DropHead): the guided heads then carry what no other head reliably does.
   */
  headDropout: number;
  /**
   * Threads that compute each step side by side, each on its share of the batch (data-parallel
   * training, scripts/parallelTraining.ts): the same steps, done sooner on a machine with more cores.
   */
  threads: number;
}

export const SHIPPED_ARCHITECTURE: Omit<ModelConfig, 'srcVocabSize' | 'tgtVocabSize'> = {
  dModel: 64,
  heads: 8,
  dFF: 256,
  encoderLayers: 4,
  decoderLayers: 2,
  maxLength: 32,
  positionalLayout: 'concatenated',
  layerNormEps: 1e-5,
};

export const DEFAULT_TRAINING: TrainingSettings = {
  seed: 1,
  corpusSeed: 1,
  steps: 14_000,
  batchSize: 32,
  labelSmoothing: 0.1,
  warmupSteps: 800,
  learningRateScale: 1,
  cooldownSteps: 3_500,
  clipNorm: 1,
  evaluateEvery: 500,
  devSentences: 300,
  corpusSize: 120_000,
  phraseRepeats: 200,
  guidedLayer: -1,
  guidedHead: 0,
  guidedCrossLayer: -1,
  guidedCrossHead: 0,
  guidanceWeight: 0,
  headDropout: 0,
  threads: 1,
};
