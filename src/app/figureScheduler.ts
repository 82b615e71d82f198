/**
 * When the figures are given a finished run. The translation shows as soon as a run finishes;
 * the figures are given it in the task right after, so that both usually reach the screen in
 * the same frame, and a slow redraw never holds up the translation's own commit. Only the
 * figures near the viewport redraw (see views/FigureScope.tsx), which keeps this quick. Should
 * redraws still take longer than SLOW_REDRAW_MS (a slow machine, a heavy figure in view), the
 * figures wait until the reader has paused that long (at most LONGEST_PAUSE_MS), so that typing
 * never queues behind them: they catch up with the newest sentence whenever the reader stops.
 * A redraw's time is the median of the last few, so one slow frame does not hold up the next.
 */
import type { CompletedRun } from '../worker/runTypes';

/** A redraw this long still lets a key typed meanwhile show within the page's 50 ms budget. */
const SLOW_REDRAW_MS = 50;
const LONGEST_PAUSE_MS = 400;
const REDRAWS_KEPT = 3;

export interface FigureScheduler {
  /** The reader changed the sentence or the decoding. */
  edited: () => void;
  /** A run finished: give it to the figures when its turn comes (a newer one replaces it). */
  finished: (run: CompletedRun) => void;
  cancel: () => void;
}

export function scheduleFigures(present: (run: CompletedRun) => void): FigureScheduler {
  let pending: CompletedRun | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastEditAt = -Infinity;
  const redrawMs: number[] = [];
  const typicalRedrawMs = () =>
    [...redrawMs].sort((a, b) => a - b)[(redrawMs.length - 1) >> 1] ?? 0;

  const presentWhenQuiet = () => {
    timer = undefined;
    if (!pending) return;
    const redraw = typicalRedrawMs();
    const pause = redraw > SLOW_REDRAW_MS ? Math.min(redraw, LONGEST_PAUSE_MS) : 0;
    const wait = lastEditAt + pause - performance.now();
    if (wait > 0) {
      timer = setTimeout(presentWhenQuiet, wait);
      return;
    }
    const run = pending;
    pending = null;
    const started = performance.now();
    present(run);
    // A redraw's time is React's work, done in a microtask queued by `present`, plus the next
    // frame's style, layout and paint (from its animation frame to the task after it), without
    // the wait for that frame between them.
    queueMicrotask(() => {
      const rendering = performance.now() - started;
      requestAnimationFrame(() => {
        const frameStart = performance.now();
        setTimeout(() => {
          redrawMs.push(rendering + performance.now() - frameStart);
          if (redrawMs.length > REDRAWS_KEPT) redrawMs.shift();
        });
      });
    });
  };

  const cancel = () => {
    pending = null;
    clearTimeout(timer);
    timer = undefined;
  };

  return {
    edited: () => {
      lastEditAt = performance.now();
    },
    finished: (run) => {
      cancel();
      pending = run;
      // A task of its own, after the one that commits the translation.
      timer = setTimeout(presentWhenQuiet);
    },
    cancel,
  };
}
