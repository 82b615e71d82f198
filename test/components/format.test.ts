import { describe, expect, it } from 'vitest';
import { formatValue, shapeCaption } from '../../src/components/format';

describe('formatValue', () => {
  it('writes three significant digits without trailing zeros', () => {
    expect(formatValue(0.841471)).toBe('0.841');
    expect(formatValue(-0.4161468)).toBe('-0.416');
    expect(formatValue(1)).toBe('1');
    expect(formatValue(12.345)).toBe('12.3');
    expect(formatValue(0.5)).toBe('0.5');
  });

  it('writes probabilities down to 1e-4 as plain decimals, two significant digits under 1e-3', () => {
    expect(formatValue(0.000696)).toBe('0.0007');
    expect(formatValue(0.0001234)).toBe('0.00012');
    expect(formatValue(-0.000987)).toBe('-0.00099');
    expect(formatValue(0.0001)).toBe('0.0001');
  });

  it('writes really tiny and huge magnitudes with an exponent', () => {
    expect(formatValue(0.0000999)).toBe('9.99e-5');
    expect(formatValue(-0.00005)).toBe('-5e-5');
    expect(formatValue(123456)).toBe('1.23e5');
  });

  it('rounds magnitudes in the thousands to whole numbers', () => {
    expect(formatValue(2048.4)).toBe('2048');
  });

  it('names zero, infinities and NaN plainly', () => {
    expect(formatValue(0)).toBe('0');
    expect(formatValue(-Infinity)).toBe('−∞');
    expect(formatValue(Infinity)).toBe('∞');
    expect(formatValue(NaN)).toBe('NaN');
  });

  it('gives a number that parses back within its rounding', () => {
    for (const value of [0.123456, -3.14159, 0.000987654, 42.4242]) {
      const parsed = Number(formatValue(value));
      expect(Math.abs(parsed - value) / Math.abs(value)).toBeLessThan(5e-3);
    }
  });
});

describe('shapeCaption', () => {
  it('writes the name then the shape as the post does', () => {
    expect(shapeCaption('Q', [9, 16])).toBe('Q  [9 × 16]');
  });
});
