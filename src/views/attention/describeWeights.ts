/**
 * Plain sentences about a row of attention weights, computed from the numbers: what a reader
 * sees in the figure, never what a trained model is supposed to do.
 */

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

/** A weight as a reader reads it: two decimals, three when it is small. */
export function formatWeight(weight: number): string {
  return weight < 0.1 ? weight.toFixed(3) : weight.toFixed(2);
}

/** “the strongest line goes to "animal" (0.31), then "street" (0.12) and "it" (0.10)”. */
export function describeStrongest(ranked: readonly RankedKey[]): string {
  if (ranked.length === 0) return 'there are no lines to compare';
  const named = ranked.map(({ token, weight }) => `“${token}” (${formatWeight(weight)})`);
  const [first, ...rest] = named;
  if (rest.length === 0) return `the strongest line goes to ${first}`;
  const last = rest.pop();
  const middle = rest.length > 0 ? `${rest.join(', ')} and ${last}` : last;
  return `the strongest line goes to ${first}, then ${middle}`;
}

/**
 * How far a row is from spreading its attention evenly: the largest weight as a multiple of
 * 1 / n, the weight every key would get if all scores were equal.
 */
export function peakOverUniform(weights: ArrayLike<number>): number {
  if (weights.length === 0) return 0;
  return Math.max(...Array.from(weights)) * weights.length;
}
