/**
 * The shapes of a benchmark: a task (one thing to compute) measured by several runners side by
 * side, and the budgets that compare their medians.
 */

/** What `prepare` hands back: the function to time, and how to free what it set up. */
export interface PreparedCase {
  run: () => void;
  dispose?: () => void;
}

export interface BenchCase {
  /** Who computes it, e.g. `engine`, `tfjs-wasm`. Unique within its task. */
  runner: string;
  /** Selects a backend, uploads weights and so on, outside the timed region. */
  prepare: () => Promise<PreparedCase>;
  /** The floating-point operations of one call (see flops.ts), where they are counted. */
  flops?: number;
}

/**
 * `faster` must take at most 1/`factor` of the median time of `slower`:
 * median(faster) × factor ≤ median(slower).
 */
export interface Budget {
  label: string;
  faster: string;
  slower: string;
  factor: number;
}

export interface BenchTask {
  name: string;
  /** The task every other's speed is compared to: plain JavaScript's ceiling. */
  ceiling?: boolean;
  /** The first case, the engine's, is the one the others' ratios are taken against. */
  cases: BenchCase[];
  budgets: Budget[];
}

export interface CaseResult {
  runner: string;
  medianMs: number;
  p90Ms: number;
  /** median ÷ the median of the task's first case. */
  ratio: number;
  /** Achieved speed at the median, in billions of floating-point operations a second. */
  gflops?: number;
}

export interface BudgetResult {
  label: string;
  pass: boolean;
  /** The speed-up the budget asks for. */
  factor: number;
  /** median(slower) ÷ median(faster): how many times faster the faster runner is. */
  speedup: number;
}

export interface TaskResult {
  name: string;
  /** The task every other's speed is compared to: plain JavaScript's ceiling. */
  ceiling?: boolean;
  cases: CaseResult[];
  budgets: BudgetResult[];
}
