/**
 * What every property test allows: a result, or an error of a named kind, and time that grows
 * with the input's length no faster than linearly.
 */
import { expect } from 'vitest';

/**
 * Milliseconds an input of `length` characters or bytes may take: a fixed allowance for a busy
 * machine's pauses (garbage collection, another process's turn) plus a few microseconds each.
 * Work that grows with the square of the length overruns it by far on the long inputs.
 */
export function linearBudgetMs(length: number): number {
  return 250 + 0.02 * length;
}

/** Runs `work` on an input of `length`, expecting it to finish within linearBudgetMs. */
export function withinLinearTime<T>(length: number, work: () => T): T {
  const start = performance.now();
  const result = work();
  const elapsed = performance.now() - start;
  expect(elapsed, `${elapsed.toFixed(1)} ms for an input of ${length}`).toBeLessThan(
    linearBudgetMs(length),
  );
  return result;
}

/** The outcome of `work`: its result, or the error it threw if that is of the `named` kind. */
export function resultOrNamedError<T>(
  work: () => T,
  named: new (...args: never[]) => Error,
): { ok: true; value: T } | { ok: false; error: Error } {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    expect(error, `threw ${String(error)}`).toBeInstanceOf(named);
    return { ok: false, error: error as Error };
  }
}
