export { useStore, resetStore } from './useStore';
export type { AppState } from './types';
export * from './selectors';
export { DEFAULT_SENTENCE, BEAM_LENGTH_PENALTY, replaceWholeWord, toggledHead } from './inputSlice';
export {
  postReference,
  selectLossPair,
  type LossPair,
  type ReferenceOrigin,
  type ScoreState,
} from './scoreSlice';
export { modelChoices, type ModelChoice, type ModelStatus } from './modelSlice';
export { modelLabel } from './modelLabel';
export {
  selectAttributionTarget,
  type AttributionState,
  type AttributionStatus,
} from './attributionSlice';
export type { DecisionState, DecisionStatus } from './decisionSlice';
export type { RunState, RunStatus } from './runSlice';
export {
  clampSelection,
  selectionBounds,
  FIRST_SELECTION,
  type Selection,
  type SelectionBounds,
} from './selectionSlice';
export type { Banner } from './uiSlice';
