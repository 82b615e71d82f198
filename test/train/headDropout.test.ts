import { describe, expect, it } from 'vitest';
import { initParams } from '../../src/engine/model/params';
import { resolveWeights } from '../../src/engine/model/weights';
import { seededRandom } from '../../src/engine/random';
import { allocateActivations } from '../../src/engine/train/activations';
import { multiHeadBackward, multiHeadForward } from '../../src/engine/train/sublayers';
import { TINY_CONFIG } from './fixtures';
import type { AttentionShape } from '../../src/engine/train/attention';
import {
  headDropoutBackward,
  headDropoutForward,
  headDropoutOf,
} from '../../src/engine/train/headDropout';

const SHAPE: AttentionShape = { batchSize: 400, queryLength: 3, keyLength: 3, dModel: 8, heads: 4 };
const ROWS = SHAPE.batchSize * SHAPE.queryLength;

describe('head dropout', () => {
  it('switches whole heads of a sentence off, never a spared one, and scales the rest', () => {
    const concat = new Float32Array(ROWS * SHAPE.dModel).fill(1);
    const mask = new Float32Array(SHAPE.batchSize * SHAPE.heads);
    headDropoutForward(concat, mask, SHAPE, { rate: 0.25, random: seededRandom(4), spared: [2] });
    let switchedOff = 0;
    for (let b = 0; b < SHAPE.batchSize; b++) {
      for (let head = 0; head < SHAPE.heads; head++) {
        const scale = mask[b * SHAPE.heads + head];
        if (head === 2) expect(scale).toBe(1);
        else expect([0, Math.fround(1 / 0.75)]).toContain(scale);
        if (scale === 0) switchedOff++;
        // every position of the sentence, both columns of the head (d_k = 2), scaled alike
        for (let t = 0; t < SHAPE.queryLength; t++) {
          const col = (b * SHAPE.queryLength + t) * SHAPE.dModel + head * 2;
          expect(concat[col]).toBe(scale);
          expect(concat[col + 1]).toBe(scale);
        }
      }
    }
    // 1,200 unspared draws at p = 0.25: mean 300, standard deviation 15; ±90 is six of them.
    expect(Math.abs(switchedOff - 300)).toBeLessThan(90);
  });

  it('passes gradient only through the heads it kept, scaled alike', () => {
    const concat = new Float32Array(ROWS * SHAPE.dModel).fill(1);
    const mask = new Float32Array(SHAPE.batchSize * SHAPE.heads);
    headDropoutForward(concat, mask, SHAPE, { rate: 0.5, random: seededRandom(8), spared: [] });
    const gradient = new Float32Array(ROWS * SHAPE.dModel).fill(3);
    headDropoutBackward(gradient, mask, SHAPE);
    for (let i = 0; i < gradient.length; i++) expect(gradient[i]).toBe(3 * concat[i]);
  });

  it('spares, in each sublayer, only the heads named for that sublayer and layer', () => {
    const model = {
      rate: 0.1,
      random: seededRandom(1),
      spared: [
        { sublayer: 'enc' as const, layer: 3, head: 0 },
        { sublayer: 'dec-cross' as const, layer: 1, head: 5 },
      ],
    };
    expect(headDropoutOf(model, 'enc', 3)?.spared).toEqual([0]);
    expect(headDropoutOf(model, 'enc', 1)?.spared).toEqual([]);
    expect(headDropoutOf(model, 'dec-cross', 1)?.spared).toEqual([5]);
    expect(headDropoutOf(null, 'enc', 3)).toBeNull();
  });

  it('gives encoder-decoder attention gradients that match central finite differences', () => {
    const config = TINY_CONFIG;
    const [B, T, S, d] = [3, 4, 6, config.dModel];
    const capacity = { batchSize: B, srcLength: S, tgtLength: T };
    const acts = allocateActivations(config, capacity).decoder[0].crossAttention;
    const dActs = allocateActivations(config, capacity).decoder[0].crossAttention;
    const w = resolveWeights(initParams(config, 3), config).decoder[0].crossAttention;
    const grads = resolveWeights(initParams(config, 4), config).decoder[0].crossAttention;
    const random = seededRandom(2);
    const values = (n: number) => Float32Array.from({ length: n }, () => random() - 0.5);
    const [x, memory, coefficients] = [values(B * T * d), values(B * S * d), values(B * T * d)];
    const shape = { batchSize: B, queryLength: T, keyLength: S, dModel: d, heads: config.heads };
    // loss = Σ coefficients ⊙ MultiHead(x, memory), heads switched off by the same seeded draws
    const loss = () => {
      const heads = { rate: 0.3, random: seededRandom(7), spared: [1] };
      multiHeadForward(acts, w, x, memory, null, false, shape, heads);
      let sum = 0;
      for (let i = 0; i < B * T * d; i++) sum += acts.out[i] * coefficients[i];
      return sum;
    };
    loss();
    expect(acts.headMask.subarray(0, B * config.heads)).toContain(0);
    dActs.out.set(coefficients);
    const dX = new Float32Array(B * T * d);
    const dMemory = new Float32Array(B * S * d);
    multiHeadBackward(dX, dMemory, grads, dActs, acts, w, x, memory, shape, true);
    let largest = 0;
    for (const [input, gradient] of [
      [x, dX],
      [memory, dMemory],
    ]) {
      for (let i = 0; i < input.length; i += 3) {
        const original = input[i];
        input[i] = original + 1e-2;
        const plus = loss();
        input[i] = original - 1e-2;
        const minus = loss();
        input[i] = original;
        largest = Math.max(largest, Math.abs((plus - minus) / 2e-2 - gradient[i]));
      }
    }
    console.log(`head dropout, finite differences: largest difference ${largest.toExponential(2)}`);
    expect(largest).toBeLessThan(1e-4);
  });
});
