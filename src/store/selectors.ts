/**
 * Selectors: how components read the store. Each returns one field or a value that stays the
 * same object while its inputs do; components wrap the ones that build objects in useShallow.
 */
import type { Tensor, TraceName } from '../engine';
import type { RunResult, UnknownWordsWarning } from '../worker/protocol';
import type { TraceTensors } from '../worker/runTypes';
import type { ModelChoice } from './modelSlice';
import type { AppState } from './types';

/**
 * The trace views draw: the run in flight's while its stages stream in, else the last run the
 * figures were given (lastGood), so that nothing on screen disappears while a run starts or
 * after it fails, and every figure shows the same run once it has finished.
 */
export function selectShownTrace(state: AppState): TraceTensors {
  const { run, lastGood } = state;
  const streaming = run.status === 'running' && run.trace.size > 0;
  return streaming || !lastGood ? run.trace : lastGood.trace;
}

/** The result the sentence bar shows: the last run that finished. */
export function selectShownResult(state: AppState): RunResult | null {
  return state.lastResult;
}

/** One tensor of the shown trace, by its trace name. */
export const selectTensor =
  (name: TraceName) =>
  (state: AppState): Tensor | undefined =>
    selectShownTrace(state).get(name);

export type TranslationState = 'none' | 'fresh' | 'updating' | 'stale';

export interface ShownTranslation {
  text: string;
  /** fresh: the result of the sentence in the box; updating: a run is on its way; stale: it failed. */
  state: TranslationState;
}

/** The translation on screen and how current it is. */
export function selectTranslation(state: AppState): ShownTranslation {
  const { run, lastResult } = state;
  if (run.status === 'done' && run.result) return { text: run.result.translation, state: 'fresh' };
  if (!lastResult) return { text: '', state: run.status === 'running' ? 'updating' : 'none' };
  return { text: lastResult.translation, state: run.status === 'failed' ? 'stale' : 'updating' };
}

/** The source tokens of the result on screen, as the encoder read them (with <eos>). */
export function selectSourceTokens(state: AppState): string[] {
  return selectShownResult(state)?.sourceTokens ?? [];
}

/** Unknown words of the result on screen (the same run as selectSourceTokens). */
export function selectUnknownWords(state: AppState): UnknownWordsWarning | null {
  return selectShownResult(state)?.unknownWords ?? null;
}

/** The words of the sentence on screen read as people's names; empty if none. */
export function selectNames(state: AppState): NonNullable<RunResult['names']> {
  return selectShownResult(state)?.names ?? NO_NAMES;
}
const NO_NAMES: NonNullable<RunResult['names']> = [];

/** The picked model as the picker lists it. */
export function selectModelChoice(state: AppState): ModelChoice | undefined {
  return state.models.find((m) => m.key === state.modelKey);
}

/**
 * True when the model on screen has seeded random weights; false while the list of models is still
 * being read and no model has loaded, when the page does not yet know which model it will show.
 */
export function selectModelIsUntrained(state: AppState): boolean {
  if (state.modelInfo) return !state.modelInfo.trained;
  return state.modelsListed && !(selectModelChoice(state)?.trained ?? false);
}

/** What the status line reports; an object, so read it with useShallow. */
export function selectRunStatus(state: AppState) {
  const { run } = state;
  return {
    status: run.status,
    modelStatus: state.modelStatus,
    stagesReceived: run.stagesReceived.length,
    lastStage: run.stagesReceived.at(-1) ?? null,
    timings: run.timings,
  };
}

/** The error to show beside the result: the run's, or the model's if it could not load. */
export function selectError(state: AppState) {
  return state.run.status === 'failed' ? state.run.error : state.modelError;
}
