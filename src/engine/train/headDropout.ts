/**
 * Head dropout (DropHead, Zhou et al. 2020) while training: each head of each sentence is
 * switched off at random, its output zeroed before W^O, and the heads kept are scaled by
 * 1 / (1 − rate) so evaluation needs no change. Spared heads (the guided ones) are never switched
 * off: what they carry, no other head can be counted on to carry as well, so switching a spared
 * head off after training shows what the model lost.
 */
import type { Random } from '../random';
import type { AttentionShape } from './attention';

export interface HeadDropout {
  /** The probability of switching a head off for one sentence. */
  rate: number;
  random: Random;
  /** Heads of this sublayer never switched off, counted from 0. */
  spared: readonly number[];
}

/**
 * concat (B·Tq, d) ⊙= mask in place, head i of sentence b on columns i·d_k … scaled by
 * mask[b·h + i] ∈ {0, 1 / (1 − rate)}, or 1 for a spared head. Saved for backward: mask (B, h).
 */
export function headDropoutForward(
  concat: Float32Array,
  mask: Float32Array,
  shape: AttentionShape,
  dropout: HeadDropout,
): void {
  const { batchSize, heads } = shape;
  const keep = 1 / (1 - dropout.rate);
  for (let b = 0; b < batchSize; b++) {
    for (let head = 0; head < heads; head++) {
      const spared = dropout.spared.includes(head);
      mask[b * heads + head] = spared ? 1 : dropout.random() < dropout.rate ? 0 : keep;
    }
  }
  scaleHeads(concat, mask, shape);
}

/** dConcat (B·Tq, d) ⊙= the saved mask: a head switched off passes no gradient. */
export function headDropoutBackward(
  dConcat: Float32Array,
  mask: Float32Array,
  shape: AttentionShape,
): void {
  scaleHeads(dConcat, mask, shape);
}

function scaleHeads(x: Float32Array, mask: Float32Array, shape: AttentionShape): void {
  const { batchSize, queryLength: tq, dModel: d, heads } = shape;
  const dk = d / heads;
  for (let b = 0; b < batchSize; b++) {
    for (let t = 0; t < tq; t++) {
      const row = (b * tq + t) * d;
      for (let head = 0; head < heads; head++) {
        const scale = mask[b * heads + head];
        if (scale === 1) continue;
        const col = row + head * dk;
        for (let c = 0; c < dk; c++) x[col + c] *= scale;
      }
    }
  }
}

/** A sublayer's head, as guided heads are named (guidance.ts). */
export interface SublayerHead {
  sublayer: 'enc' | 'dec-cross';
  layer: number;
  head: number;
}

/** Head dropout over the whole model: the rate, the draws, and the heads spared anywhere. */
export interface ModelHeadDropout {
  rate: number;
  random: Random;
  spared: readonly SublayerHead[];
}

/** The head dropout of one attention sublayer, or null when the model drops no heads. */
export function headDropoutOf(
  model: ModelHeadDropout | null,
  sublayer: SublayerHead['sublayer'],
  layer: number,
): HeadDropout | null {
  if (!model) return null;
  const spared = model.spared
    .filter((head) => head.sublayer === sublayer && head.layer === layer)
    .map((head) => head.head);
  return { rate: model.rate, random: model.random, spared };
}
