/** Order statistics of timings. */

/** The value at or below which p % of `sorted` lie (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

export interface Summary {
  count: number;
  median: number;
  p95: number;
  max: number;
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? NaN,
  };
}

/** "median 12.3 ms, p95 20.1 ms, max 25.0 ms" */
export function formatSummary({ median, p95, max }: Summary, digits = 1): string {
  return `median ${median.toFixed(digits)} ms, p95 ${p95.toFixed(digits)} ms, max ${max.toFixed(digits)} ms`;
}
