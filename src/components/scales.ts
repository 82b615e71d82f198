/**
 * Colour scales for the figures. Both are colour-blind safe (ColorBrewer's PuOr, viridis) and
 * carry their own domain so a legend can be drawn from the scale alone.
 */
import { interpolatePuOr, interpolateViridis } from 'd3';

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
  // PuOr runs orange (t = 0) to purple (t = 1); flipped so that positive values read warm.
  const at = (t: number) => interpolatePuOr(1 - clamp01(t));
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

/** Dark text on light cells, light text on dark ones: viridis is dark at 0, PuOr at both ends. */
export function textColorOn(value: number, scale: ColorScale): string {
  const t = (value - scale.min) / (scale.max - scale.min);
  const dark = scale.kind === 'sequential' ? t < 0.55 : t < 0.2 || t > 0.8;
  return dark ? '#ffffff' : '#1d2433';
}
