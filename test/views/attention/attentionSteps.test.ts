import { describe, expect, it } from 'vitest';
import { headSize } from '../../../src/engine/model/config';
import { param } from '../../../src/engine/model/params';
import {
  attentionSteps,
  layerInputName,
  sumOfVectors,
  total,
  type AttentionStepData,
} from '../../../src/views/attention/attentionSteps';
import { config, IT, itSentenceTrace, params, sourceTokens } from './fixtures';

const trace = itSentenceTrace();
const S = sourceTokens.length;
const dk = headSize(config);

function steps(layer: number, head: number, query: number): AttentionStepData {
  const data = attentionSteps(trace.tensors, layer, head, query);
  if (!data) throw new Error('the trace should hold the layer');
  return data;
}

/** The projection x W^Qᵀ + b restricted to one head's columns, computed here from the weights. */
function project(x: Float32Array, projection: string, layer: number, head: number): number[] {
  const prefix = `encoder.layers.${layer}.self_attn.${projection}`;
  const weight = param(params, `${prefix}.weight`);
  const bias = param(params, `${prefix}.bias`);
  return Array.from({ length: dk }, (_, c) => {
    const out = head * dk + c;
    let sum = bias.data[out];
    for (let i = 0; i < config.dModel; i++) sum += x[i] * weight.data[out * config.dModel + i];
    return sum;
  });
}

describe('attentionSteps', () => {
  it('reads x from src.input in layer 0 and from the layer below in later layers', () => {
    expect(layerInputName(0)).toBe('src.input');
    expect(layerInputName(1)).toBe('enc.0.norm2');
    const input = trace.tensors.get('enc.0.norm2');
    expect(Array.from(steps(1, 2, IT).x)).toEqual(
      Array.from(input?.data.subarray(IT * config.dModel, (IT + 1) * config.dModel) ?? []),
    );
  });

  it('gives q, k and v of the chosen head equal to x times that head’s W^Q, W^K, W^V', () => {
    for (const [layer, head] of [
      [0, 0],
      [1, 3],
    ]) {
      const data = steps(layer, head, IT);
      expect(data.headSize).toBe(dk);
      expect(data.dModel).toBe(config.dModel);
      const q = project(data.x, 'q_proj', layer, head);
      q.forEach((value, c) => expect(data.q[c]).toBeCloseTo(value, 4));
      const otherX = steps(layer, head, 2).x;
      project(otherX, 'k_proj', layer, head).forEach((value, c) =>
        expect(data.keys[2][c]).toBeCloseTo(value, 4),
      );
      project(otherX, 'v_proj', layer, head).forEach((value, c) =>
        expect(data.values[2][c]).toBeCloseTo(value, 4),
      );
    }
  });

  it('scores every key with q · k_j, then divides by √d_k', () => {
    const data = steps(0, 1, IT);
    expect(data.scores).toHaveLength(S);
    data.keys.forEach((key, j) => {
      const dot = key.reduce((sum, value, c) => sum + value * data.q[c], 0);
      expect(data.scores[j]).toBeCloseTo(dot, 4);
      expect(data.scaled[j]).toBeCloseTo(data.scores[j] / Math.sqrt(dk), 5);
    });
  });

  it('gives softmax weights of the scaled scores that sum to 1', () => {
    const data = steps(1, 0, 3);
    const exps = Array.from(data.scaled, (s) => Math.exp(s));
    const sum = exps.reduce((a, b) => a + b, 0);
    exps.forEach((e, j) => expect(data.weights[j]).toBeCloseTo(e / sum, 6));
    expect(total(data.weights)).toBeCloseTo(1, 6);
  });

  it('weighs each value vector by its weight, and their sum is the trace’s z', () => {
    const data = steps(1, 2, IT);
    data.weightedValues.forEach((weighted, j) =>
      weighted.forEach((value, c) =>
        expect(value).toBeCloseTo(data.weights[j] * data.values[j][c], 6),
      ),
    );
    const sum = sumOfVectors(data.weightedValues, dk);
    sum.forEach((value, c) => expect(data.z[c]).toBeCloseTo(value, 5));
  });

  it('is null while the layer has not arrived', () => {
    const partial = new Map(trace.tensors);
    partial.delete('enc.1.self.weights');
    expect(attentionSteps(partial, 1, 0, 0)).toBeNull();
    expect(attentionSteps(partial, 0, 0, 0)).not.toBeNull();
  });
});
