import { describe, expect, it } from 'vitest';
import { BOS, EOS, PAD, REFERENCE_CONFIG } from '../../src/engine/model/config';
import { forwardTrace } from '../../src/engine/model/forward';
import {
  encodeSource,
  greedyDecode,
  greedyDecodeWithoutCache,
} from '../../src/engine/model/greedy';
import {
  createSelfAttentionCache,
  createStepScratch,
  crossAttentionMemory,
  decoderStep,
} from '../../src/engine/model/incremental';
import { initParams, param, type Params } from '../../src/engine/model/params';
import { resolveWeights } from '../../src/engine/model/weights';
import { randomInt, seededRandom } from '../../src/engine/random';
import type { Tensor } from '../../src/engine/tensor';

const config = REFERENCE_CONFIG;
const V = config.tgtVocabSize;

function randomSource(seed: number, length: number): number[] {
  const random = seededRandom(seed);
  return [
    ...Array.from({ length: length - 1 }, () => 4 + randomInt(random, config.srcVocabSize - 4)),
    EOS,
  ];
}

function get(trace: Map<string, Tensor>, name: string): Tensor {
  const t = trace.get(name);
  if (!t) throw new Error(`trace has no ${name}`);
  return t;
}

/** A copy of params whose generator adds `boost` to the logits of `ids`. */
function favouring(params: Params, ids: number[], boost: number): Params {
  const changed = new Map(params);
  const bias = param(params, 'generator.bias');
  const data = bias.data.slice();
  for (const id of ids) data[id] += boost;
  changed.set('generator.bias', { shape: bias.shape, data });
  return changed;
}

/** A copy of params whose generator always prefers <eos>. */
function eosLovingParams(params: Params): Params {
  const changed = new Map(params);
  const bias = param(params, 'generator.bias');
  const data = bias.data.slice();
  data[EOS] = 1e4;
  changed.set('generator.bias', { shape: bias.shape, data });
  return changed;
}

describe('greedyDecode', () => {
  it.each([
    [11, 1],
    [12, 6],
    [13, 10],
    [14, config.maxLength],
  ])(
    'with the KV cache equals recomputing the prefix, bit for bit (seed %i, source of %i)',
    (seed, length) => {
      const params = initParams(config, seed);
      const srcIds = randomSource(seed, length);
      const options = { maxSteps: config.maxLength, stopAtEos: false };
      const cached = greedyDecode(params, config, srcIds, options);
      const recomputed = greedyDecodeWithoutCache(params, config, srcIds, options);
      expect(cached.outputIds).toEqual(recomputed.outputIds);
      expect(cached.outputIds.length).toBe(config.maxLength);
      cached.stepLogits.forEach((logits, t) => expect(logits).toEqual(recomputed.stepLogits[t]));
      expect(cached.steps).toEqual(recomputed.steps);
    },
  );

  it('gives logits that the teacher-forced rerun reproduces exactly, row t for step t', () => {
    const params = initParams(config, 21);
    const srcIds = randomSource(21, 9);
    const result = greedyDecode(params, config, srcIds, { maxSteps: 12, stopAtEos: false });
    const trace = forwardTrace(params, config, srcIds, [BOS, ...result.outputIds]);
    const logits = get(trace, 'out.logits').data;
    result.stepLogits.forEach((stepLogits, t) => {
      expect(stepLogits).toEqual(logits.subarray(t * V, (t + 1) * V));
    });
  });

  it("computes at step t the same attention weights as row t of the rerun's dec.{l}.self and .cross", () => {
    const params = initParams(config, 22);
    const srcIds = randomSource(22, 7);
    const weights = resolveWeights(params, config);
    const memory = encodeSource(weights, srcIds);
    const tgtIds = [BOS, 9, 30, 4, 51, 17, 2];
    const T = tgtIds.length;
    const S = srcIds.length;
    const h = config.heads;
    const trace = forwardTrace(params, config, srcIds, tgtIds);
    const cross = crossAttentionMemory(weights, memory, S);
    const cache = createSelfAttentionCache(config, T);
    const scratch = createStepScratch(config, T, S);
    let compared = 0;
    for (let t = 0; t < T; t++) {
      decoderStep(
        weights,
        cross,
        cache,
        scratch,
        tgtIds[t],
        t,
        (l, sublayer, stepWeights, keys) => {
          const full = get(trace, `dec.${l}.${sublayer}.weights`).data;
          const width = sublayer === 'self' ? T : S;
          for (let head = 0; head < h; head++) {
            const row = full.subarray((head * T + t) * width, (head * T + t) * width + width);
            expect(stepWeights.subarray(head * keys, (head + 1) * keys)).toEqual(
              row.subarray(0, keys),
            );
            // What the step cannot see, the teacher-forced pass masks to exactly 0.
            expect([...row.subarray(keys)].every((w) => w === 0)).toBe(true);
            compared++;
          }
        },
      );
    }
    expect(compared).toBe(T * config.decoderLayers * 2 * h);
  });

  it('chooses the most probable token and reports it with its rivals', () => {
    const params = initParams(config, 23);
    const result = greedyDecode(params, config, randomSource(23, 5), {
      maxSteps: 6,
      stopAtEos: false,
    });
    result.steps.forEach((step, t) => {
      const logits = result.stepLogits[t];
      const writable = Array.from(logits, (x, id) => (id === PAD || id === BOS ? -Infinity : x));
      const best = Math.max(...writable);
      expect(step.position).toBe(t);
      expect(step.chosenId).toBe(writable.indexOf(best));
      expect(step.chosenId).toBe(result.outputIds[t]);
      expect(step.candidates[0].id).toBe(step.chosenId);
      expect(step.candidates).toHaveLength(5);
      const probs = step.candidates.map((c) => c.prob);
      expect(probs).toEqual([...probs].sort((a, b) => b - a));
      expect(step.logProb).toBeCloseTo(Math.log(step.candidates[0].prob), 5);
    });
  });

  it('never chooses <pad> or <bos>, even ranked first, and leaves their logits as computed', () => {
    const params = favouring(initParams(config, 26), [PAD, BOS], 1e3);
    const srcIds = randomSource(26, 5);
    const cached = greedyDecode(params, config, srcIds, { maxSteps: 6, stopAtEos: false });
    const recomputed = greedyDecodeWithoutCache(params, config, srcIds, {
      maxSteps: 6,
      stopAtEos: false,
    });
    expect(cached.outputIds).toEqual(recomputed.outputIds);
    cached.steps.forEach((step, t) => {
      const logits = cached.stepLogits[t];
      // The model itself still ranks <pad> or <bos> first: only the choice skips them.
      expect([PAD, BOS]).toContain(logits.indexOf(Math.max(...logits)));
      expect([PAD, BOS]).not.toContain(step.chosenId);
      expect(step.candidates.map((c) => c.id)).not.toContain(PAD);
      expect(step.candidates.map((c) => c.id)).not.toContain(BOS);
      expect(step.candidates[0].id).toBe(step.chosenId);
    });
  });

  it('stops after choosing <eos> unless told not to', () => {
    const params = eosLovingParams(initParams(config, 24));
    const srcIds = randomSource(24, 4);
    const stopped = greedyDecode(params, config, srcIds, { maxSteps: 8 });
    expect([...stopped.outputIds]).toEqual([EOS]);
    expect(stopped.steps).toHaveLength(1);
    const full = greedyDecode(params, config, srcIds, { maxSteps: 8, stopAtEos: false });
    expect([...full.outputIds]).toEqual(Array(8).fill(EOS));
  });

  it('rejects a maxSteps the model cannot take', () => {
    const params = initParams(config, 25);
    const srcIds = randomSource(25, 4);
    expect(() => greedyDecode(params, config, srcIds, { maxSteps: config.maxLength + 1 })).toThrow(
      /maxSteps/,
    );
    expect(() => greedyDecode(params, config, srcIds, { maxSteps: 1.5 })).toThrow(/maxSteps/);
    expect(greedyDecode(params, config, srcIds, { maxSteps: 0 }).outputIds).toHaveLength(0);
  });
});
