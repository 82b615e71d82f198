/**
 * Attention rollout against the product written out by hand on a tiny model: one encoder layer,
 * one decoder layer, two heads. Then, for the product itself:
 *   source = ½ · c̄_t · (½ Ā_enc + ½ I),   prefix = ½ · e_t · (½ D̄ + ½ I)
 * with c̄_t the explained row of the heads' mean encoder-decoder attention and D̄ the mean of
 * the decoder's self-attention.
 */
import { describe, expect, it } from 'vitest';
import { attentionRollout, encoderRollout } from '../../src/engine/attribution';
import { REFERENCE_CONFIG, type ModelConfig } from '../../src/engine/model/config';
import { forwardTrace } from '../../src/engine/model/forward';
import type { Tensor } from '../../src/engine/tensor';
import { setting } from './fixtures';

const TINY: ModelConfig = {
  ...REFERENCE_CONFIG,
  dModel: 8,
  heads: 2,
  dFF: 16,
  encoderLayers: 1,
  decoderLayers: 1,
};

/** Entry [head][row][col] of a (h, rows, cols) tensor. */
function at(t: Tensor, head: number, row: number, col: number): number {
  const [, rows, cols] = t.shape;
  return t.data[(head * rows + row) * cols + col];
}

function get(trace: Map<string, Tensor>, name: string): Tensor {
  const t = trace.get(name);
  if (!t) throw new Error(`no ${name}`);
  return t;
}

describe('attention rollout', () => {
  it('equals the hand-written product on a 1 + 1 layer, 2-head model', () => {
    const { params, word } = setting(TINY, 3, 4, 2);
    const trace = forwardTrace(params, TINY, word.srcIds, Array.from(word.tgtIds).slice(0, 3));
    const S = word.srcIds.length;
    const t = word.position;
    const enc = get(trace, 'enc.0.self.weights');
    const cross = get(trace, 'dec.0.cross.weights');
    const self = get(trace, 'dec.0.self.weights');
    const mean = (w: Tensor, i: number, j: number) => (at(w, 0, i, j) + at(w, 1, i, j)) / 2;
    const rollout = attentionRollout(trace, TINY, t);
    for (let k = 0; k < S; k++) {
      let expected = 0;
      for (let i = 0; i < S; i++) {
        expected += 0.5 * mean(cross, t, i) * (0.5 * mean(enc, i, k) + (i === k ? 0.5 : 0));
      }
      expect(rollout.source[k], `source ${k}`).toBeCloseTo(expected, 6);
    }
    for (let u = 0; u <= t; u++) {
      const expected = 0.5 * (0.5 * mean(self, t, u) + (u === t ? 0.5 : 0));
      expect(rollout.prefix[u], `prefix ${u}`).toBeCloseTo(expected, 6);
    }
  });

  it('shares exactly 1 between the source words and the prefix, at any depth', () => {
    const deep: ModelConfig = { ...REFERENCE_CONFIG, encoderLayers: 3, decoderLayers: 3 };
    const { params, word } = setting(deep, 5, 9, 4);
    const trace = forwardTrace(params, deep, word.srcIds, word.tgtIds);
    const { source, prefix } = attentionRollout(trace, deep, word.position);
    const total = [...source, ...prefix].reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 5);
    expect(prefix).toHaveLength(word.position + 1);
    expect(Math.min(...source, ...prefix)).toBeGreaterThanOrEqual(0);
  });

  it('through two encoder layers multiplies Â_1 · Â_0', () => {
    const two: ModelConfig = { ...TINY, encoderLayers: 2 };
    const { params, word } = setting(two, 6, 3, 1);
    const trace = forwardTrace(params, two, word.srcIds, word.tgtIds);
    const S = word.srcIds.length;
    const hat = (w: Tensor, i: number, j: number) =>
      0.25 * (at(w, 0, i, j) + at(w, 1, i, j)) + (i === j ? 0.5 : 0);
    const first = get(trace, 'enc.0.self.weights');
    const second = get(trace, 'enc.1.self.weights');
    const product = encoderRollout(trace, two);
    for (let i = 0; i < S; i++) {
      for (let k = 0; k < S; k++) {
        let expected = 0;
        for (let j = 0; j < S; j++) expected += hat(second, i, j) * hat(first, j, k);
        expect(product[i * S + k]).toBeCloseTo(expected, 6);
      }
    }
  });
});
