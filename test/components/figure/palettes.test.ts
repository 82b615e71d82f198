/**
 * Colours must still tell things apart for readers with colour-vision deficiency. Each palette
 * is simulated with Machado, Oliveira & Fernandes (2009), severity 1 (dichromacy), and compared
 * in CIELAB: categories stay apart, and scales keep the order of their values in lightness.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { color as parseColor } from 'd3';
import { divergingScale, sequentialScale } from '../../../src/components/scales';
import { headColor } from '../../../src/views/attention/headPalette';

type Matrix = readonly [readonly number[], readonly number[], readonly number[]];

/** The paper's matrices, applied to linear RGB. */
const DEFICIENCIES: Record<string, Matrix | null> = {
  'normal vision': null,
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const clamp = (c: number) => Math.min(1, Math.max(0, c));

/** CIELAB (D65) of a CSS colour as seen with `deficiency`. */
function seenAs(css: string, deficiency: Matrix | null): [number, number, number] {
  const rgb = parseColor(css)?.rgb();
  if (!rgb) throw new Error(`not a colour: ${css}`);
  const linear = [rgb.r, rgb.g, rgb.b].map((c) => toLinear(c / 255));
  const [r, g, b] = deficiency
    ? deficiency.map((row) => clamp(row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2]))
    : linear;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference: about 2 is just noticeable, above 10 plainly different. */
function difference(a: readonly number[], b: readonly number[]): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

function closestPair(colors: readonly string[], deficiency: Matrix | null): number {
  let closest = Infinity;
  for (let i = 0; i < colors.length; i++) {
    for (let j = i + 1; j < colors.length; j++) {
      const d = difference(seenAs(colors[i], deficiency), seenAs(colors[j], deficiency));
      closest = Math.min(closest, d);
    }
  }
  return closest;
}

/** Categories told apart by colour alone must differ by at least this much. */
const APART = 15;

function cssVariable(name: string): string {
  const css = readFileSync('src/app/app.css', 'utf8');
  const found = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(css);
  if (!found) throw new Error(`app.css defines no --${name}`);
  return found[1];
}

describe('categorical palettes under colour-vision deficiency', () => {
  it.each(Object.keys(DEFICIENCIES))('the eight head colours stay apart (%s)', (name) => {
    const heads = Array.from({ length: 8 }, (_, head) => headColor(head));
    expect(new Set(heads).size).toBe(8);
    expect(closestPair(heads, DEFICIENCIES[name])).toBeGreaterThanOrEqual(APART);
  });

  it.each(Object.keys(DEFICIENCIES))(
    'encoder, decoder and accent colours stay apart (%s)',
    (name) => {
      const sides = ['encoder', 'decoder', 'accent'].map(cssVariable);
      expect(closestPair(sides, DEFICIENCIES[name])).toBeGreaterThanOrEqual(APART);
    },
  );
});

describe('colour scales under colour-vision deficiency', () => {
  const samples = Array.from({ length: 21 }, (_, i) => i / 20);

  it.each(Object.keys(DEFICIENCIES))(
    'the sequential scale grows lighter with the value all the way (%s)',
    (name) => {
      const scale = sequentialScale(1);
      const lightness = samples.map((t) => seenAs(scale.at(t), DEFICIENCIES[name])[0]);
      for (let i = 1; i < lightness.length; i++) {
        expect(lightness[i]).toBeGreaterThan(lightness[i - 1]);
      }
    },
  );

  it.each(Object.keys(DEFICIENCIES))(
    'the diverging scale is lightest at 0 and darkens towards both ends (%s)',
    (name) => {
      const scale = divergingScale(1);
      const lightness = samples.map((t) => seenAs(scale.at(t), DEFICIENCIES[name])[0]);
      const middle = (lightness.length - 1) / 2;
      for (let i = 1; i <= middle; i++) expect(lightness[i]).toBeGreaterThan(lightness[i - 1]);
      for (let i = middle + 1; i < lightness.length; i++) {
        expect(lightness[i]).toBeLessThan(lightness[i - 1]);
      }
      // The two signs stay distinguishable at equal magnitude.
      const ends = [scale.at(0.1), scale.at(0.9)].map((c) => seenAs(c, DEFICIENCIES[name]));
      expect(difference(ends[0], ends[1])).toBeGreaterThanOrEqual(APART);
    },
  );
});
