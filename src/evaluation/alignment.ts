/**
 * How often encoder-decoder attention points at the right source word.
 *
 * Row t of the teacher-forced decoder predicts output word t, so the attention that row pays to
 * source positions says which source word the model "looked at" to produce word t. We call the
 * source position with the largest weight the model's choice, and count it right when the corpus's
 * gold alignment links that source word to output word t. Output words without a gold link (such
 * as French "ne") are not counted.
 */
import type { Tensor } from '../engine';

/** Gold links as [sourceIndex, targetIndex] pairs over word positions. */
export type Alignment = readonly (readonly [number, number])[];

/** Counts of right choices, per head and for the head-averaged weights. */
export interface AlignmentTally {
  correctPerHead: number[];
  correctAveraged: number;
  counted: number;
}

export function emptyTally(heads: number): AlignmentTally {
  return { correctPerHead: new Array<number>(heads).fill(0), correctAveraged: 0, counted: 0 };
}

function argmax(values: Float32Array | number[], offset: number, length: number): number {
  let best = 0;
  for (let i = 1; i < length; i++) if (values[offset + i] > values[offset + best]) best = i;
  return best;
}

/**
 * Adds one sentence's choices to `tally`.
 * crossWeights: (h, T, S) softmax weights of one decoder layer's encoder-decoder attention.
 * outputLength: how many output words to score (the rows 0 … outputLength − 1).
 */
export function tallyAlignment(
  tally: AlignmentTally,
  crossWeights: Tensor,
  alignment: Alignment,
  outputLength: number,
  sourceIsFirst = true,
): void {
  const [heads, rows, sourceLength] = crossWeights.shape;
  const goldSources = new Map<number, Set<number>>();
  for (const link of alignment) {
    const [source, target] = sourceIsFirst ? link : [link[1], link[0]];
    if (!goldSources.has(target)) goldSources.set(target, new Set());
    goldSources.get(target)?.add(source);
  }
  const averaged = new Array<number>(sourceLength);
  for (let t = 0; t < Math.min(outputLength, rows); t++) {
    const gold = goldSources.get(t);
    if (!gold) continue;
    tally.counted++;
    averaged.fill(0);
    for (let h = 0; h < heads; h++) {
      const offset = (h * rows + t) * sourceLength;
      if (gold.has(argmax(crossWeights.data, offset, sourceLength))) tally.correctPerHead[h]++;
      for (let s = 0; s < sourceLength; s++) averaged[s] += crossWeights.data[offset + s] / heads;
    }
    if (gold.has(argmax(averaged, 0, sourceLength))) tally.correctAveraged++;
  }
}

/** Accuracies in [0, 1]: the best head's (and which head) and the head average's. */
export function alignmentAccuracy(tally: AlignmentTally): {
  bestHead: number;
  bestHeadAccuracy: number;
  averagedAccuracy: number;
  perHead: number[];
} {
  const perHead = tally.correctPerHead.map((c) => (tally.counted ? c / tally.counted : 0));
  const bestHead = argmax(perHead, 0, perHead.length);
  return {
    bestHead,
    bestHeadAccuracy: perHead[bestHead] ?? 0,
    averagedAccuracy: tally.counted ? tally.correctAveraged / tally.counted : 0,
    perHead,
  };
}
