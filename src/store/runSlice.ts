/**
 * The run in flight, and the last run that succeeded. Tensors stay inside the trace Map, never
 * spread into the state one by one: a stage's arrival replaces the Map object, so a selector that
 * reads `trace` sees the change and views pick the few tensors they draw.
 * Only the newest run's messages are taken: anything with another id is stale and ignored.
 */
import type { DecodeStep } from '../engine';
import type { EngineError, RunResult } from '../worker/protocol';
import type { ClientTimings, CompletedRun, RunProgress, TraceTensors } from '../worker/runTypes';
import { clampSelection, selectionBounds } from './selectionSlice';
import type { AppState, SliceCreator } from './types';

export type RunStatus = 'idle' | 'running' | 'done' | 'failed';

export interface RunState {
  /** 0 before the first run. */
  id: number;
  status: RunStatus;
  stagesReceived: string[];
  trace: TraceTensors;
  steps: DecodeStep[];
  stepTokens: string[];
  timings: ClientTimings | null;
  error: EngineError | null;
  result: RunResult | null;
}

export interface RunSlice {
  run: RunState;
  /** The last run the figures were given: they keep it while newer runs come and go. */
  lastGood: CompletedRun | null;
  /**
   * The result of the last run that finished, shown by the sentence bar; it stays, greyed,
   * while a newer sentence cannot be translated. Newer than lastGood while figures catch up.
   */
  lastResult: RunResult | null;
  runStarted: (id: number) => void;
  stageReceived: (progress: RunProgress) => void;
  /**
   * The run is done: its translation shows at once, while the figures, which read `lastGood`,
   * keep the previous run until runFinished presents this one.
   */
  resultArrived: (completed: CompletedRun) => void;
  /** The run is done and the figures show it: it becomes `lastGood`. */
  runFinished: (completed: CompletedRun) => void;
  runFailed: (id: number, error: EngineError) => void;
}

const EMPTY_TRACE: TraceTensors = new Map();

const IDLE_RUN: RunState = {
  id: 0,
  status: 'idle',
  stagesReceived: [],
  trace: EMPTY_TRACE,
  steps: [],
  stepTokens: [],
  timings: null,
  error: null,
  result: null,
};

export const createRunSlice: SliceCreator<RunSlice> = (set) => ({
  run: IDLE_RUN,
  lastGood: null,
  lastResult: null,
  runStarted: (id) =>
    set((state) =>
      id > state.run.id ? { run: { ...IDLE_RUN, id, status: 'running', trace: new Map() } } : state,
    ),
  stageReceived: (progress) =>
    set((state) => {
      if (!isCurrent(state, progress.id)) return state;
      return {
        run: {
          ...state.run,
          stagesReceived: progress.stagesReceived,
          trace: progress.trace,
          steps: progress.steps,
          stepTokens: progress.stepTokens,
        },
      };
    }),
  resultArrived: (completed) =>
    set((state) =>
      isCurrent(state, completed.id)
        ? { run: doneRun(completed), lastResult: completed.result }
        : state,
    ),
  runFinished: (completed) =>
    set((state) => {
      const answered = completed.id === state.run.id && state.run.status === 'done';
      const presented = state.lastGood?.id === completed.id;
      if (!isCurrent(state, completed.id) && !(answered && !presented)) return state;
      const run = answered ? state.run : doneRun(completed);
      const next = { ...state, run, lastGood: completed };
      return {
        run,
        lastGood: completed,
        lastResult: completed.result,
        selection: clampSelection(state.selection, selectionBounds(next)),
      };
    }),
  runFailed: (id, error) =>
    set((state) =>
      isCurrent(state, id) ? { run: { ...state.run, status: 'failed', error } } : state,
    ),
});

function doneRun(completed: CompletedRun): RunState {
  return {
    id: completed.id,
    status: 'done',
    stagesReceived: completed.stagesReceived,
    trace: completed.trace,
    steps: completed.steps,
    stepTokens: completed.stepTokens,
    timings: completed.timings,
    error: null,
    result: completed.result,
  };
}

/** A message belongs to the run on screen only if it carries that run's id and it is still going. */
function isCurrent(state: AppState, id: number): boolean {
  return id === state.run.id && state.run.status === 'running';
}
