/**
 * Value-weighted attention against its definition, computed another way: head h's part of the
 * explained row is the multi-head output of a concatenation that is zero except for α^h_s v^h_s
 * in head h's block, through the whole W^O (the bias left out).
 */
import { describe, expect, it } from 'vitest';
import { valueWeightedAttention } from '../../src/engine/attribution';
import { REFERENCE_CONFIG, headSize } from '../../src/engine/model/config';
import { forwardTrace } from '../../src/engine/model/forward';
import { resolveWeights } from '../../src/engine/model/weights';
import type { Tensor } from '../../src/engine/tensor';
import { setting } from './fixtures';

const config = REFERENCE_CONFIG;

/** concat (d) · W^Oᵀ, W^O (d, d) row-major as nn.Linear keeps it. */
function throughOutput(concat: Float64Array, outputWeight: Float32Array): Float64Array {
  const d = concat.length;
  const out = new Float64Array(d);
  for (let o = 0; o < d; o++)
    for (let i = 0; i < d; i++) out[o] += outputWeight[o * d + i] * concat[i];
  return out;
}

const norm = (v: Float64Array) => Math.sqrt(v.reduce((sum, x) => sum + x * x, 0));

describe('value-weighted attention', () => {
  it('is ‖α f(v)‖ per head and ‖Σ_h α f(v)‖ summed, in every decoder layer', () => {
    const { params, word } = setting(config, 11, 6, 2);
    const trace = forwardTrace(params, config, word.srcIds, word.tgtIds);
    const weights = resolveWeights(params, config);
    const layers = valueWeightedAttention(trace, weights, word.position);
    const d = config.dModel;
    const dk = headSize(config);
    const S = word.srcIds.length;
    expect(layers).toHaveLength(config.decoderLayers);
    layers.forEach((layer, l) => {
      const alpha = trace.get(`dec.${l}.cross.weights`) as Tensor;
      const values = trace.get(`dec.${l}.cross.v`) as Tensor;
      const T = alpha.shape[1];
      const outputWeight = weights.decoder[l].crossAttention.output.weight;
      for (let s = 0; s < S; s++) {
        const together = new Float64Array(d);
        for (let h = 0; h < config.heads; h++) {
          const concat = new Float64Array(d);
          const a = alpha.data[(h * T + word.position) * S + s];
          for (let k = 0; k < dk; k++) concat[h * dk + k] = a * values.data[(h * S + s) * dk + k];
          const part = throughOutput(concat, outputWeight);
          part.forEach((x, o) => (together[o] += x));
          expect(layer.perHead[h][s]).toBeCloseTo(norm(part), 5);
        }
        expect(layer.summed[s]).toBeCloseTo(norm(together), 5);
      }
    });
  });

  it('is zero where a head gives no attention: a masked-out word gets nothing', () => {
    const { params, word } = setting(config, 12, 4, 1);
    const trace = forwardTrace(params, config, word.srcIds, word.tgtIds);
    const weights = resolveWeights(params, config);
    const alpha = trace.get('dec.0.cross.weights') as Tensor;
    alpha.data.fill(0);
    const [layer] = valueWeightedAttention(trace, weights, word.position);
    expect(Math.max(...layer.summed)).toBe(0);
  });
});
