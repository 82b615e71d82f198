import { describe, expect, it } from 'vitest';
import type { Attribution, AttributionMethod } from '../../src/engine/attribution';
import {
  agreements,
  barLengths,
  goldAlignmentOf,
  headLabel,
  pointsAtGold,
  sourceRows,
} from '../../src/views/attribution/layout';

const f = (...values: number[]) => new Float32Array(values);

const methods: Partial<Record<AttributionMethod, Attribution>> = {
  attention: {
    method: 'attention',
    attention: { cross: [[f(0.7, 0.2, 0.1), f(0.1, 0.1, 0.8)]], self: [[f(1), f(1)]] },
  },
  rollout: { method: 'rollout', rollout: { source: f(0.3, 0.1, 0.1), prefix: f(0.5) } },
  saliency: { method: 'saliency', saliency: { source: f(-0.9, 0.2, 0.1), logProb: -0.1 } },
};

describe('attribution layout', () => {
  it('shows the chosen head, or the mean of the heads, and the rows that have arrived', () => {
    const mean = sourceRows(methods, { layer: 0, head: 'mean' });
    expect(mean.map((r) => r.method)).toEqual(['attention', 'rollout', 'saliency']);
    [0.4, 0.15, 0.45].forEach((value, s) => expect(mean[0].values[s]).toBeCloseTo(value, 6));
    const second = sourceRows(methods, { layer: 0, head: 1 });
    expect(Array.from(second[0].values)).toEqual(Array.from(f(0.1, 0.1, 0.8)));
    expect(headLabel({ layer: 0, head: 1 })).toBe('decoder layer 1, head 2');
  });

  it('sizes bars by |value| against the largest, a zero row staying empty', () => {
    expect(barLengths([-2, 1, 0])).toEqual([1, 0.5, 0]);
    expect(barLengths([0, 0])).toEqual([0, 0]);
  });

  it('ranks by size, so a strongly negative saliency agrees with a large weight', () => {
    const rows = sourceRows(methods, { layer: 0, head: 0 });
    const [attentionVsRollout, attentionVsSaliency] = agreements(rows);
    expect(attentionVsRollout.rho).toBeCloseTo(0.866, 3);
    expect(attentionVsSaliency.rho).toBeCloseTo(1, 12);
  });

  it("finds the post's gold alignment only for the post's own translation, in both directions", () => {
    const en = "the animal didn't cross the street because it was too tired".split(' ');
    const fr = "l' animal n' a pas traversé la rue parce qu' il était trop fatigué".split(' ');
    const gold = goldAlignmentOf([...en, '<eos>'], [...fr, '<eos>'], {
      source: 'en',
      target: 'fr',
    });
    expect(gold).toContainEqual([7, 10]);
    const back = goldAlignmentOf(fr, en, { source: 'fr', target: 'en' });
    expect(back).toContainEqual([10, 7]);
    expect(goldAlignmentOf(en, ['le', 'chat'], { source: 'en', target: 'fr' })).toBeNull();
    const row = {
      method: 'rollout' as const,
      label: '',
      values: f(...en.map((_, s) => (s === 7 ? 1 : 0))),
    };
    expect(pointsAtGold(row, gold ?? [], 10)).toBe(true);
    expect(pointsAtGold(row, gold ?? [], 1)).toBe(false);
  });
});
