/** The store's shape: one store built from slices, each holding its state and its actions. */
import type { StateCreator } from 'zustand';
import type { AttributionSlice } from './attributionSlice';
import type { CompareSlice } from './compareSlice';
import type { DecisionSlice } from './decisionSlice';
import type { InputSlice } from './inputSlice';
import type { LinkSlice } from './linkSlice';
import type { ModelSlice } from './modelSlice';
import type { PresentationSlice } from './presentationSlice';
import type { RunSlice } from './runSlice';
import type { ScoreSlice } from './scoreSlice';
import type { SelectionSlice } from './selectionSlice';
import type { TrainingSlice } from './trainingSlice';
import type { UiSlice } from './uiSlice';

export type AppState = ModelSlice &
  InputSlice &
  RunSlice &
  SelectionSlice &
  UiSlice &
  ScoreSlice &
  TrainingSlice &
  LinkSlice &
  PresentationSlice &
  CompareSlice &
  AttributionSlice &
  DecisionSlice;

/** A slice sees the whole store, so an action may keep other slices consistent (the selection). */
export type SliceCreator<Slice> = StateCreator<AppState, [], [], Slice>;
