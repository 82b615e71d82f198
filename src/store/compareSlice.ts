/**
 * Two sentences side by side: the second sentence, the figure drawn for both, and the second
 * sentence's run. That run comes from an engine of its own (see src/app/compare), so running it
 * never cancels the run of the sentence in the box; as with the main run, only the newest
 * request's answer is taken.
 */
import type { EngineError } from '../worker/protocol';
import type { CompletedRun } from '../worker/runTypes';
import { replaceWholeWord } from './inputSlice';
import { postTwin } from './postSentence';
import type { SliceCreator } from './types';

export interface CompareRunState {
  /** 0 before the first run. */
  id: number;
  status: 'idle' | 'running' | 'done' | 'failed';
  /** The last run of the second sentence that finished: it stays while a newer one runs. */
  completed: CompletedRun | null;
  error: EngineError | null;
}

export interface CompareSlice {
  compareSentence: string;
  /** Which figure both sentences are drawn with (an id of the compare view's figures). */
  compareFigure: string;
  compareRun: CompareRunState;
  /** The compare view, with the second sentence given or, if none yet, one derived from the first. */
  openCompare: (sentence?: string) => void;
  setCompareSentence: (sentence: string) => void;
  setCompareFigure: (figure: string) => void;
  compareRunStarted: (id: number) => void;
  compareRunFinished: (run: CompletedRun) => void;
  compareRunFailed: (id: number, error: EngineError) => void;
  /** The second engine could not load the model: no run of the second sentence can follow. */
  compareModelFailed: (error: EngineError) => void;
  /** A new engine, or a new model: runs are numbered afresh and the last one no longer fits. */
  compareReset: () => void;
}

export const IDLE_COMPARE_RUN: CompareRunState = {
  id: 0,
  status: 'idle',
  completed: null,
  error: null,
};

/**
 * The post's pair: one word changes what "it" refers to. The post's sentence gets its twin in its
 * own language (the French one changes il to elle as well); another sentence has "tired" made "wide".
 */
export function secondSentenceFor(sentence: string): string {
  return postTwin(sentence) ?? replaceWholeWord(sentence, 'tired', 'wide');
}

export const createCompareSlice: SliceCreator<CompareSlice> = (set) => ({
  compareSentence: '',
  compareFigure: 'token-view',
  compareRun: IDLE_COMPARE_RUN,
  openCompare: (sentence) =>
    set((state) => ({
      view: 'compare',
      compareSentence: sentence ?? (state.compareSentence || secondSentenceFor(state.sentence)),
    })),
  setCompareSentence: (compareSentence) => set({ compareSentence }),
  setCompareFigure: (compareFigure) => set({ compareFigure }),
  compareRunStarted: (id) =>
    set((state) =>
      id > state.compareRun.id
        ? { compareRun: { ...state.compareRun, id, status: 'running', error: null } }
        : state,
    ),
  compareRunFinished: (run) =>
    set((state) =>
      run.id === state.compareRun.id
        ? { compareRun: { id: run.id, status: 'done', completed: run, error: null } }
        : state,
    ),
  compareRunFailed: (id, error) =>
    set((state) =>
      id === state.compareRun.id
        ? { compareRun: { ...state.compareRun, status: 'failed', error } }
        : state,
    ),
  compareModelFailed: (error) =>
    set((state) => ({ compareRun: { ...state.compareRun, status: 'failed', error } })),
  compareReset: () => set({ compareRun: IDLE_COMPARE_RUN }),
});
