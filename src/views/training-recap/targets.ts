/**
 * What training compares: the target distribution of each position (one-hot, or label-smoothed as
 * the model was trained) against the model's predicted distribution, by cross-entropy. The same
 * convention as the training loss (src/engine/train/loss.ts). Pure.
 */

/** ε of label smoothing the models were trained with (the paper's §5.4 value). */
export const LABEL_SMOOTHING = 0.1;

/** The one-hot vector of word `id`: 1 at its index, 0 elsewhere. */
export function oneHot(id: number, size: number): Float32Array {
  const vector = new Float32Array(size);
  vector[id] = 1;
  return vector;
}

/** q = (1 − ε)·onehot(y) + ε / V: most of the mass on the target, a little on every word. */
export function smoothedTarget(id: number, size: number, smoothing: number): Float32Array {
  const vector = new Float32Array(size).fill(smoothing / size);
  vector[id] += 1 - smoothing;
  return vector;
}

/**
 * H(q, p) = −Σ_v q_v ln p_v, in nats. Words the target gives no mass contribute nothing, even
 * where p is 0; a target word the model gives probability 0 makes the loss infinite.
 */
export function crossEntropy(target: ArrayLike<number>, predicted: ArrayLike<number>): number {
  let loss = 0;
  for (let v = 0; v < target.length; v++) {
    if (target[v] !== 0) loss -= target[v] * Math.log(predicted[v]);
  }
  return loss;
}

export interface PositionLoss {
  position: number;
  targetId: number;
  /** p(target word) under the model. */
  targetProbability: number;
  /** Against the one-hot target: −ln p(target word). */
  oneHotLoss: number;
  /** Against the label-smoothed target: what training minimised. */
  smoothedLoss: number;
}

/**
 * The loss at each position t of a target sentence, where row t of probs (rows × vocab) is the
 * model's distribution for targetIds[t] (teacher-forced: it had read the target up to t − 1).
 */
export function lossPerPosition(
  targetIds: ArrayLike<number>,
  probs: Float32Array,
  vocab: number,
  smoothing: number,
): PositionLoss[] {
  return Array.from(targetIds, (targetId, position) => {
    const predicted = probs.subarray(position * vocab, (position + 1) * vocab);
    return {
      position,
      targetId,
      targetProbability: predicted[targetId],
      oneHotLoss: crossEntropy(oneHot(targetId, vocab), predicted),
      smoothedLoss: crossEntropy(smoothedTarget(targetId, vocab, smoothing), predicted),
    };
  });
}

export interface LossTotals {
  oneHotSum: number;
  smoothedSum: number;
  /** The mean over positions: what the training loop reports as its loss. */
  smoothedMean: number;
  oneHotMean: number;
}

export function lossTotals(losses: readonly PositionLoss[]): LossTotals {
  const oneHotSum = losses.reduce((sum, l) => sum + l.oneHotLoss, 0);
  const smoothedSum = losses.reduce((sum, l) => sum + l.smoothedLoss, 0);
  const count = Math.max(losses.length, 1);
  return {
    oneHotSum,
    smoothedSum,
    oneHotMean: oneHotSum / count,
    smoothedMean: smoothedSum / count,
  };
}

/**
 * Which vocabulary columns a compact view shows: every target word, and each position's `perRow`
 * most probable words under each model, in vocabulary order.
 */
export function columnsWorthShowing(
  targetIds: ArrayLike<number>,
  distributions: readonly Float32Array[],
  vocab: number,
  perRow: number,
): number[] {
  const columns = new Set<number>(Array.from(targetIds));
  for (const probs of distributions) {
    for (let t = 0; t < targetIds.length; t++) {
      const rowValues = Array.from(probs.subarray(t * vocab, (t + 1) * vocab), (p, id) => ({
        p,
        id,
      }));
      rowValues.sort((a, b) => b.p - a.p || a.id - b.id);
      for (const { id } of rowValues.slice(0, perRow)) columns.add(id);
    }
  }
  return [...columns].sort((a, b) => a - b);
}

export interface WordBar {
  x: number;
  width: number;
  height: number;
}

/**
 * A distribution over the vocabulary as bars on one baseline, word i in the i-th of `size` equal
 * slots of `width` pixels, so that two distributions drawn this wide line up word for word.
 * height = p · `height`, and at least 1 px where p > 0, so a tiny share stays a visible floor.
 * The chosen word's bar is at least `chosenWidth` wide, centred on its slot: with a thousand
 * words a slot is under a pixel.
 */
export function wordBars(
  values: ArrayLike<number>,
  width: number,
  height: number,
  chosenId: number,
  chosenWidth: number,
): WordBar[] {
  const slot = width / values.length;
  return Array.from(values, (p, id) => {
    const barWidth = id === chosenId ? Math.max(slot, chosenWidth) : slot;
    const centre = (id + 0.5) * slot;
    return {
      x: Math.min(Math.max(centre - barWidth / 2, 0), width - barWidth),
      width: barWidth,
      height: p > 0 ? Math.max(1, p * height) : 0,
    };
  });
}
