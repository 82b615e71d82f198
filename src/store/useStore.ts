/** The app's one store, built from its slices. Components read it through selectors. */
import { create } from 'zustand';
import { createAttributionSlice } from './attributionSlice';
import { createDecisionSlice } from './decisionSlice';
import { createCompareSlice } from './compareSlice';
import { createInputSlice } from './inputSlice';
import { createLinkSlice } from './linkSlice';
import { createModelSlice } from './modelSlice';
import { createPresentationSlice } from './presentationSlice';
import { createRunSlice } from './runSlice';
import { createScoreSlice } from './scoreSlice';
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
  ...createScoreSlice(...args),
  ...createTrainingSlice(...args),
  ...createLinkSlice(...args),
  ...createPresentationSlice(...args),
  ...createCompareSlice(...args),
  ...createAttributionSlice(...args),
  ...createDecisionSlice(...args),
}));

/** Back to the state the page starts in: for tests, which each start from a fresh store. */
export function resetStore(): void {
  useStore.setState(useStore.getInitialState(), true);
}
