/**
 * Where the pronoun is decided, on a tiny model built here with random weights: nothing in the
 * engine may know which head matters, so every number is checked against a plain forward pass.
 */
import { describe, expect, it } from 'vitest';
import { locateDecision, type DecisionPronouns } from '../../src/engine/attribution';
import type { HeadAblation } from '../../src/engine/model/ablation';
import { BOS, EOS, REFERENCE_CONFIG, type ModelConfig } from '../../src/engine/model/config';
import { forwardTrace } from '../../src/engine/model/forward';
import { greedyDecode } from '../../src/engine/model/greedy';
import { initParams, type Params } from '../../src/engine/model/params';
import { tensor } from '../../src/engine/tensor';
import { distinctIds } from './fixtures';

const config: ModelConfig = { ...REFERENCE_CONFIG, encoderLayers: 2, decoderLayers: 2, heads: 2 };
const params = initParams(config, 5);
const twins = [11, 12].map((seed) => ({
  srcIds: [...distinctIds(seed, 6, config.srcVocabSize), EOS],
  pronoun: 3,
  nouns: [1, 4],
}));
/** The model's own second output word of the first twin plays "il": some step is a pronoun. */
const output = Array.from(greedyDecode(params, config, twins[0].srcIds, { maxSteps: 8 }).outputIds);
const first = output[1];
const second = first === 5 ? 6 : 5;
const pronouns: DecisionPronouns = { first, second, anyPronoun: [first, second] };

/** m = log p(first) − log p(second) at row `step` of a full teacher-forced pass. */
function marginOf(
  p: Params,
  srcIds: number[],
  prefix: number[],
  step: number,
  off: HeadAblation = [],
): number {
  const probs = forwardTrace(p, config, srcIds, prefix, off).get('out.probs');
  if (!probs) throw new Error('no out.probs');
  const row = step * config.tgtVocabSize;
  return Math.log(probs.data[row + first]) - Math.log(probs.data[row + second]);
}

describe('locating the pronoun decision', () => {
  const decision = locateDecision(params, config, twins, pronouns);
  const twin = decision.twins[0];
  const step = twin.step ?? -1;
  const prefix = [BOS, ...twin.outputIds.slice(0, step)];

  it('finds the first pronoun of the greedy translation', () => {
    expect(twin.outputIds).toEqual(
      Array.from(greedyDecode(params, config, twins[0].srcIds, { maxSteps: 31 }).outputIds),
    );
    expect(step).toBe(twin.outputIds.findIndex((id) => id === first || id === second));
    expect(twin.pronounId).toBe(twin.outputIds[step]);
  });

  it('reads the margin from the teacher-forced pass on the model’s own prefix', () => {
    expect(twin.margin).toBeCloseTo(marginOf(params, twins[0].srcIds, prefix, step), 5);
    expect(Math.log(twin.firstProbability / twin.secondProbability)).toBeCloseTo(twin.margin, 5);
  });

  it('gives each head the shift a full pass with that head off gives', () => {
    expect(twin.heads).toHaveLength(
      config.heads * (config.encoderLayers + 2 * config.decoderLayers),
    );
    for (const { kind, layer, head, shift } of twin.heads) {
      const off = marginOf(params, twins[0].srcIds, prefix, step, [{ kind, layer, head }]);
      expect(shift).toBeCloseTo(off - twin.margin, 4);
    }
  });

  it('gives each sublayer the shift of a full pass with all its heads off', () => {
    expect(twin.sublayers).toHaveLength(config.encoderLayers + 2 * config.decoderLayers);
    for (const { kind, layer, shift } of twin.sublayers) {
      const heads = [0, 1].map((head) => ({ kind, layer, head }));
      const off = marginOf(params, twins[0].srcIds, prefix, step, heads);
      expect(shift).toBeCloseTo(off - twin.margin, 4);
    }
  });

  it('predicts, to first order, how m moves when a source embedding is scaled', () => {
    const epsilon = 1e-2;
    const table = params.get('src_embed.weight');
    if (!table) throw new Error('no embedding');
    const scaled = (s: number, factor: number): Params => {
      const copy = tensor(table.shape, table.data.slice());
      const row = twins[0].srcIds[s] * config.dModel;
      for (let k = 0; k < config.dModel; k++) copy.data[row + k] *= factor;
      return new Map(params).set('src_embed.weight', copy);
    };
    for (let s = 0; s < twins[0].srcIds.length; s++) {
      const up = marginOf(scaled(s, 1 + epsilon), twins[0].srcIds, prefix, step);
      const down = marginOf(scaled(s, 1 - epsilon), twins[0].srcIds, prefix, step);
      const slope = (up - down) / (2 * epsilon);
      expect(Math.abs(twin.saliency[s] - slope)).toBeLessThan(1e-2 + 0.05 * Math.abs(slope));
    }
  });

  it('reads the pronoun’s attention to each noun from every encoder head', () => {
    const weights = forwardTrace(params, config, twins[0].srcIds, prefix).get('enc.1.self.weights');
    const S = twins[0].srcIds.length;
    const found = twin.pronounAttention.find((a) => a.layer === 1 && a.head === 1);
    expect(found?.toNouns).toEqual([1, 4].map((noun) => weights?.data[(S + 3) * S + noun]));
  });

  it('ranks heads by the smallest push toward the other pronoun over the decided twins', () => {
    const decided = decision.twins.filter((t) => t.step !== null);
    const top = decision.ranking[0];
    const index = twin.heads.findIndex(
      (h) => h.kind === top.kind && h.layer === top.layer && h.head === top.head,
    );
    const pushes = decided.map((t) => -Math.sign(t.margin) * t.heads[index].shift);
    expect(top.carried).toBeCloseTo(Math.min(...pushes), 6);
    const carried = decision.ranking.map((h) => h.carried);
    expect(carried).toEqual([...carried].sort((a, b) => b - a));
  });

  it('ranks nothing when no translation writes either pronoun', () => {
    const none = locateDecision(params, config, twins, { first, second, anyPronoun: [] });
    expect(none.twins.every((t) => t.step === null && t.pronounId === null)).toBe(true);
    expect(none.ranking).toEqual([]);
  });
});
