/**
 * The page's store as the second sentence's figures see it: the same model, selection and
 * actions, with the second sentence's run in place of the first's. Any section of the page, put
 * under this store (SectionStoreContext), draws the second sentence with the shared selection.
 */
import type { StoreApi } from 'zustand';
import type { AppState } from '../../store';
import type { ReadableStore } from '../../views/figureStore';

/** `state` with the second sentence's last finished run where the figures read a run. */
export function secondSentenceState(state: AppState): AppState {
  const run = state.compareRun.completed;
  if (!run) return { ...state, lastGood: null, lastResult: null, sentence: state.compareSentence };
  return {
    ...state,
    sentence: state.compareSentence,
    lastGood: run,
    lastResult: run.result,
    // Never the first sentence's stages: its run in flight must not show on this side.
    run: {
      ...state.run,
      id: run.id,
      status: 'done',
      stagesReceived: run.stagesReceived,
      trace: run.trace,
      steps: run.steps,
      stepTokens: run.stepTokens,
      timings: run.timings,
      error: null,
      result: run.result,
    },
  };
}

/** The page's store seen through secondSentenceState: one derived state per page state. */
export function secondSentenceStore(page: StoreApi<AppState>): ReadableStore {
  let source: AppState | null = null;
  let derived: AppState | null = null;
  const derive = (state: AppState): AppState => {
    if (state !== source || !derived) {
      source = state;
      derived = secondSentenceState(state);
    }
    return derived;
  };
  return {
    getState: () => derive(page.getState()),
    getInitialState: () => secondSentenceState(page.getInitialState()),
    subscribe: (listener) => {
      let last = derive(page.getState());
      return page.subscribe((state) => {
        const next = derive(state);
        if (next === last) return;
        const previous = last;
        last = next;
        listener(next, previous);
      });
    },
  };
}
