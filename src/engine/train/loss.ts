/**
 * Cross-entropy with label smoothing (§5.4), in PyTorch's convention: the target distribution is
 *   q = (1 − ε)·onehot(y) + ε / V   over all V classes,
 * and the loss is the mean over non-<pad> targets of −Σ_v q_v log p_v, with p = softmax(logits).
 */
import { PAD } from '../model/config';

export interface LossStats {
  /** Label-smoothed cross-entropy, mean over counted tokens. */
  loss: number;
  /** Plain cross-entropy −log p_y, mean over counted tokens. */
  crossEntropy: number;
  /** Share of counted tokens whose most probable class is the target. */
  accuracy: number;
  /** Number of counted (non-<pad>) target tokens. */
  tokens: number;
}

/**
 * probs (rows, V) = softmax(logits (rows, V)); returns the batch's statistics.
 * Saved for backward: probs, targets (rows). Rows whose target is <pad> are skipped.
 */
export function crossEntropyForward(
  probs: Float32Array,
  logits: Float32Array,
  targets: Int32Array,
  rows: number,
  vocab: number,
  smoothing: number,
): LossStats {
  let smoothedSum = 0;
  let nllSum = 0;
  let correct = 0;
  let tokens = 0;
  for (let r = 0; r < rows; r++) {
    const target = targets[r];
    if (target === PAD) continue;
    const off = r * vocab;
    let max = -Infinity;
    let argmax = 0;
    for (let v = 0; v < vocab; v++) {
      if (logits[off + v] > max) {
        max = logits[off + v];
        argmax = v;
      }
    }
    let sum = 0;
    let logitSum = 0;
    for (let v = 0; v < vocab; v++) {
      const e = Math.exp(logits[off + v] - max);
      probs[off + v] = e;
      sum += e;
      logitSum += logits[off + v];
    }
    for (let v = 0; v < vocab; v++) probs[off + v] /= sum;
    // log p_v = z_v − max − log Σ exp(z − max)
    const logNormaliser = max + Math.log(sum);
    const nll = logNormaliser - logits[off + target];
    const meanNegLogProb = logNormaliser - logitSum / vocab;
    smoothedSum += (1 - smoothing) * nll + smoothing * meanNegLogProb;
    nllSum += nll;
    if (argmax === target) correct++;
    tokens++;
  }
  const n = Math.max(tokens, 1);
  return { loss: smoothedSum / n, crossEntropy: nllSum / n, accuracy: correct / n, tokens };
}

/**
 * dLogits (rows, V) = (p − q) / tokens on counted rows, 0 on <pad> rows (overwritten).
 * Reads the saved probs and targets.
 */
export function crossEntropyBackward(
  dLogits: Float32Array,
  probs: Float32Array,
  targets: Int32Array,
  rows: number,
  vocab: number,
  smoothing: number,
  tokens: number,
): void {
  const inv = 1 / Math.max(tokens, 1);
  const uniform = smoothing / vocab;
  for (let r = 0; r < rows; r++) {
    const off = r * vocab;
    const target = targets[r];
    if (target === PAD) {
      dLogits.fill(0, off, off + vocab);
      continue;
    }
    for (let v = 0; v < vocab; v++) dLogits[off + v] = (probs[off + v] - uniform) * inv;
    dLogits[off + target] -= (1 - smoothing) * inv;
  }
}
