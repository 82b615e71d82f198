/**
 * Value-weighted attention (Kobayashi et al. 2020): a weight says how much a head looks at a
 * word, not how much it takes from it. What head h adds to the explained row from source word s
 * is α_s · f_h(v_s), with f_h(v) = v W^O_h the head's block of the output projection (bias left
 * out: it is the same whatever the words). Its size, per head and for the heads together:
 *   ‖α^h_s f_h(v^h_s)‖   and   ‖Σ_h α^h_s f_h(v^h_s)‖
 */
import { headSize, type ModelConfig } from '../model/config';
import type { ModelWeights } from '../model/weights';
import type { Tensor } from '../tensor';
import { traced } from './word';

export interface ValueWeightedLayer {
  /** perHead[h][s] = ‖α^h_s f_h(v^h_s)‖ */
  perHead: Float32Array[];
  /** summed[s] = ‖Σ_h α^h_s f_h(v^h_s)‖ */
  summed: Float32Array;
}

/** For every decoder layer, the encoder-decoder attention's value-weighted sizes in row `position`. */
export function valueWeightedAttention(
  trace: ReadonlyMap<string, Tensor>,
  weights: ModelWeights,
  position: number,
): ValueWeightedLayer[] {
  const config: ModelConfig = weights.config;
  const d = config.dModel;
  const dk = headSize(config);
  return weights.decoder.map((layer, l) => {
    const attention = traced(trace, `dec.${l}.cross.weights`); // (h, T, S)
    const values = traced(trace, `dec.${l}.cross.v`); // (h, S, d_k)
    const [heads, rows, S] = attention.shape;
    const outputWeight = layer.crossAttention.output.weight; // (d, d), y = z W^Oᵀ
    const perHead = Array.from({ length: heads }, () => new Float32Array(S));
    const summed = new Float32Array(S);
    const together = new Float64Array(d);
    for (let s = 0; s < S; s++) {
      together.fill(0);
      for (let h = 0; h < heads; h++) {
        const alpha = attention.data[(h * rows + position) * S + s];
        const v = values.data.subarray((h * S + s) * dk, (h * S + s + 1) * dk);
        let squares = 0;
        for (let o = 0; o < d; o++) {
          let sum = 0;
          const wRow = o * d + h * dk;
          for (let k = 0; k < dk; k++) sum += outputWeight[wRow + k] * v[k];
          const added = alpha * sum;
          squares += added * added;
          together[o] += added;
        }
        perHead[h][s] = Math.sqrt(squares);
      }
      let squares = 0;
      for (let o = 0; o < d; o++) squares += together[o] * together[o];
      summed[s] = Math.sqrt(squares);
    }
    return { perHead, summed };
  });
}
