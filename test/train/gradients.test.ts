/**
 * The backward pass against numbers no one here derived by hand: central finite differences of
 * the engine's own loss, and tfjs autograd on the same weights and sentences.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initParams, type Params } from '../../src/engine/model/params';
import { randomInt, seededRandom } from '../../src/engine/random';
import { createBackprop, makeBatch } from '../../src/engine/train';
import { selectCpuBackend } from '../reference/tfjsBackend';
import { referenceLoss, toTfParams } from '../reference/tfjsTransformer';
import { TINY_CONFIG, randomPairs, referencePair } from './fixtures';

const SMOOTHING = 0.1;

/** Parameter groups for the report: embeddings, each sublayer kind, the generator. */
function groupOf(name: string): string {
  if (name.includes('embed')) return 'embeddings';
  if (name.startsWith('generator')) return 'generator';
  const side = name.startsWith('encoder') ? 'encoder' : 'decoder';
  if (name.includes('self_attn')) return `${side} self-attention`;
  if (name.includes('cross_attn')) return 'decoder cross-attention';
  if (name.includes('ffn')) return `${side} feed-forward`;
  return `${side} layer norms`;
}

describe('gradients of the label-smoothed loss', () => {
  // Three sentences of different lengths, so every padding path is exercised.
  const pairs = randomPairs(7, 3, TINY_CONFIG, 2, 6);
  const batch = makeBatch(pairs);

  it.each([
    ['without dropout', undefined],
    ['with dropout 0.1 (the same seeded masks at every evaluation)', { rate: 0.1, seed: 5 }],
  ])('match central finite differences of the loss, %s', (_label, dropout) => {
    const params = initParams(TINY_CONFIG, 11);
    const backprop = createBackprop(TINY_CONFIG, params);
    backprop.forwardBackward(batch, SMOOTHING, dropout);
    const analytic = new Map(
      [...backprop.grads].map(([name, g]) => [name, g.data.slice()] as const),
    );
    const random = seededRandom(3);
    // Central differences at three steps: h = 3e-3 keeps the float32 rounding of the loss small
    // (~1e-5 in the quotient) but may step across ReLU kinks (thousands of units, a few within
    // 1e-3 of zero), which smaller steps (rounding ~3e-5 at 1e-3, ~1e-4 at 3e-4) are less likely
    // to. An entry passes when one agrees with the analytic gradient to within 2% of
    // 5e-3 + |numeric| (1e-4 absolute for gradients near zero); a wrong gradient fails at all three.
    // The comparison with tfjs below is the tight one.
    const numericGradient = (t: Float32Array, index: number, h: number) => {
      const original = t[index];
      t[index] = original + h;
      const plus = backprop.forward(batch, SMOOTHING, dropout).loss;
      t[index] = original - h;
      const minus = backprop.forward(batch, SMOOTHING, dropout).loss;
      t[index] = original;
      return (plus - minus) / (2 * h);
    };
    let worst = 0;
    for (const [name, t] of params) {
      // Embedding rows of tokens absent from the batch have zero gradient: probe rows in use.
      const ids =
        name === 'src_embed.weight' ? batch.src : name === 'tgt_embed.weight' ? batch.tgtIn : null;
      for (let probe = 0; probe < 3; probe++) {
        const d = TINY_CONFIG.dModel;
        const index = ids
          ? ids[randomInt(random, ids.length)] * d + randomInt(random, d)
          : randomInt(random, t.data.length);
        const exact = analytic.get(name)?.[index] ?? NaN;
        const errors = [3e-3, 1e-3, 3e-4].map((h) => {
          const numeric = numericGradient(t.data, index, h);
          return Math.abs(numeric - exact) / (5e-3 + Math.abs(numeric));
        });
        const error = Math.min(...errors);
        worst = Math.max(worst, error);
        expect(error, `${name}[${index}]: analytic ${exact}`).toBeLessThan(2e-2);
      }
    }
    console.log(
      `finite differences: largest error ${worst.toExponential(2)} (|Δ| / (5e-3 + |numeric|))`,
    );
  });

  describe('against tfjs autograd', () => {
    beforeAll(selectCpuBackend);

    it('every parameter gradient equals tf.grads of the reference loss', () => {
      const params: Params = initParams(TINY_CONFIG, 5);
      const backprop = createBackprop(TINY_CONFIG, params);
      const stats = backprop.forwardBackward(batch, SMOOTHING);

      const names = [...params.keys()];
      const tfParams = toTfParams(params);
      const lossOf = (...tensors: tf.Tensor[]) =>
        referenceLoss(
          new Map(names.map((name, i) => [name, tensors[i]] as const)),
          TINY_CONFIG,
          pairs.map(referencePair),
          SMOOTHING,
        );
      const referenceValue = lossOf(...tfParams.values());
      expect(stats.loss).toBeCloseTo(referenceValue.dataSync()[0], 5);
      const referenceGrads = tf.grads(lossOf)([...tfParams.values()]);

      // Relative differences are taken against the largest gradient of the parameter's group:
      // some gradients are exactly zero in theory (the key bias shifts every score of a query
      // equally, which softmax ignores) and hold only float32 noise in both implementations.
      const groups = new Map<string, { abs: number; scale: number }>();
      names.forEach((name, i) => {
        const expected = referenceGrads[i].dataSync();
        const actual = backprop.grads.get(name)?.data ?? new Float32Array();
        expect(actual.length).toBe(expected.length);
        let abs = 0;
        let scale = 0;
        for (let j = 0; j < expected.length; j++) {
          abs = Math.max(abs, Math.abs(actual[j] - expected[j]));
          scale = Math.max(scale, Math.abs(expected[j]));
        }
        expect(abs, name).toBeLessThanOrEqual(1e-4 * scale + 1e-7);
        const group = groups.get(groupOf(name)) ?? { abs: 0, scale: 0 };
        groups.set(groupOf(name), {
          abs: Math.max(group.abs, abs),
          scale: Math.max(group.scale, scale),
        });
      });
      const report = (label: string, abs: number, scale: number) =>
        console.log(
          `${label.padEnd(26)} max |Δ| ${abs.toExponential(2)}   relative ${(abs / scale).toExponential(2)}`,
        );
      let overall = { abs: 0, scale: 0 };
      for (const [group, { abs, scale }] of groups) {
        report(group, abs, scale);
        overall = { abs: Math.max(overall.abs, abs), scale: Math.max(overall.scale, scale) };
      }
      report('overall', overall.abs, overall.scale);
      tf.dispose([...referenceGrads, referenceValue, ...tfParams.values()]);
    });
  });
});
