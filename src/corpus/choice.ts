/** Seeded choices for the generator, on top of the engine's seeded random numbers. */
import { randomInt, type Random } from '../engine';

export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick: nothing to choose from');
  return items[randomInt(random, items.length)];
}

/** True with probability p. */
export function chance(random: Random, p: number): boolean {
  return random() < p;
}

/** One of the keys, each with probability proportional to its weight. */
export function weighted<K extends string>(
  random: Random,
  weights: Readonly<Record<K, number>>,
): K {
  const entries = Object.entries(weights) as [K, number][];
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [key, w] of entries) {
    r -= w;
    if (r < 0) return key;
  }
  return entries[entries.length - 1][0];
}
