/**
 * How long a test waits for real work (a model loading, a first translation, a worker's reply):
 * long enough for a 2-core machine busy with other work, never the 1 s default of vi.waitFor.
 */
export const REAL_WORK = { timeout: 30_000, interval: 20 } as const;
