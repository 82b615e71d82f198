import { describe, expect, it } from 'vitest';
import { color as parseColor } from 'd3';
import {
  divergingScale,
  MASKED_COLOR,
  maxAbsOf,
  sequentialScale,
  textColorOn,
} from '../../src/components/scales';

function lightness(css: string): number {
  const rgb = parseColor(css)?.rgb();
  if (!rgb) throw new Error(`not a colour: ${css}`);
  return (rgb.r + rgb.g + rgb.b) / 3;
}

describe('divergingScale', () => {
  it('is symmetric around 0 with the bound as its ends', () => {
    const scale = divergingScale(2);
    expect(scale.min).toBe(-2);
    expect(scale.max).toBe(2);
    expect(scale.color(0)).toBe(scale.at(0.5));
    expect(scale.color(2)).toBe(scale.at(1));
    expect(scale.color(-2)).toBe(scale.at(0));
  });

  it('draws 0 lightest and both extremes darker, in different hues', () => {
    const scale = divergingScale(1);
    expect(lightness(scale.color(0))).toBeGreaterThan(lightness(scale.color(1)));
    expect(lightness(scale.color(0))).toBeGreaterThan(lightness(scale.color(-1)));
    expect(scale.color(1)).not.toBe(scale.color(-1));
  });

  it('draws positive values orange and negative values purple, as the legends say', () => {
    const positive = parseColor(divergingScale(1).color(0.8))?.rgb();
    const negative = parseColor(divergingScale(1).color(-0.8))?.rgb();
    if (!positive || !negative) throw new Error('the scale gave no colour');
    expect(positive.r).toBeGreaterThan(positive.b);
    expect(negative.b).toBeGreaterThan(negative.r);
  });

  it('clamps values beyond the bound to the end colours', () => {
    const scale = divergingScale(1);
    expect(scale.color(5)).toBe(scale.color(1));
    expect(scale.color(-5)).toBe(scale.color(-1));
  });

  it('takes the bound as a magnitude and survives an all-zero vector', () => {
    expect(divergingScale(-3).max).toBe(3);
    const flat = divergingScale(0);
    expect(flat.max).toBeGreaterThan(0);
    expect(flat.color(0)).toBe(flat.at(0.5));
  });

  it('greys out −∞ and NaN', () => {
    expect(divergingScale(1).color(-Infinity)).toBe(MASKED_COLOR);
    expect(divergingScale(1).color(NaN)).toBe(MASKED_COLOR);
  });
});

describe('sequentialScale', () => {
  it('runs from dark at 0 to light at max', () => {
    const scale = sequentialScale(1);
    expect(scale.min).toBe(0);
    expect(lightness(scale.color(1))).toBeGreaterThan(lightness(scale.color(0)));
    expect(lightness(scale.color(0.5))).toBeGreaterThan(lightness(scale.color(0.1)));
  });

  it('greys out masked weights', () => {
    expect(sequentialScale().color(-Infinity)).toBe(MASKED_COLOR);
  });
});

describe('maxAbsOf', () => {
  it('finds the largest finite magnitude', () => {
    expect(maxAbsOf(new Float32Array([0.5, -3, 2, -Infinity]))).toBe(3);
    expect(maxAbsOf([])).toBe(0);
  });
});

describe('textColorOn', () => {
  it('keeps every cell’s number readable: at least 4.5:1 against the cell, across both scales', () => {
    const luminance = (css: string) => {
      const rgb = parseColor(css)?.rgb();
      if (!rgb) throw new Error(`not a colour: ${css}`);
      const linear = (c: number) =>
        c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4;
      return 0.2126 * linear(rgb.r) + 0.7152 * linear(rgb.g) + 0.0722 * linear(rgb.b);
    };
    for (const scale of [divergingScale(1), sequentialScale(1)]) {
      for (let t = 0; t <= 1; t += 0.01) {
        const value = scale.min + t * (scale.max - scale.min);
        const [a, b] = [luminance(scale.color(value)), luminance(textColorOn(value, scale))];
        expect((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('writes white on dark cells and ink on light ones', () => {
    expect(textColorOn(0, sequentialScale(1))).toBe('#ffffff');
    expect(textColorOn(1, sequentialScale(1))).toBe('#1d2433');
    expect(textColorOn(0, divergingScale(1))).toBe('#1d2433');
    expect(textColorOn(1, divergingScale(1))).toBe('#ffffff');
  });
});
