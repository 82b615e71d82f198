/**
 * Timing: warm up (JIT, caches, lazily compiled wasm), then time each call on its own.
 */

export interface Timings {
  medianMs: number;
  p90Ms: number;
}

/** The value below which a fraction `q` of the sorted samples fall (nearest rank). */
function quantile(sorted: readonly number[], q: number): number {
  const rank = Math.ceil(q * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

export function measure(run: () => void, warmup: number, iterations: number): Timings {
  for (let i = 0; i < warmup; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: quantile(samples, 0.5), p90Ms: quantile(samples, 0.9) };
}
