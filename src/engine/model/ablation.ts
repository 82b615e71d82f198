/**
 * Switching attention heads off, a classroom experiment: what does the model lose without this
 * head? A switched-off head still computes its queries, keys, values, attention weights and z,
 * all recorded as usual, but its block of the concatenation is zeroed, so nothing of it reaches
 * W^O and the rest of the model:
 *   MultiHead(Q, K, V) = Concat(head_1, …, 0, …, head_h) W^O
 * Only running the model is affected; training never switches heads off.
 */
import type { ModelConfig } from './config';
import type { AttentionWeights, ModelWeights } from './weights';

/** Which attention sublayer: the encoder's self-attention, or the decoder's two kinds. */
export type AblatedSublayer = 'enc' | 'dec-self' | 'dec-cross';

export interface AblatedHead {
  kind: AblatedSublayer;
  layer: number;
  head: number;
}

/** The heads switched off in a run; empty for the model as trained. */
export type HeadAblation = readonly AblatedHead[];

/** Throws a plain sentence unless every head named exists in the model. */
export function checkAblation(ablation: HeadAblation, config: ModelConfig): void {
  for (const { kind, layer, head } of ablation) {
    const layers = kind === 'enc' ? config.encoderLayers : config.decoderLayers;
    if (kind !== 'enc' && kind !== 'dec-self' && kind !== 'dec-cross') {
      throw new Error(`unknown attention sublayer "${String(kind)}" among the heads switched off`);
    }
    if (!Number.isInteger(layer) || layer < 0 || layer >= layers) {
      throw new Error(
        `a head switched off in ${kind} layer ${layer}: layers go 0 to ${layers - 1}`,
      );
    }
    if (!Number.isInteger(head) || head < 0 || head >= config.heads) {
      throw new Error(`head ${head} cannot be switched off: heads go 0 to ${config.heads - 1}`);
    }
  }
}

/** The heads of one sublayer that are switched off, in increasing order, each once. */
export function silencedHeads(
  ablation: HeadAblation,
  kind: AblatedSublayer,
  layer: number,
): number[] {
  const heads = ablation.filter((a) => a.kind === kind && a.layer === layer).map((a) => a.head);
  return [...new Set(heads)].sort((a, b) => a - b);
}

/**
 * The weights with `ablation` applied: the same object when nothing is switched off (so the
 * model as trained runs exactly as before), else a copy whose attention sublayers name their
 * silenced heads. The parameters themselves are shared, never changed.
 */
export function ablateWeights(weights: ModelWeights, ablation: HeadAblation): ModelWeights {
  if (ablation.length === 0) return weights;
  checkAblation(ablation, weights.config);
  const silence = (attention: AttentionWeights, kind: AblatedSublayer, layer: number) => {
    const heads = silencedHeads(ablation, kind, layer);
    return heads.length === 0 ? attention : { ...attention, silencedHeads: heads };
  };
  return {
    ...weights,
    encoder: weights.encoder.map((layer, l) => ({
      ...layer,
      selfAttention: silence(layer.selfAttention, 'enc', l),
    })),
    decoder: weights.decoder.map((layer, l) => ({
      ...layer,
      selfAttention: silence(layer.selfAttention, 'dec-self', l),
      crossAttention: silence(layer.crossAttention, 'dec-cross', l),
    })),
  };
}
