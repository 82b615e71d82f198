import { describe, expect, it } from 'vitest';
import { ablateWeights, type HeadAblation } from '../../src/engine/model/ablation';
import { beamSearch } from '../../src/engine/model/beam';
import { BOS, EOS, REFERENCE_CONFIG, headSize } from '../../src/engine/model/config';
import { forwardTrace } from '../../src/engine/model/forward';
import { greedyDecode, greedyDecodeWithoutCache } from '../../src/engine/model/greedy';
import { initParams } from '../../src/engine/model/params';
import type { DecodingChoice } from '../../src/engine/model/trace';
import { translate } from '../../src/engine/model/translate';
import { resolveWeights } from '../../src/engine/model/weights';
import { randomInt, seededRandom } from '../../src/engine/random';
import type { Tensor } from '../../src/engine/tensor';

const config = REFERENCE_CONFIG;
const dk = headSize(config);
const BEAM: DecodingChoice = { kind: 'beam', beamSize: 3, returnBeams: 2, lengthPenalty: 0.6 };

function randomIds(seed: number, length: number, vocabularySize: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length }, () => 4 + randomInt(random, vocabularySize - 4));
}

const srcIds = [...randomIds(41, 7, config.srcVocabSize), EOS];
const tgtIds = [BOS, ...randomIds(42, 5, config.tgtVocabSize)];

function get(trace: Map<string, Tensor>, name: string): Tensor {
  const t = trace.get(name);
  if (!t) throw new Error(`the trace has no ${name}`);
  return t;
}

/** The bits of a float32 array, so -0 and NaN compare exactly. */
const bits = (t: Tensor) => new Uint32Array(t.data.buffer, t.data.byteOffset, t.data.length);

/** Column c of every row of a (rows, d) tensor. */
function column(t: Tensor, c: number): number[] {
  const [rows, width] = t.shape;
  return Array.from({ length: rows }, (_, r) => t.data[r * width + c]);
}

describe('head ablation', () => {
  it('switching nothing off gives the same numbers bit for bit, everywhere', () => {
    const params = initParams(config, 40);
    const plain = forwardTrace(params, config, srcIds, tgtIds);
    const none = forwardTrace(params, config, srcIds, tgtIds, []);
    for (const [name, t] of plain) expect(bits(get(none, name)), name).toEqual(bits(t));
    for (const decoding of [{ kind: 'greedy' } as const, BEAM]) {
      const before = translate(params, config, srcIds, decoding);
      const after = translate(params, config, srcIds, decoding, undefined, []);
      expect(after.outputIds).toEqual(before.outputIds);
      expect(after.steps).toEqual(before.steps);
      expect(after.beam).toEqual(before.beam);
      for (const [name, t] of before.tensors) {
        expect(bits(get(after.tensors, name)), name).toEqual(bits(t));
      }
    }
    const weights = resolveWeights(params, config);
    expect(ablateWeights(weights, [])).toBe(weights);
  });

  it("zeroes the switched-off head's columns of enc.{l}.self.concat, keeps its weights and z, and changes the output", () => {
    const params = initParams(config, 43);
    const head = 2;
    const plain = forwardTrace(params, config, srcIds, tgtIds);
    const ablated = forwardTrace(params, config, srcIds, tgtIds, [{ kind: 'enc', layer: 1, head }]);
    // Everything before the concatenation is computed as usual, the head's own output included.
    for (const part of ['q', 'k', 'v', 'scores', 'weights', 'z']) {
      const name = `enc.1.self.${part}`;
      expect(bits(get(ablated, name)), name).toEqual(bits(get(plain, name)));
    }
    const concat = get(ablated, 'enc.1.self.concat');
    const plainConcat = get(plain, 'enc.1.self.concat');
    for (let c = 0; c < config.dModel; c++) {
      const silenced = Math.floor(c / dk) === head;
      const expected = silenced ? column(concat, c).map(() => 0) : column(plainConcat, c);
      expect(column(concat, c), `column ${c}`).toEqual(expected);
    }
    expect(column(plainConcat, head * dk).some((x) => x !== 0)).toBe(true);
    // The layer below is untouched; the layer's output and the prediction are not.
    expect(bits(get(ablated, 'enc.0.norm2'))).toEqual(bits(get(plain, 'enc.0.norm2')));
    expect(get(ablated, 'enc.1.self.out').data).not.toEqual(get(plain, 'enc.1.self.out').data);
    expect(get(ablated, 'out.logits').data).not.toEqual(get(plain, 'out.logits').data);
  });

  it.each<[string, HeadAblation]>([
    ['decoder self-attention', [{ kind: 'dec-self', layer: 0, head: 1 }]],
    ['encoder-decoder attention', [{ kind: 'dec-cross', layer: 1, head: 3 }]],
    [
      'several sublayers at once',
      [
        { kind: 'enc', layer: 0, head: 0 },
        { kind: 'dec-self', layer: 1, head: 2 },
        { kind: 'dec-cross', layer: 0, head: 1 },
        { kind: 'dec-cross', layer: 0, head: 3 },
      ],
    ],
  ])(
    'greedy decoding with the KV cache equals recomputing, with %s switched off',
    (_, ablation) => {
      const params = initParams(config, 44);
      const options = { maxSteps: 10, stopAtEos: false, ablatedHeads: ablation };
      const cached = greedyDecode(params, config, srcIds, options);
      const recomputed = greedyDecodeWithoutCache(params, config, srcIds, options);
      expect(cached.outputIds).toEqual(recomputed.outputIds);
      cached.stepLogits.forEach((logits, t) => expect(logits).toEqual(recomputed.stepLogits[t]));
      const plain = greedyDecode(params, config, srcIds, { maxSteps: 10, stopAtEos: false });
      expect(cached.stepLogits[0]).not.toEqual(plain.stepLogits[0]);

      // The teacher-forced pass with the same heads off reproduces each step's logits.
      const trace = forwardTrace(params, config, srcIds, [BOS, ...cached.outputIds], ablation);
      const logits = get(trace, 'out.logits').data;
      const V = config.tgtVocabSize;
      cached.stepLogits.forEach((stepLogits, t) =>
        expect(stepLogits).toEqual(logits.subarray(t * V, (t + 1) * V)),
      );
    },
  );

  it('beam search of size 1 follows greedy decoding with the same heads off', () => {
    const params = initParams(config, 45);
    const ablatedHeads: HeadAblation = [{ kind: 'dec-cross', layer: 0, head: 0 }];
    const greedy = greedyDecode(params, config, srcIds, { maxSteps: 8, ablatedHeads });
    const beam = beamSearch(params, config, srcIds, {
      beamSize: 1,
      returnBeams: 1,
      lengthPenalty: 0,
      maxSteps: 8,
      ablatedHeads,
    });
    const chosen = beam.nodes.filter((node) => node.status !== 'pruned' && node.step > 0);
    expect(chosen.map((node) => node.tokenId)).toEqual([...greedy.outputIds]);
  });

  it('translate records the ablated run: its concat, its decoding and its teacher-forced rerun', () => {
    const params = initParams(config, 46);
    const ablation: HeadAblation = [{ kind: 'dec-self', layer: 1, head: 1 }];
    for (const decoding of [{ kind: 'greedy' } as const, BEAM]) {
      const trace = translate(params, config, srcIds, decoding, undefined, ablation);
      const concat = get(trace.tensors, 'dec.1.self.concat');
      for (let c = dk; c < 2 * dk; c++) expect(column(concat, c).every((x) => x === 0)).toBe(true);
      const rerun = forwardTrace(params, config, srcIds, trace.tgtIds, ablation);
      for (const [name, t] of rerun) expect(bits(get(trace.tensors, name)), name).toEqual(bits(t));
      if (decoding.kind === 'greedy') {
        const greedy = greedyDecode(params, config, srcIds, {
          maxSteps: config.maxLength - 1,
          ablatedHeads: ablation,
        });
        expect(trace.outputIds).toEqual(greedy.outputIds);
      }
    }
  });

  it('refuses a head, a layer or a sublayer the model does not have', () => {
    const params = initParams(config, 47);
    const run = (ablation: HeadAblation) => () =>
      forwardTrace(params, config, srcIds, tgtIds, ablation);
    expect(run([{ kind: 'enc', layer: 0, head: config.heads }])).toThrow(/heads go 0 to 3/);
    expect(run([{ kind: 'dec-cross', layer: config.decoderLayers, head: 0 }])).toThrow(
      /layers go 0 to 1/,
    );
    expect(run([{ kind: 'enc', layer: -1, head: 0 }])).toThrow(/layers go/);
  });
});
