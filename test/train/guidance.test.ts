/**
 * Guided attention: the extra loss on one encoder head's weights, and its gradient through the
 * whole encoder, against central finite differences of the engine's own total loss.
 */
import { describe, expect, it } from 'vitest';
import { initParams } from '../../src/engine/model/params';
import { createBackprop, createTrainer, makeBatch, type GuidedHead } from '../../src/engine/train';
import { TINY_CONFIG, randomPairs } from './fixtures';

const SMOOTHING = 0.1;
const GUIDED: GuidedHead[] = [
  { sublayer: 'enc', layer: 1, head: 2, weight: 0.7 },
  { sublayer: 'dec-cross', layer: 1, head: 1, weight: 0.5 },
];

/**
 * Pairs whose source position 2 should look at position 0 (as "it" → its antecedent), and whose
 * target position 1 at source position 2 (as il → it).
 */
const pairs = randomPairs(9, 3, TINY_CONFIG, 3, 6).map((pair) => ({
  ...pair,
  guide: [[2, 0]] as const,
  crossGuide: [[1, 2]] as const,
}));
const batch = makeBatch(pairs);

describe('guided attention', () => {
  it('puts each guided target in the batch, and −1 elsewhere', () => {
    const { srcLength: S, tgtLength: T } = batch;
    for (let b = 0; b < pairs.length; b++) {
      for (let t = 0; t < S; t++) expect(batch.guidance[b * S + t]).toBe(t === 2 ? 0 : -1);
      for (let t = 0; t < T; t++) expect(batch.crossGuidance[b * T + t]).toBe(t === 1 ? 2 : -1);
    }
  });

  it('adds nothing when no head is guided, and a positive loss when one is', () => {
    const backprop = createBackprop(TINY_CONFIG, initParams(TINY_CONFIG, 4));
    expect(backprop.forward(batch, SMOOTHING).guidanceLoss).toBe(0);
    const guided = backprop.forward(batch, SMOOTHING, undefined, GUIDED).guidanceLoss;
    // −log of a weight among at most 7 keys, near uniform at initialisation: about Σλ·log 6
    expect(guided).toBeGreaterThan(1.2 * Math.log(3));
    expect(guided).toBeLessThan(1.2 * Math.log(12));
  });

  it('has gradients that match central finite differences of the total loss', () => {
    const params = initParams(TINY_CONFIG, 5);
    const backprop = createBackprop(TINY_CONFIG, params);
    backprop.forwardBackward(batch, SMOOTHING, undefined, GUIDED);
    const analytic = new Map([...backprop.grads].map(([n, g]) => [n, g.data.slice()] as const));
    const total = () => {
      const stats = backprop.forward(batch, SMOOTHING, undefined, GUIDED);
      return stats.loss + stats.guidanceLoss;
    };
    let worst = 0;
    // The guided head's own query and key projections, and the layer below it, which feeds them.
    for (const name of [
      'encoder.layers.1.self_attn.q_proj.weight',
      'encoder.layers.1.self_attn.k_proj.weight',
      'encoder.layers.0.self_attn.v_proj.weight',
      'encoder.layers.0.ffn.linear1.weight',
      'decoder.layers.1.cross_attn.q_proj.weight',
      'decoder.layers.0.self_attn.v_proj.weight',
    ]) {
      const t = params.get(name);
      if (!t) throw new Error(`no parameter ${name}`);
      for (const index of [1, 17, 40]) {
        const h = 1e-3;
        const original = t.data[index];
        t.data[index] = original + h;
        const plus = total();
        t.data[index] = original - h;
        const minus = total();
        t.data[index] = original;
        const numeric = (plus - minus) / (2 * h);
        const exact = analytic.get(name)?.[index] ?? NaN;
        const error = Math.abs(numeric - exact) / (5e-3 + Math.abs(numeric));
        worst = Math.max(worst, error);
        expect(error, `${name}[${index}]: analytic ${exact}, numeric ${numeric}`).toBeLessThan(
          2e-2,
        );
      }
    }
    console.log(`guided attention, finite differences: largest error ${worst.toExponential(2)}`);
  });

  it('teaches the guided head to look where it is told', () => {
    const params = initParams(TINY_CONFIG, 6);
    const trainer = createTrainer(TINY_CONFIG, params, {
      labelSmoothing: SMOOTHING,
      warmupSteps: 20,
      learningRateScale: 1,
      guidedHeads: GUIDED,
    });
    const first = trainer.step(batch).guidanceLoss;
    let last = first;
    for (let step = 0; step < 150; step++) last = trainer.step(batch).guidanceLoss;
    expect(last).toBeLessThan(first / 4);
  });
});
