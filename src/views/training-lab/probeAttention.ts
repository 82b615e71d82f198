/**
 * The probe's attention as the lab draws it: one matrix of one kind, one layer, one head or the
 * mean of all heads, with the words along its rows and columns, and how much of its weight lies
 * on the diagonal (copy's pattern) and on the anti-diagonal (reverse's).
 */
import type { Tensor } from '../../engine';
import type { ProbeSnapshot } from '../../worker/trainingListener';
import { attentionPrefix, type AttentionKind } from '../attention/attentionKinds';

/** A head's number, or the mean of every head. */
export type HeadChoice = number | 'average';

export interface ProbeMatrix {
  /** rows × cols weights, row-major; each row sums to 1. */
  values: Float32Array;
  rows: number;
  cols: number;
  /** Queries: source words (encoder), or the word each decoder position writes. */
  rowTokens: string[];
  /** Keys: source words, or the words the decoder reads (<bos> then the answer). */
  colTokens: string[];
}

/** How many layers of this kind the probe holds. */
export function probeLayers(probe: ProbeSnapshot, kind: AttentionKind): number {
  let layers = 0;
  while (probe.attention.has(`${attentionPrefix(kind, layers)}.weights`)) layers++;
  return layers;
}

/** One head's weights, a view into the tensor; or the mean over heads, in a new array. */
export function headWeights(weights: Tensor, head: HeadChoice): Float32Array {
  const [heads, rows, cols] = weights.shape;
  const size = rows * cols;
  if (head !== 'average') return weights.data.subarray(head * size, (head + 1) * size);
  const mean = new Float32Array(size);
  for (let h = 0; h < heads; h++) {
    for (let i = 0; i < size; i++) mean[i] += weights.data[h * size + i];
  }
  for (let i = 0; i < size; i++) mean[i] /= heads;
  return mean;
}

export function probeMatrix(
  probe: ProbeSnapshot,
  kind: AttentionKind,
  layer: number,
  head: HeadChoice,
): ProbeMatrix | null {
  const weights = probe.attention.get(`${attentionPrefix(kind, layer)}.weights`);
  if (!weights) return null;
  const [heads, rows, cols] = weights.shape;
  if (head !== 'average' && (head < 0 || head >= heads)) return null;
  const rowTokens = kind === 'encoder-self' ? probe.sourceTokens : probe.expectedOutputs;
  const colTokens =
    kind === 'cross' || kind === 'encoder-self' ? probe.sourceTokens : probe.decoderInputs;
  return { values: headWeights(weights, head), rows, cols, rowTokens, colTokens };
}

/**
 * Mean weight on the diagonal, row i on column i, over the words (the last row and column, <eos>
 * or its place, left out): near 1 when each output word looks at the source word in its place.
 */
export function diagonalShare(matrix: ProbeMatrix): number {
  const n = Math.min(matrix.rows, matrix.cols) - 1;
  if (n < 1) return 0;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += matrix.values[i * matrix.cols + i];
  return sum / n;
}

/**
 * Mean weight on the anti-diagonal, row i on column (words − 1 − i), over the same words: near 1
 * when the first output word looks at the last source word, and so on, as reversing needs.
 */
export function antiDiagonalShare(matrix: ProbeMatrix): number {
  const n = Math.min(matrix.rows, matrix.cols) - 1;
  if (n < 1) return 0;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += matrix.values[i * matrix.cols + (n - 1 - i)];
  return sum / n;
}
