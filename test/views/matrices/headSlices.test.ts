import { describe, expect, it } from 'vitest';
import { headSize, tensor, type AttentionPart } from '../../../src/engine';
import { attentionParameters } from '../../../src/views/matrices/attentionParameters';
import {
  ATTENTION_KINDS,
  attentionNames,
  layerCount,
} from '../../../src/views/matrices/attentionNames';
import {
  columnsOf,
  headBias,
  headOf,
  headProjection,
  transpose,
} from '../../../src/views/matrices/headSlices';
import { largestDifference, matricesRun, multiplyAddBias } from './fixtures';

const run = matricesRun();
const dk = headSize(run.config);

describe('attention names', () => {
  it('name tensors and parameters that every layer of every kind really has', () => {
    for (const kind of ATTENTION_KINDS) {
      for (let layer = 0; layer < layerCount(kind, run.config); layer++) {
        const names = attentionNames(kind, layer, run.config);
        for (const name of [names.queryInput, names.keyInput]) {
          expect(run.trace.has(name), name).toBe(true);
        }
        const parts: AttentionPart[] = [
          'q',
          'k',
          'v',
          'scores',
          'scaled',
          'weights',
          'z',
          'concat',
          'out',
        ];
        for (const part of parts) {
          expect(run.trace.has(`${names.trace}.${part}`), `${names.trace}.${part}`).toBe(true);
        }
        expect(attentionParameters(run.params, names.params)).not.toBeNull();
      }
    }
  });

  it('take layer l > 0 input from the output of layer l − 1', () => {
    expect(attentionNames('encoder-self', 1, run.config).queryInput).toBe('enc.0.norm2');
    expect(attentionNames('decoder-self', 1, run.config).queryInput).toBe('dec.0.norm3');
    const cross = attentionNames('decoder-cross', 0, run.config);
    expect(cross.keyInput).toBe(`enc.${run.config.encoderLayers - 1}.norm2`);
    expect(cross.querySide).toBe('target');
    expect(cross.keySide).toBe('source');
  });

  it('refuse a layer the stack does not have', () => {
    expect(() => attentionNames('encoder-self', run.config.encoderLayers, run.config)).toThrow(
      /layers 0 to/,
    );
  });
});

describe('one head cut from the model', () => {
  it.each(ATTENTION_KINDS)(
    '%s: X W_i^Q + b_i, with W_i^Q the transposed rows of q_proj, gives the trace Q of head i',
    (kind) => {
      const names = attentionNames(kind, 1, run.config);
      const weights = attentionParameters(run.params, names.params);
      if (!weights) throw new Error('missing weights');
      const queryInput = run.trace.get(names.queryInput);
      const keyInput = run.trace.get(names.keyInput);
      if (!queryInput || !keyInput) throw new Error('missing input');
      const cases = [
        { input: queryInput, projection: weights.query, name: 'q' as const },
        { input: keyInput, projection: weights.key, name: 'k' as const },
        { input: keyInput, projection: weights.value, name: 'v' as const },
      ];
      for (const { input, projection, name } of cases) {
        const stacked = run.trace.get(`${names.trace}.${name}`);
        if (!stacked) throw new Error(`missing ${name}`);
        for (let head = 0; head < run.config.heads; head++) {
          const w = headProjection(projection.weight, head, dk);
          expect(w.shape).toEqual([run.config.dModel, dk]);
          const recomputed = multiplyAddBias(input, w, headBias(projection.bias, head, dk));
          expect(largestDifference(recomputed, headOf(stacked, head).data)).toBeLessThan(1e-5);
        }
      }
    },
  );

  it("concat's columns i·d_k … (i+1)·d_k − 1 are head i's Z", () => {
    const z = run.trace.get('enc.0.self.z');
    const concat = run.trace.get('enc.0.self.concat');
    if (!z || !concat) throw new Error('missing z or concat');
    for (let head = 0; head < run.config.heads; head++) {
      expect(Array.from(columnsOf(concat, head * dk, dk).data)).toEqual(
        Array.from(headOf(z, head).data),
      );
    }
  });

  it('transpose swaps rows and columns', () => {
    const m = tensor([2, 3], Float32Array.from([1, 2, 3, 4, 5, 6]));
    const t = transpose(m);
    expect(t.shape).toEqual([3, 2]);
    expect(Array.from(t.data)).toEqual([1, 4, 2, 5, 3, 6]);
  });

  it('refuses a head or columns the tensor does not have', () => {
    const z = run.trace.get('enc.0.self.z');
    const concat = run.trace.get('enc.0.self.concat');
    if (!z || !concat) throw new Error('missing z or concat');
    expect(() => headOf(z, run.config.heads)).toThrow(/no head/);
    expect(() => columnsOf(concat, run.config.dModel - 1, 2)).toThrow(/outside/);
  });
});
