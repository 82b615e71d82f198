/**
 * A computation handed out step by step, run to its end at once: each value it hands out is
 * told to `onEach`, and its result returned.
 */
export function runToEnd<T, R>(steps: Generator<T, R, void>, onEach?: (value: T) => void): R {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    onEach?.(next.value);
  }
}
