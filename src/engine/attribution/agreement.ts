/**
 * How far two attributions agree, and how often one points at the gold-aligned source word.
 */

/** Ranks 1 … n, ties sharing the mean of the ranks they span. */
export function ranks(values: ArrayLike<number>): Float64Array {
  const order = Array.from({ length: values.length }, (_, i) => i).sort(
    (a, b) => values[a] - values[b],
  );
  const result = new Float64Array(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && values[order[end]] === values[order[start]]) end++;
    const shared = (start + 1 + end) / 2;
    for (let i = start; i < end; i++) result[order[i]] = shared;
    start = end;
  }
  return result;
}

/**
 * Spearman's rank correlation ρ: the Pearson correlation of the two rankings,
 *   ρ = Σ (r_i − r̄)(q_i − q̄) / √(Σ (r_i − r̄)² · Σ (q_i − q̄)²)
 * NaN when either list is constant (no ranking to compare).
 */
export function spearman(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) {
    throw new Error(
      `rank correlation needs two lists of one length, found ${a.length} and ${b.length}`,
    );
  }
  const ra = ranks(a);
  const rb = ranks(b);
  const mean = (ra.length + 1) / 2;
  let both = 0;
  let onlyA = 0;
  let onlyB = 0;
  for (let i = 0; i < ra.length; i++) {
    both += (ra[i] - mean) * (rb[i] - mean);
    onlyA += (ra[i] - mean) ** 2;
    onlyB += (rb[i] - mean) ** 2;
  }
  return onlyA === 0 || onlyB === 0 ? Number.NaN : both / Math.sqrt(onlyA * onlyB);
}

/** Where a method points: the source position with the largest |score| (the first, on a tie). */
export function strongestPosition(scores: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < scores.length; i++) {
    if (Math.abs(scores[i]) > Math.abs(scores[best])) best = i;
  }
  return best;
}

/** Gold links as [source position, output word position]. */
export type GoldAlignment = readonly (readonly [number, number])[];

/**
 * Share of the output words with a gold link whose method points at a linked source word.
 * scoresByWord maps an output position to the method's scores over the source; words without
 * scores or without a gold link are not counted. NaN when none is counted.
 */
export function alignmentAccuracy(
  scoresByWord: ReadonlyMap<number, ArrayLike<number>>,
  gold: GoldAlignment,
): number {
  let counted = 0;
  let right = 0;
  for (const [position, scores] of scoresByWord) {
    const linked = gold.filter(([, t]) => t === position).map(([s]) => s);
    if (linked.length === 0) continue;
    counted++;
    if (linked.includes(strongestPosition(scores))) right++;
  }
  return counted === 0 ? Number.NaN : right / counted;
}
