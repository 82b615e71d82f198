/**
 * A progress line for long runs: `step 1200/6000 [#####.....] 20%  ETA 4m10s  <details>`.
 * On a terminal it rewrites itself; in a log (CI) it prints a line every few seconds instead.
 */
export class ProgressLine {
  private readonly started = performance.now();
  private lastPrinted = 0;
  private readonly interactive = Boolean(process.stderr.isTTY);

  /** `alreadyDone` steps were done before this run started (a resumed training): not timed. */
  constructor(
    private readonly total: number,
    private readonly alreadyDone = 0,
  ) {}

  update(done: number, details: string): void {
    const now = performance.now();
    if (done < this.total && now - this.lastPrinted < (this.interactive ? 200 : 10_000)) return;
    this.lastPrinted = now;
    const fraction = done / this.total;
    const width = 24;
    const bar = '#'.repeat(Math.round(fraction * width)).padEnd(width, '.');
    const doneHere = Math.max(done - this.alreadyDone, 1);
    const secondsLeft = ((now - this.started) / 1000 / doneHere) * (this.total - done);
    const line = `step ${done}/${this.total} [${bar}] ${(100 * fraction).toFixed(0)}%  ETA ${formatDuration(secondsLeft)}  ${details}`;
    if (this.interactive) process.stderr.write(`\r${line}\u001b[K`);
    else process.stderr.write(`${line}\n`);
  }

  /** A message on its own line, leaving the progress line below it. */
  log(message: string): void {
    if (this.interactive) process.stderr.write('\r\u001b[K');
    console.log(message);
  }
}

function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}
