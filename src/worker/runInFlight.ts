/**
 * A run the worker is streaming, as the page puts it back together: each stage's tensors join
 * the trace as the stage arrives, with the decoding step it chose and that step's word, and the
 * worker's `done` reply completes it with the result and the timings seen from both sides.
 */
import { parseTraceName } from '../engine';
import { unpackTensors } from './packing';
import type { DoneReply, StageReply } from './protocol';
import type { CompletedRun, RunProgress } from './runTypes';

/** Milliseconds on a clock the worker shares: its stamps and ours can be subtracted. */
export const wallClock = (): number => performance.timeOrigin + performance.now();

export interface RunInFlight extends RunProgress {
  startedAt: number;
  /** Time the stages spent between the worker posting them and the page receiving them. */
  transferMs: number;
}

/** Run `id`, asked for now: nothing received yet. */
export function startedRun(id: number): RunInFlight {
  return {
    id,
    stagesReceived: [],
    trace: new Map(),
    steps: [],
    stepTokens: [],
    startedAt: wallClock(),
    transferMs: 0,
  };
}

/**
 * Adds a stage to `run`. The trace, the stage names and the steps are new objects each time, so
 * that whoever holds the run before the stage sees it change.
 */
export function addStage(run: RunInFlight, reply: StageReply): void {
  run.transferMs += Math.max(0, wallClock() - reply.postedAt);
  const trace = new Map(run.trace);
  for (const [text, t] of unpackTensors(reply)) {
    // a name the page has no figure for is not kept
    const name = parseTraceName(text);
    if (name) trace.set(name, t);
  }
  run.trace = trace;
  run.stagesReceived = [...run.stagesReceived, reply.name];
  if (reply.step) {
    run.steps = [...run.steps, reply.step];
    run.stepTokens = [...run.stepTokens, reply.stepToken ?? ''];
  }
}

/** What the page has of `run` so far, without its clock readings. */
export function progressOf(run: RunInFlight): RunProgress {
  const { id, stagesReceived, trace, steps, stepTokens } = run;
  return { id, stagesReceived, trace, steps, stepTokens };
}

/** `run` completed by the worker's `done` reply. */
export function completedRun(run: RunInFlight, reply: DoneReply): CompletedRun {
  return {
    ...progressOf(run),
    result: reply.result,
    timings: {
      ...reply.timings,
      roundTripMs: wallClock() - run.startedAt,
      transferMs: run.transferMs,
    },
  };
}
