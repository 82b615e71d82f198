import { describe, expect, it } from 'vitest';
import { decodeFloat16, encodeFloat16, roundToFloat16 } from '../../src/engine/io/halfPrecision';
import { initParams } from '../../src/engine/model/params';
import { seededRandom } from '../../src/engine/random';
import { createBackprop, makeBatch } from '../../src/engine/train';
import { TINY_CONFIG, randomPairs } from '../train/fixtures';

const encode = (values: number[]) => {
  const bytes = new Uint8Array(values.length * 2);
  encodeFloat16(Float32Array.from(values), bytes, 0);
  return bytes;
};
const halfBits = (bytes: Uint8Array, i: number) => bytes[2 * i] | (bytes[2 * i + 1] << 8);

describe('float32 → float16', () => {
  it('gives back every one of the 65,536 halves bit for bit (NaNs stay NaN)', () => {
    const all = new Uint8Array(65536 * 2);
    for (let h = 0; h < 65536; h++) {
      all[2 * h] = h & 0xff;
      all[2 * h + 1] = h >> 8;
    }
    const widened = decodeFloat16(all, 0, 65536);
    const narrowed = new Uint8Array(65536 * 2);
    encodeFloat16(widened, narrowed, 0);
    for (let h = 0; h < 65536; h++) {
      const isNaN = (h & 0x7c00) === 0x7c00 && (h & 0x3ff) !== 0;
      if (isNaN) expect(Number.isNaN(decodeFloat16(narrowed, 2 * h, 1)[0])).toBe(true);
      else expect(halfBits(narrowed, h), `half 0x${h.toString(16)}`).toBe(h);
    }
  });

  it('rounds to the nearest half, ties to even, over 100,000 random floats', () => {
    const random = seededRandom(1);
    const values = Array.from({ length: 100_000 }, () => {
      const magnitude = 2 ** (random() * 40 - 26);
      // the encoder reads float32s: compare with the float32 it reads
      return Math.fround((random() < 0.5 ? -1 : 1) * magnitude);
    });
    const bytes = encode(values);
    const rounded = decodeFloat16(bytes, 0, values.length);
    let worst = 0;
    let fartherThanANeighbour = 0;
    values.forEach((x, i) => {
      const h = halfBits(bytes, i);
      const neighbours = [h - 1, h + 1]
        .filter((n) => n >= 0 && (n & 0x7fff) < 0x7c00 && n >> 15 === h >> 15)
        .map((n) => decodeFloat16(new Uint8Array([n & 0xff, n >> 8]), 0, 1)[0]);
      const error = Math.abs(x - rounded[i]);
      if (neighbours.some((n) => Math.abs(x - n) < error)) fartherThanANeighbour++;
      if (Math.abs(x) > 2 ** -14 && Math.abs(x) < 65504)
        worst = Math.max(worst, error / Math.abs(x));
    });
    expect(fartherThanANeighbour).toBe(0);
    // binary16 keeps 11 significant bits: a normal number is off by at most 2^−11 of itself
    expect(worst).toBeLessThanOrEqual(2 ** -11);
    console.log(`float16: largest relative rounding error ${worst.toExponential(3)} (bound 2^-11)`);
  });

  it('saturates to infinity past 65504 and keeps signs of zero', () => {
    const bytes = encode([65504, 65520, -1e9, 0, -0, 1e-9]);
    expect([0, 1, 2, 3, 4, 5].map((i) => halfBits(bytes, i))).toEqual([
      0x7bff, 0x7c00, 0xfc00, 0x0000, 0x8000, 0x0000,
    ]);
  });
});

describe('a model with 16-bit weights', () => {
  it('predicts as its 32-bit self: logits within 1% of their spread, the same top word', () => {
    const config = { ...TINY_CONFIG, dModel: 32, heads: 4, dFF: 64 };
    const params = initParams(config, 3);
    const batch = makeBatch(randomPairs(4, 16, config, 3, 9));
    const logits = () => {
      const backprop = createBackprop(config, params);
      backprop.forward(batch, 0);
      return backprop.logits().slice();
    };
    const before = logits();
    roundToFloat16(params);
    const after = logits();
    const V = config.tgtVocabSize;
    let worst = 0;
    let sameTop = 0;
    const rows = before.length / V;
    for (let r = 0; r < rows; r++) {
      const row = (x: Float32Array) => Array.from(x.subarray(r * V, (r + 1) * V));
      const [b, a] = [row(before), row(after)];
      const spread = Math.max(...b) - Math.min(...b);
      b.forEach((value, v) => (worst = Math.max(worst, Math.abs(value - a[v]) / spread)));
      if (b.indexOf(Math.max(...b)) === a.indexOf(Math.max(...a))) sameTop++;
    }
    console.log(`16-bit weights: largest logit change ${worst.toExponential(2)} of a row's spread`);
    expect(worst).toBeLessThan(0.01);
    expect(sameTop / rows).toBeGreaterThanOrEqual(0.98);
  });
});
