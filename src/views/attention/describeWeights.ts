/**
 * Plain sentences about a row of attention weights, computed from the numbers: what a reader
 * sees in the figure, never what a trained model is supposed to do.
 */
import type { Catalogue } from '../../i18n';

export interface RankedKey {
  key: number;
  token: string;
  weight: number;
}

/** The `count` keys with the largest weights, largest first (ties keep sentence order). */
export function strongestKeys(
  weights: ArrayLike<number>,
  tokens: readonly string[],
  count: number,
): RankedKey[] {
  return Array.from(weights, (weight, key) => ({ key, token: tokens[key] ?? '', weight }))
    .sort((a, b) => b.weight - a.weight || a.key - b.key)
    .slice(0, count);
}

/**
 * “the strongest line goes to "animal" (0.31), then "street" (0.12) and "it" (0.10)”, in the
 * catalogue's words; of a table's weights rather than a figure's lines, “the largest weight …”.
 */
export function describeStrongest(
  ranked: readonly RankedKey[],
  text: Catalogue['attention'],
  of: 'lines' | 'weights' = 'lines',
): string {
  if (ranked.length === 0) return text.noLines;
  const [first, ...rest] = ranked.map(({ token, weight }) => text.weighted(token, weight));
  return of === 'lines' ? text.strongestLine(first, rest) : text.largestWeight(first, rest);
}

/**
 * How far a row is from spreading its attention evenly: the largest weight as a multiple of
 * 1 / n, the weight every key would get if all scores were equal.
 */
export function peakOverUniform(weights: ArrayLike<number>): number {
  if (weights.length === 0) return 0;
  return Math.max(...Array.from(weights)) * weights.length;
}
