/** The app's one store, built from its slices. Components read it through selectors. */
import { create } from 'zustand';
import { createInputSlice } from './inputSlice';
import { createModelSlice } from './modelSlice';
import { createRunSlice } from './runSlice';
import { createSelectionSlice } from './selectionSlice';
import { createTrainingSlice } from './trainingSlice';
import type { AppState } from './types';
import { createUiSlice } from './uiSlice';

export const useStore = create<AppState>()((...args) => ({
  ...createModelSlice(...args),
  ...createInputSlice(...args),
  ...createRunSlice(...args),
  ...createSelectionSlice(...args),
  ...createUiSlice(...args),
  ...createTrainingSlice(...args),
}));

/** Back to the state the page starts in: for tests, which each start from a fresh store. */
export function resetStore(): void {
  useStore.setState(useStore.getInitialState(), true);
}
