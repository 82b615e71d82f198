/**
 * Guided attention (Strubell et al. 2018, "LISA"): a small extra loss that teaches a head where
 * to look: an encoder head "it" → its antecedent, or an encoder-decoder head the French pronoun
 * → the English "it". For a guided head of layer l, over the N (sentence, query) rows that have
 * a target key,
 *   L_guide = λ · (1/N) Σ −log P[b, head, t, target(b, t)]
 * and its gradient on the attention weights, the only place it enters the backward pass:
 *   ∂L_guide/∂P[b, head, t, target] = −λ / (N · P[b, head, t, target]).
 * Every other head, and the translation loss, are untouched.
 */
import type { AttentionShape } from './attention';

export interface GuidedHead {
  /** The encoder's self-attention, or the decoder's attention over the source. */
  sublayer: 'enc' | 'dec-cross';
  /** Layer and head, counted from 0. */
  layer: number;
  head: number;
  /** λ: the weight of the guidance loss beside the translation loss. */
  weight: number;
}

/**
 * L_guide from the saved weights (B, h, Tq, Tk), and when dWeights (B, h, Tq, Tk) is given, adds
 * ∂L_guide/∂P into it; targets (B·Tq) give, per query position, the key the head should attend
 * to, or −1.
 */
export function guidanceLossAndGradient(
  dWeights: Float32Array | null,
  weights: Float32Array,
  targets: Int32Array,
  shape: AttentionShape,
  guided: GuidedHead,
): number {
  const { batchSize, queryLength: tq, keyLength: tk, heads } = shape;
  let rows = 0;
  for (let i = 0; i < batchSize * tq; i++) if (targets[i] >= 0) rows++;
  if (rows === 0) return 0;
  let loss = 0;
  for (let b = 0; b < batchSize; b++) {
    for (let t = 0; t < tq; t++) {
      const target = targets[b * tq + t];
      if (target < 0) continue;
      const at = ((b * heads + guided.head) * tq + t) * tk + target;
      // a floor keeps −log P and 1/P finite for a weight that underflowed to 0
      const p = Math.max(weights[at], 1e-12);
      loss -= Math.log(p);
      if (dWeights) dWeights[at] += -guided.weight / (rows * p);
    }
  }
  return (guided.weight * loss) / rows;
}
