import { describe, expect, it } from 'vitest';
import {
  clampLength,
  dimensionRole,
  formatPostStyle,
  MAX_HEATMAP_LENGTH,
  toyTable,
} from '../../../src/views/positional/layout';

describe('toyTable', () => {
  it('computes the post’s d = 4 table: 0 0 1 1 / .841 .0001 .540 1 / .909 .0002 -.416 1', () => {
    const table = toyTable();
    const rows = [0, 1, 2].map((p) =>
      Array.from(table.data.subarray(p * 4, p * 4 + 4), formatPostStyle).join(' '),
    );
    expect(rows).toEqual(['0 0 1 1', '.841 .0001 .540 1', '.909 .0002 -.416 1']);
  });
});

describe('formatPostStyle', () => {
  it('drops the leading zero, keeps three decimals, writes whole numbers bare', () => {
    expect(formatPostStyle(0.5403)).toBe('.540');
    expect(formatPostStyle(-0.41615)).toBe('-.416');
    expect(formatPostStyle(0.99999999)).toBe('1');
    expect(formatPostStyle(-1)).toBe('-1');
    expect(formatPostStyle(0)).toBe('0');
  });

  it('writes values too small for three decimals to their first significant digit', () => {
    expect(formatPostStyle(0.000099999997)).toBe('.0001');
    expect(formatPostStyle(-0.0002)).toBe('-.0002');
  });
});

describe('dimensionRole', () => {
  it('puts sines in the first half and cosines in the second in the concatenated layout', () => {
    expect(dimensionRole(3, 8, 'concatenated')).toEqual({ fn: 'sin', frequency: 3 });
    expect(dimensionRole(5, 8, 'concatenated')).toEqual({ fn: 'cos', frequency: 1 });
  });

  it('alternates sine and cosine in the interleaved layout', () => {
    expect(dimensionRole(4, 8, 'interleaved')).toEqual({ fn: 'sin', frequency: 2 });
    expect(dimensionRole(5, 8, 'interleaved')).toEqual({ fn: 'cos', frequency: 2 });
  });
});

describe('clampLength', () => {
  it('keeps the length a whole number of positions within the control’s range', () => {
    expect(clampLength(0)).toBe(1);
    expect(clampLength(20.4)).toBe(20);
    expect(clampLength(1000)).toBe(MAX_HEATMAP_LENGTH);
    expect(clampLength(NaN)).toBe(1);
  });
});
