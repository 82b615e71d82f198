/**
 * A countdown of a worker's silence that counts only time the page itself was free. Where a
 * worker runs on the page's own thread (in tests), or the page was frozen by the system, a long
 * stretch without a word says nothing about the worker: each tick counts at most two ticks' time.
 */
export class Countdown {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private counted = 0;
  private lastTick = 0;
  private readonly tickMs: number;

  constructor(
    private readonly limitMs: number,
    private readonly expired: () => void,
  ) {
    this.tickMs = Math.max(10, Math.min(1000, limitMs / 5));
  }

  /** Starts counting from zero. */
  start(): void {
    this.stop();
    this.counted = 0;
    this.lastTick = Date.now();
    this.timer = setTimeout(this.tick, this.tickMs);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly tick = () => {
    const now = Date.now();
    this.counted += Math.min(now - this.lastTick, 2 * this.tickMs);
    this.lastTick = now;
    if (this.counted >= this.limitMs) {
      this.timer = undefined;
      this.expired();
    } else {
      this.timer = setTimeout(this.tick, this.tickMs);
    }
  };
}
