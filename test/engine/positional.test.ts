import { describe, expect, it } from 'vitest';
import { positionalEncoding } from '../../src/engine/model/positional';

describe('positionalEncoding', () => {
  it("reproduces the post's d = 4 concatenated table to the shown digits", () => {
    const pe = positionalEncoding(3, 4, 'concatenated');
    expect(pe.shape).toEqual([3, 4]);
    const shown = [
      [0, 0, 1, 1],
      [0.841, 0.0001, 0.54, 1],
      [0.909, 0.0002, -0.416, 1],
    ];
    shown.forEach((row, pos) =>
      row.forEach((value, dim) => {
        const digits = value === 0.0001 || value === 0.0002 ? 4 : 3;
        expect(Number(pe.data[pos * 4 + dim].toFixed(digits))).toBe(value);
      }),
    );
  });

  it('puts sin on even dimensions and cos on odd ones in the interleaved (paper) layout', () => {
    const d = 8;
    const pe = positionalEncoding(5, d, 'interleaved');
    for (let pos = 0; pos < 5; pos++) {
      for (let i = 0; i < d / 2; i++) {
        const angle = pos / Math.pow(10000, (2 * i) / d);
        expect(pe.data[pos * d + 2 * i]).toBeCloseTo(Math.sin(angle), 6);
        expect(pe.data[pos * d + 2 * i + 1]).toBeCloseTo(Math.cos(angle), 6);
      }
    }
  });

  it('puts all sines before all cosines in the concatenated layout', () => {
    const d = 6;
    const pe = positionalEncoding(4, d, 'concatenated');
    for (let pos = 0; pos < 4; pos++) {
      for (let i = 0; i < d / 2; i++) {
        const angle = pos * Math.exp((-i * Math.log(10000)) / (d / 2 - 1));
        expect(pe.data[pos * d + i]).toBeCloseTo(Math.sin(angle), 6);
        expect(pe.data[pos * d + d / 2 + i]).toBeCloseTo(Math.cos(angle), 6);
      }
    }
  });

  it('rejects an odd d_model in the concatenated layout', () => {
    expect(() => positionalEncoding(2, 5, 'concatenated')).toThrow(/even d_model/);
  });
});
