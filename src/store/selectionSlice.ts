/**
 * The shared cursor every view follows: which layer, which head, which query token, which
 * decoding step. Always inside the model's sizes and the current run's lengths.
 */
import type { AppState, SliceCreator } from './types';

export interface Selection {
  layer: number;
  head: number;
  /** Position of the query token in the source sentence. */
  queryToken: number;
  /** Decoding step (0 is the first generated token). */
  step: number;
}

/** How many of each there are to choose from; 0 means nothing is known yet. */
export interface SelectionBounds {
  layers: number;
  heads: number;
  queryTokens: number;
  steps: number;
}

export interface SelectionSlice {
  selection: Selection;
  /**
   * Whether a layer or head has been chosen (by the reader, a link or a Present step). Until one
   * is, the post's "it" figures open on the model's "it" head (itFigureSelection.ts).
   */
  headChosen: boolean;
  select: (change: Partial<Selection>) => void;
}

export const FIRST_SELECTION: Selection = { layer: 0, head: 0, queryToken: 0, step: 0 };

/** The counts the selection must stay within, from the loaded model and the run on screen. */
export function selectionBounds(state: Pick<AppState, 'modelInfo' | 'lastGood'>): SelectionBounds {
  const config = state.modelInfo?.config;
  const run = state.lastGood;
  return {
    layers: config ? Math.max(config.encoderLayers, config.decoderLayers) : 0,
    heads: config?.heads ?? 0,
    queryTokens: run?.result.srcIds.length ?? 0,
    // The result's steps: a beam search streams none, its steps are read off the best beam.
    steps: run?.result.steps.length ?? 0,
  };
}

/** Each index rounded to a whole number and kept in [0, count − 1] (0 when count is 0). */
export function clampSelection(selection: Selection, bounds: SelectionBounds): Selection {
  const clamp = (value: number, count: number) =>
    Number.isFinite(value) ? Math.min(Math.max(Math.round(value), 0), Math.max(count - 1, 0)) : 0;
  const next: Selection = {
    layer: clamp(selection.layer, bounds.layers),
    head: clamp(selection.head, bounds.heads),
    queryToken: clamp(selection.queryToken, bounds.queryTokens),
    step: clamp(selection.step, bounds.steps),
  };
  const unchanged = (Object.keys(next) as (keyof Selection)[]).every(
    (key) => next[key] === selection[key],
  );
  return unchanged ? selection : next;
}

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set) => ({
  selection: FIRST_SELECTION,
  headChosen: false,
  select: (change) =>
    set((state) => ({
      selection: clampSelection({ ...state.selection, ...change }, selectionBounds(state)),
      headChosen: state.headChosen || change.layer !== undefined || change.head !== undefined,
    })),
});
