/**
 * When the figures are given a finished run. The translation shows as soon as a run finishes;
 * the figures, which can take far longer to redraw than the engine takes to run, are given it
 * just after that frame is painted. When their last redraw took longer than a frame, they wait
 * until the reader has paused that long (at most LONGEST_PAUSE_MS), so that typing never queues
 * behind them: the figures catch up with the newest sentence whenever the reader stops.
 */
import type { CompletedRun } from '../worker/runTypes';

const FRAME_MS = 16;
const LONGEST_PAUSE_MS = 400;

export interface FigureScheduler {
  /** The reader changed the sentence or the decoding. */
  edited: () => void;
  /** A run finished: give it to the figures when its turn comes (a newer one replaces it). */
  finished: (run: CompletedRun) => void;
  cancel: () => void;
}

export function scheduleFigures(present: (run: CompletedRun) => void): FigureScheduler {
  let pending: CompletedRun | null = null;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastEditAt = -Infinity;
  let lastRedrawMs = 0;

  const presentWhenQuiet = () => {
    timer = undefined;
    if (!pending) return;
    const pause = lastRedrawMs > FRAME_MS ? Math.min(lastRedrawMs, LONGEST_PAUSE_MS) : 0;
    const wait = lastEditAt + pause - performance.now();
    if (wait > 0) {
      timer = setTimeout(presentWhenQuiet, wait);
      return;
    }
    const run = pending;
    pending = null;
    const started = performance.now();
    present(run);
    // The next frame is painted once the figures are drawn; the task after it measures that.
    requestAnimationFrame(() =>
      setTimeout(() => {
        lastRedrawMs = performance.now() - started;
      }),
    );
  };

  const cancel = () => {
    pending = null;
    cancelAnimationFrame(frame);
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
      // After the frame that shows the translation.
      frame = requestAnimationFrame(() => {
        timer = setTimeout(presentWhenQuiet);
      });
    },
    cancel,
  };
}
