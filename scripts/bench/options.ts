/** Command-line options of `npm run bench`. */

export interface BenchOptions {
  /** Timed calls per case. */
  iterations: number;
  /** Untimed calls per case before timing starts. */
  warmup: number;
  /** Only the tasks whose name contains this (all when empty). */
  only: string;
}

const DEFAULT_ITERATIONS = 50;

export function parseOptions(args: readonly string[]): BenchOptions {
  let iterations = DEFAULT_ITERATIONS;
  let only = '';
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--only') {
      only = args[++i] ?? '';
    } else if (args[i] === '--iterations') {
      iterations = Number(args[++i]);
    } else if (args[i].startsWith('--iterations=')) {
      iterations = Number(args[i].slice('--iterations='.length));
    } else {
      throw new Error(`unknown option "${args[i]}"; usage: bench [--iterations N] [--only TASK]`);
    }
  }
  if (!Number.isInteger(iterations) || iterations < 1) {
    throw new Error(`--iterations needs a positive whole number`);
  }
  return { iterations, warmup: Math.max(3, Math.ceil(iterations / 5)), only };
}
