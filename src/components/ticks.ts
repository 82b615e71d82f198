/** Tick values of a colour legend: the ends of the domain, and 0 where it lies inside. */
import type { ColorScale } from './scales';

export interface LegendTick {
  value: number;
  /** Position along the bar, 0 at the left end and 1 at the right end. */
  t: number;
}

export function legendTicks(scale: Pick<ColorScale, 'min' | 'max'>): LegendTick[] {
  const span = scale.max - scale.min;
  const values =
    scale.min < 0 && scale.max > 0 ? [scale.min, 0, scale.max] : [scale.min, scale.max];
  return values.map((value) => ({ value, t: span > 0 ? (value - scale.min) / span : 0 }));
}

/** Evenly spaced samples t ∈ [0, 1] for the stops of a legend's gradient. */
export function gradientStops(count: number): number[] {
  const stops: number[] = [];
  for (let i = 0; i < count; i++) stops.push(count === 1 ? 0 : i / (count - 1));
  return stops;
}
