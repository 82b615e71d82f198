/**
 * Attention rollout (Abnar & Zuidema 2020), followed from the explained word's row back to the
 * source words and the decoder inputs before it. Each attention sublayer adds its output to a
 * residual, so half of a position's content is taken to stay where it was and half to come
 * through the heads' average attention:
 *   Â = ½ · (1/h) Σ_h A_h + ½ · I
 * Through the encoder, R_enc = Â_{N−1} ⋯ Â_1 Â_0 (S × S): row i says how much encoder output i
 * draws on each source word. In the decoder, a relevance r over the decoder inputs (T) and m over
 * the encoder's outputs (S) start at r = e_position, m = 0 and go back through the layers, last first:
 *   encoder-decoder attention C (T × S):  m ← m + ½ · r C,   r ← ½ · r
 *   self-attention D (T × T):             r ← r · D̂
 * The source words then get m · R_enc, and the decoder inputs keep r; the two sum to 1.
 */
import type { ModelConfig } from '../model/config';
import type { Tensor } from '../tensor';
import { traced } from './word';

export interface Rollout {
  /** Share of each source word (S). */
  source: Float32Array;
  /** Share of <bos> and each word already written (position + 1). */
  prefix: Float32Array;
}

/** (1/h) Σ_h A_h of a (h, Tq, Tk) weights tensor, as a Float64Array (Tq · Tk). */
function averageOverHeads(weights: Tensor): Float64Array {
  const [heads, rows, cols] = weights.shape;
  const average = new Float64Array(rows * cols);
  for (let h = 0; h < heads; h++) {
    for (let i = 0; i < rows * cols; i++) average[i] += weights.data[h * rows * cols + i] / heads;
  }
  return average;
}

/** R_enc (S × S) = Â_{N−1} ⋯ Â_0, with Â = ½ Ā + ½ I. */
export function encoderRollout(
  trace: ReadonlyMap<string, Tensor>,
  config: ModelConfig,
): Float64Array {
  const S = traced(trace, 'src.tokens').shape[0];
  let rollout = new Float64Array(S * S);
  for (let i = 0; i < S; i++) rollout[i * S + i] = 1;
  for (let l = 0; l < config.encoderLayers; l++) {
    const average = averageOverHeads(traced(trace, `enc.${l}.self.weights`));
    const next = new Float64Array(S * S);
    for (let i = 0; i < S; i++) {
      for (let j = 0; j < S; j++) {
        const mixed = 0.5 * average[i * S + j] + (i === j ? 0.5 : 0);
        if (mixed === 0) continue;
        for (let k = 0; k < S; k++) next[i * S + k] += mixed * rollout[j * S + k];
      }
    }
    rollout = next;
  }
  return rollout;
}

/** The explained word's rollout over the source words and the decoder inputs before it. */
export function attentionRollout(
  trace: ReadonlyMap<string, Tensor>,
  config: ModelConfig,
  position: number,
): Rollout {
  const S = traced(trace, 'src.tokens').shape[0];
  const T = traced(trace, 'tgt.tokens').shape[0];
  const relevance = new Float64Array(T);
  relevance[position] = 1;
  const memory = new Float64Array(S);
  for (let l = config.decoderLayers - 1; l >= 0; l--) {
    const cross = averageOverHeads(traced(trace, `dec.${l}.cross.weights`));
    for (let t = 0; t < T; t++) {
      for (let s = 0; s < S; s++) memory[s] += 0.5 * relevance[t] * cross[t * S + s];
      relevance[t] *= 0.5;
    }
    const self = averageOverHeads(traced(trace, `dec.${l}.self.weights`));
    const next = new Float64Array(T);
    for (let t = 0; t < T; t++) {
      next[t] += 0.5 * relevance[t];
      for (let u = 0; u < T; u++) next[u] += 0.5 * relevance[t] * self[t * T + u];
    }
    relevance.set(next);
  }
  const encoder = encoderRollout(trace, config);
  const source = new Float32Array(S);
  for (let i = 0; i < S; i++) {
    for (let k = 0; k < S; k++) source[k] += memory[i] * encoder[i * S + k];
  }
  return { source, prefix: Float32Array.from(relevance.subarray(0, position + 1)) };
}
