/**
 * Colour scales for the figures. Both are colour-blind safe (ColorBrewer's PuOr, viridis) and
 * carry their own domain so a legend can be drawn from the scale alone.
 */
import { color, interpolatePuOr, interpolateViridis } from 'd3';

/** The colour of a cell that attention may not look at (a −∞ score, a masked weight). */
export const MASKED_COLOR = '#c9c9c9';

export interface ColorScale {
  readonly kind: 'diverging' | 'sequential';
  /** Lowest value of the domain: −maxAbs for diverging scales, 0 for sequential ones. */
  readonly min: number;
  readonly max: number;
  /** CSS colour of a value; values outside the domain take the end colour, −∞ and NaN are grey. */
  color(value: number): string;
  /** CSS colour at t ∈ [0, 1] along the domain, for drawing the legend's gradient. */
  at(t: number): string;
}

/** A domain bound that is never zero, so an all-zero vector still gets a drawable scale. */
function positiveBound(bound: number): number {
  return Number.isFinite(bound) && bound > 0 ? bound : 1e-12;
}

function clamp01(t: number): number {
  return t < 0 ? 0 : t > 1 ? 1 : t;
}

/**
 * Signed values, symmetric around 0: negative purple, 0 near white, positive orange.
 * Symmetric so that white always means 0, whatever the vector's range.
 */
export function divergingScale(maxAbs: number): ColorScale {
  const bound = positiveBound(Math.abs(maxAbs));
  // d3's PuOr runs purple (t = 0) to orange (t = 1): negative values purple, positive orange.
  const at = (t: number) => interpolatePuOr(clamp01(t));
  return {
    kind: 'diverging',
    min: -bound,
    max: bound,
    at,
    color: (value) =>
      Number.isNaN(value) || value === -Infinity ? MASKED_COLOR : at((value + bound) / (2 * bound)),
  };
}

/** Weights in [0, max] (attention weights, probabilities): dark for 0, bright yellow for max. */
export function sequentialScale(max = 1): ColorScale {
  const bound = positiveBound(max);
  const at = (t: number) => interpolateViridis(clamp01(t));
  return {
    kind: 'sequential',
    min: 0,
    max: bound,
    at,
    color: (value) =>
      Number.isNaN(value) || value === -Infinity ? MASKED_COLOR : at(value / bound),
  };
}

/** Largest |value| among the finite values: the bound a diverging scale needs to show them all. */
export function maxAbsOf(values: ArrayLike<number>): number {
  let largest = 0;
  for (let i = 0; i < values.length; i++) {
    const magnitude = Math.abs(values[i]);
    if (Number.isFinite(magnitude) && magnitude > largest) largest = magnitude;
  }
  return largest;
}

/** WCAG 2 relative luminance of an sRGB colour. */
function luminance(css: string): number {
  const rgb = color(css)?.rgb();
  if (!rgb) return 0;
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(rgb.r) + 0.7152 * linear(rgb.g) + 0.0722 * linear(rgb.b);
}

/** WCAG 2 contrast ratio of two luminances, from 1 to 21. */
function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** Text that the cell's colour leaves readable, at least 4.5:1 (WCAG AA for small text). */
const READABLE = 4.5;

/**
 * White or ink, whichever stands out more from the cell; black where neither reaches 4.5:1
 * (mid-tone oranges), which always does.
 */
export function textColorOn(value: number, scale: ColorScale): string {
  const cell = luminance(scale.color(value));
  const onWhite = contrast(cell, 1);
  const onInk = contrast(cell, luminance('#1d2433'));
  if (Math.max(onWhite, onInk) >= READABLE) return onWhite >= onInk ? '#ffffff' : '#1d2433';
  return onWhite >= contrast(cell, 0) ? '#ffffff' : '#000000';
}
