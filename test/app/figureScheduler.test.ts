// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scheduleFigures } from '../../src/app/figureScheduler';
import type { CompletedRun } from '../../src/worker/runTypes';
import { completedRun } from '../store/fixtures';

beforeEach(() => {
  vi.useFakeTimers({
    toFake: [
      'setTimeout',
      'clearTimeout',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'performance',
      'queueMicrotask',
    ],
  });
});
afterEach(() => vi.useRealTimers());

const run = (id: number): CompletedRun => completedRun(id, ['a'], 'b');

describe('scheduleFigures', () => {
  it('gives the figures a finished run in the task after the one that shows its translation', () => {
    const presented: number[] = [];
    const figures = scheduleFigures((r) => presented.push(r.id));
    figures.finished(run(1));
    expect(presented).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(presented).toEqual([1]);
  });

  it('after quick redraws, draws every run while the reader types, without waiting for a pause', () => {
    const presented: number[] = [];
    const figures = scheduleFigures((r) => {
      presented.push(r.id);
      // The figures take 10 ms to redraw.
      vi.advanceTimersByTime(10);
    });
    for (let id = 1; id <= 4; id++) {
      figures.edited();
      figures.finished(run(id));
      vi.advanceTimersByTime(50);
    }
    expect(presented).toEqual([1, 2, 3, 4]);
  });

  it('gives only the newest of runs that finish before their turn', () => {
    const presented: number[] = [];
    const figures = scheduleFigures((r) => presented.push(r.id));
    figures.finished(run(1));
    figures.finished(run(2));
    vi.advanceTimersByTime(50);
    expect(presented).toEqual([2]);
  });

  it('after a slow redraw, waits for the reader to pause that long before redrawing again', () => {
    const presented: number[] = [];
    const figures = scheduleFigures((r) => {
      presented.push(r.id);
      // The figures take 200 ms to redraw.
      vi.advanceTimersByTime(200);
    });
    figures.finished(run(1));
    vi.advanceTimersByTime(50);
    expect(presented).toEqual([1]);

    // The reader keeps typing every 50 ms: each run finishes, none is drawn while typing goes on.
    for (let id = 2; id <= 6; id++) {
      figures.edited();
      figures.finished(run(id));
      vi.advanceTimersByTime(50);
    }
    expect(presented).toEqual([1]);
    // The reader stops: the newest run is drawn once the pause is as long as a redraw.
    vi.advanceTimersByTime(200);
    expect(presented).toEqual([1, 6]);
  });

  it('one slow redraw among quick ones does not make the next run wait for a pause', () => {
    const presented: number[] = [];
    const redrawMs = [10, 300, 10, 10];
    const figures = scheduleFigures((r) => {
      presented.push(r.id);
      vi.advanceTimersByTime(redrawMs[r.id - 1]);
    });
    for (let id = 1; id <= 4; id++) {
      figures.edited();
      figures.finished(run(id));
      vi.advanceTimersByTime(20);
      expect(presented).toEqual([1, 2, 3, 4].slice(0, id));
      vi.advanceTimersByTime(400);
    }
  });

  it('draws nothing after being cancelled', () => {
    const presented: number[] = [];
    const figures = scheduleFigures((r) => presented.push(r.id));
    figures.finished(run(1));
    figures.cancel();
    vi.advanceTimersByTime(100);
    expect(presented).toEqual([]);
  });
});
