/**
 * Forward and backward over a batch with every buffer reused: the loss, the gradient of every
 * parameter, and nothing else. The trainer builds on it; tests read its gradients directly.
 */
import type { ModelConfig } from '../model/config';
import { checkIds } from '../model/embedding';
import type { Params } from '../model/params';
import { positionalEncoding } from '../model/positional';
import { resolveWeights, type ModelWeights } from '../model/weights';
import { seededRandom } from '../random';
import { tensor } from '../tensor';
import { allocateActivations, fits, type Activations } from './activations';
import type { Batch } from './batch';
import { attentionShape } from './layers';
import { guidanceLossAndGradient, type GuidedHead } from './guidance';
import type { ModelHeadDropout } from './headDropout';
import { crossEntropyBackward, crossEntropyForward, type LossStats } from './loss';
import { transformerBackward, transformerForward } from './transformer';

/** The loss statistics of a step, with the guided-attention loss when a head is guided. */
export interface StepLoss extends LossStats {
  /** L_guide of guidance.ts (0 when no head is guided or the batch has no guided row). */
  guidanceLoss: number;
}

/**
 * Dropout for one pass: the same seed draws the same masks. `headRate` switches heads off in the
 * attention over the source (headDropout.ts), sparing the guided heads.
 */
export interface DropoutSetting {
  rate: number;
  seed: number;
  headRate?: number;
}

export interface Backprop {
  /**
   * Runs the forward pass and the loss; acts keep every activation. No dropout unless given; the
   * guided-attention loss when a head is guided.
   */
  forward(
    batch: Batch,
    labelSmoothing: number,
    dropout?: DropoutSetting,
    guided?: readonly GuidedHead[],
  ): StepLoss;
  /**
   * Runs forward and backward; `grads` then hold ∂loss/∂θ for this batch (not accumulated), the
   * loss being the translation loss plus, for each head in `guided`, its guided-attention loss.
   */
  forwardBackward(
    batch: Batch,
    labelSmoothing: number,
    dropout?: DropoutSetting,
    guided?: readonly GuidedHead[],
  ): StepLoss;
  /** The logits (B·T, V_tgt) of the last forward pass, row b·T + t. */
  logits(): Float32Array;
  /**
   * ∂loss/∂(source input) (B·S, d), row b·S + s, from the last forwardBackward: the gradient
   * reaching each source word's embedding·√d + PE, before it is summed into the embedding table.
   */
  sourceInputGradient(): Float32Array;
  /** One gradient per parameter, same names and shapes. */
  readonly grads: Params;
}

/** Forward/backward machinery for `params`, which it reads in place (updates show at once). */
export function createBackprop(config: ModelConfig, params: Params): Backprop {
  const grads: Params = new Map([...params].map(([name, t]) => [name, tensor(t.shape)] as const));
  const weights: ModelWeights = resolveWeights(params, config);
  const gradWeights: ModelWeights = resolveWeights(grads, config);
  const pe = positionalEncoding(config.maxLength, config.dModel, config.positionalLayout).data;
  let acts: Activations | null = null;
  let dActs: Activations | null = null;
  let lastBatch: Batch | null = null;

  /** The activation buffers for a batch, after checking the batch fits the model. */
  const activationsFor = (batch: Batch): Activations => {
    const longest = Math.max(batch.srcLength, batch.tgtLength);
    if (longest > config.maxLength) {
      throw new Error(
        `a batch sentence has ${longest} tokens; the model accepts at most ${config.maxLength}`,
      );
    }
    if (!acts || !fits(acts.capacity, batch)) {
      const capacity = {
        batchSize: Math.max(batch.batchSize, acts?.capacity.batchSize ?? 0),
        srcLength: Math.max(batch.srcLength, acts?.capacity.srcLength ?? 0),
        tgtLength: Math.max(batch.tgtLength, acts?.capacity.tgtLength ?? 0),
      };
      acts = allocateActivations(config, capacity);
      dActs = null;
    }
    return acts;
  };

  const forward = (
    batch: Batch,
    labelSmoothing: number,
    dropout: DropoutSetting | undefined,
    guided: readonly GuidedHead[],
  ): LossStats => {
    const a = activationsFor(batch);
    checkIds(batch.src, config.srcVocabSize, 'source');
    checkIds(batch.tgtIn, config.tgtVocabSize, 'target input');
    checkIds(batch.tgtOut, config.tgtVocabSize, 'target output');
    const drop =
      dropout && dropout.rate > 0
        ? { rate: dropout.rate, random: seededRandom(dropout.seed) }
        : null;
    // a generator of its own, so switching heads off leaves the residual masks as they were
    const heads: ModelHeadDropout | null =
      dropout?.headRate !== undefined && dropout.headRate > 0
        ? {
            rate: dropout.headRate,
            random: seededRandom((dropout.seed ^ 0x5bd1e995) >>> 0),
            spared: guided,
          }
        : null;
    transformerForward(a, weights, batch, pe, config, drop, heads);
    lastBatch = batch;
    const rows = batch.batchSize * batch.tgtLength;
    return crossEntropyForward(
      a.probs,
      a.logits,
      batch.tgtOut,
      rows,
      config.tgtVocabSize,
      labelSmoothing,
    );
  };

  /** Σ L_guide over the guided heads for the last forward pass, gradients added into dActs when given. */
  const guidance = (
    d: Activations | null,
    a: Activations,
    batch: Batch,
    guided: readonly GuidedHead[],
  ): number => {
    const { batchSize: B, srcLength: S, tgtLength: T } = batch;
    let loss = 0;
    for (const head of guided) {
      const encoder = head.sublayer === 'enc';
      const layers = encoder ? config.encoderLayers : config.decoderLayers;
      if (head.layer < 0 || head.layer >= layers) {
        throw new Error(
          `the guided head's layer ${head.layer} is not one of the ${layers} ${encoder ? 'encoder' : 'decoder'} layers`,
        );
      }
      const weightsOf = (acts: Activations) =>
        encoder
          ? acts.encoder[head.layer].selfAttention.weights
          : acts.decoder[head.layer].crossAttention.weights;
      loss += guidanceLossAndGradient(
        d ? weightsOf(d) : null,
        weightsOf(a),
        encoder ? batch.guidance : batch.crossGuidance,
        attentionShape(config, B, encoder ? S : T, S),
        head,
      );
    }
    return loss;
  };

  return {
    forward(batch, labelSmoothing, dropout, guided) {
      const stats = forward(batch, labelSmoothing, dropout, guided ?? []);
      const a = activationsFor(batch);
      return { ...stats, guidanceLoss: guidance(null, a, batch, guided ?? []) };
    },
    forwardBackward(batch, labelSmoothing, dropout, guided) {
      const stats = forward(batch, labelSmoothing, dropout, guided ?? []);
      const a = activationsFor(batch);
      // Gradients accumulate (+=) through the backward pass, so every buffer starts at zero.
      dActs ??= allocateActivations(config, a.capacity);
      for (const buffer of dActs.buffers) buffer.fill(0);
      for (const g of grads.values()) g.data.fill(0);
      const rows = batch.batchSize * batch.tgtLength;
      crossEntropyBackward(
        dActs.logits,
        a.probs,
        batch.tgtOut,
        rows,
        config.tgtVocabSize,
        labelSmoothing,
        stats.tokens,
      );
      const guidanceLoss = guidance(dActs, a, batch, guided ?? []);
      const dropped = dropout !== undefined && dropout.rate > 0;
      const headsDropped = dropout?.headRate !== undefined && dropout.headRate > 0;
      transformerBackward(gradWeights, dActs, a, weights, batch, config, dropped, headsDropped);
      return { ...stats, guidanceLoss };
    },
    logits() {
      if (!acts || !lastBatch) throw new Error('no forward pass has run yet');
      return acts.logits.subarray(
        0,
        lastBatch.batchSize * lastBatch.tgtLength * config.tgtVocabSize,
      );
    },
    sourceInputGradient() {
      if (!dActs || !lastBatch) throw new Error('no backward pass has run yet');
      return dActs.srcInput.subarray(0, lastBatch.batchSize * lastBatch.srcLength * config.dModel);
    },
    grads,
  };
}
