import { describe, expect, it } from 'vitest';
import { beamSearch, hypothesisTokens } from '../../src/engine/model/beam';
import { BOS, EOS, PAD, REFERENCE_CONFIG } from '../../src/engine/model/config';
import { forwardTrace } from '../../src/engine/model/forward';
import { greedyDecode } from '../../src/engine/model/greedy';
import { initParams, param, type Params } from '../../src/engine/model/params';
import type { BeamNode, BeamResult } from '../../src/engine/model/trace';
import { logSumExp } from '../../src/engine/ops/softmax';
import { randomInt, seededRandom } from '../../src/engine/random';

const config = REFERENCE_CONFIG;
const V = config.tgtVocabSize;

function randomSource(seed: number, length: number): number[] {
  const random = seededRandom(seed);
  return [
    ...Array.from({ length: length - 1 }, () => 4 + randomInt(random, config.srcVocabSize - 4)),
    EOS,
  ];
}

/** A copy of params whose generator favours <eos> by `boost` in the logits. */
function boostEos(params: Params, boost: number): Params {
  const changed = new Map(params);
  const bias = param(params, 'generator.bias');
  const data = bias.data.slice();
  data[EOS] += boost;
  changed.set('generator.bias', { shape: bias.shape, data });
  return changed;
}

function outputLogits(params: Params, srcIds: number[], tgtIds: number[]): Float32Array {
  const logits = forwardTrace(params, config, srcIds, tgtIds).get('out.logits');
  if (!logits) throw new Error('the trace has no out.logits');
  return logits.data;
}

function stepNodes(result: BeamResult, step: number): BeamNode[] {
  return result.nodes.filter((node) => node.step === step);
}

describe('beamSearch', () => {
  it.each([
    [31, 0, 6],
    [32, 0.6, 9],
    [33, 1, 3],
  ])(
    'with beam size 1 chooses exactly what greedy decoding chooses (seed %i, α %f)',
    (seed, alpha, length) => {
      for (const params of [initParams(config, seed), boostEos(initParams(config, seed), 3)]) {
        const srcIds = randomSource(seed, length);
        const greedy = greedyDecode(params, config, srcIds, { maxSteps: 20 });
        const beam = beamSearch(params, config, srcIds, {
          beamSize: 1,
          returnBeams: 1,
          lengthPenalty: alpha,
          maxSteps: 20,
        });
        expect(hypothesisTokens(beam, beam.best[0])).toEqual([...greedy.outputIds]);
        const chosen = beam.nodes.filter((node) => node.status !== 'pruned' && node.step > 0);
        chosen.forEach((node, t) =>
          expect(node.logProb).toBeCloseTo(
            greedy.steps.slice(0, t + 1).reduce((a, s) => a + s.logProb, 0),
            9,
          ),
        );
      }
    },
  );

  it("scores every node with its parent's log-probability plus the model's log p(token | prefix)", () => {
    const params = boostEos(initParams(config, 34), 2);
    const srcIds = randomSource(34, 7);
    const result = beamSearch(params, config, srcIds, {
      beamSize: 3,
      returnBeams: 3,
      lengthPenalty: 0.7,
      maxSteps: 8,
    });
    expect(result.nodes.length).toBeGreaterThan(10);
    for (const node of result.nodes.slice(1)) {
      const prefix = [BOS, ...hypothesisTokens(result, node.parent)];
      const logits = outputLogits(params, srcIds, prefix);
      const row = (prefix.length - 1) * V;
      const expected =
        result.nodes[node.parent].logProb +
        (logits[row + node.tokenId] - logSumExp(logits, row, V));
      expect(node.logProb).toBeCloseTo(expected, 9);
      expect(node.score).toBeCloseTo(node.logProb / Math.pow(node.step, 0.7), 12);
    }
  });

  it('grows a tree: each kept hypothesis proposes beamSize children, the best are kept or finished, the rest pruned', () => {
    const beamSize = 3;
    const params = boostEos(initParams(config, 35), 4);
    const result = beamSearch(params, config, randomSource(35, 6), {
      beamSize,
      returnBeams: 2,
      lengthPenalty: 0,
      maxSteps: 10,
    });
    const root = result.nodes[0];
    expect(root).toMatchObject({
      id: 0,
      parent: -1,
      step: 0,
      tokenId: BOS,
      logProb: 0,
      status: 'kept',
    });
    const lastStep = Math.max(...result.nodes.map((node) => node.step));
    for (let step = 1; step <= lastStep; step++) {
      const nodes = stepNodes(result, step);
      const parents = new Set(nodes.map((node) => node.parent));
      for (const parentId of parents) {
        expect(result.nodes[parentId]).toMatchObject({ step: step - 1, status: 'kept' });
        expect(nodes.filter((node) => node.parent === parentId)).toHaveLength(beamSize);
      }
      const kept = nodes.filter((node) => node.status === 'kept');
      const pruned = nodes.filter((node) => node.status === 'pruned');
      expect(kept.length).toBeLessThanOrEqual(beamSize);
      for (const node of nodes.filter((n) => n.status === 'finished'))
        expect(node.tokenId).toBe(EOS);
      for (const node of kept) expect(node.tokenId).not.toBe(EOS);
      const worstSurvivor = Math.min(
        ...nodes.filter((n) => n.status !== 'pruned').map((n) => n.score),
      );
      for (const node of pruned) expect(node.score).toBeLessThanOrEqual(worstSurvivor);
    }
    expect(result.nodes.some((node) => node.status === 'finished')).toBe(true);
    expect(result.nodes.some((node) => node.status === 'pruned')).toBe(true);
  });

  it('never proposes <pad> or <bos>, even when the model ranks them first', () => {
    const params = initParams(config, 37);
    const bias = param(params, 'generator.bias');
    const favoured = new Map(params);
    const data = bias.data.slice();
    data[PAD] += 1e3;
    data[BOS] += 1e3;
    favoured.set('generator.bias', { shape: bias.shape, data });
    const result = beamSearch(favoured, config, randomSource(37, 5), {
      beamSize: 3,
      returnBeams: 3,
      lengthPenalty: 0.6,
      maxSteps: 6,
    });
    const proposed = result.nodes.filter((node) => node.parent !== -1);
    expect(proposed.length).toBeGreaterThan(0);
    for (const node of proposed) expect([PAD, BOS]).not.toContain(node.tokenId);
  });

  it('returns the best finished hypotheses first, ranked by score', () => {
    const params = boostEos(initParams(config, 36), 3);
    const result = beamSearch(params, config, randomSource(36, 5), {
      beamSize: 4,
      returnBeams: 3,
      lengthPenalty: 1,
      maxSteps: 12,
    });
    expect(result.best).toHaveLength(3);
    const best = result.best.map((id) => result.nodes[id]);
    for (const node of best) expect(node.status).toBe('finished');
    const scores = best.map((node) => node.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const finished = result.nodes.filter((node) => node.status === 'finished');
    expect(finished).toHaveLength(4);
    expect(Math.max(...finished.map((node) => node.score))).toBe(scores[0]);
    expect(hypothesisTokens(result, result.best[0]).at(-1)).toBe(EOS);
  });

  it('returns unfinished hypotheses when maxSteps runs out before any <eos>', () => {
    const params = boostEos(initParams(config, 37), -1e4);
    const result = beamSearch(params, config, randomSource(37, 5), {
      beamSize: 2,
      returnBeams: 2,
      lengthPenalty: 0,
      maxSteps: 4,
    });
    expect(result.best.map((id) => result.nodes[id].step)).toEqual([4, 4]);
    for (const id of result.best) expect(hypothesisTokens(result, id)).toHaveLength(4);
  });

  it('rejects options it cannot honour', () => {
    const params = initParams(config, 38);
    const srcIds = randomSource(38, 4);
    const options = { beamSize: 2, returnBeams: 1, lengthPenalty: 0, maxSteps: 5 };
    expect(() => beamSearch(params, config, srcIds, { ...options, beamSize: 0 })).toThrow(
      /beamSize/,
    );
    expect(() => beamSearch(params, config, srcIds, { ...options, returnBeams: 3 })).toThrow(
      /returnBeams/,
    );
    expect(() => beamSearch(params, config, srcIds, { ...options, lengthPenalty: -1 })).toThrow(
      /lengthPenalty/,
    );
    expect(() => beamSearch(params, config, srcIds, { ...options, maxSteps: 99 })).toThrow(
      /maxSteps/,
    );
  });
});
