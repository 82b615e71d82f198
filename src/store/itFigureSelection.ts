/**
 * The layer and head the post's "it" figures show (self-attention at a high level, the many heads,
 * the compare view's lines). They follow the shared selection, with one exception: until a layer
 * or head has been chosen, a model with a head that resolves the pronoun opens them on that head,
 * as config.json names it, while every other figure starts on layer 1, head 1.
 */
import { resolvesPronoun } from '../worker/itHeadInfo';
import type { Selection } from './selectionSlice';
import type { AppState } from './types';

type ItFigureInputs = Pick<AppState, 'selection' | 'headChosen' | 'modelInfo'>;

/** Whether the "it" figures show the model's "it" head rather than the shared layer and head. */
export function itFiguresOnItHead(state: ItFigureInputs): boolean {
  return !state.headChosen && resolvesPronoun(state.modelInfo?.itHead ?? null);
}

/** The selection the "it" figures draw. */
export function itFigureSelection(state: ItFigureInputs): Selection {
  const itHead = state.modelInfo?.itHead;
  if (!itHead || !itFiguresOnItHead(state)) return state.selection;
  return { ...state.selection, layer: itHead.layer, head: itHead.head };
}

/**
 * A choice made in an "it" figure: a new head keeps the layer the figure shows, and a new layer
 * its head, so that picking head 2 beside the "it" head's layer stays in that layer.
 */
export function choiceInItFigure(shown: Selection, change: Partial<Selection>): Partial<Selection> {
  const movesHead = change.layer !== undefined || change.head !== undefined;
  return movesHead ? { layer: shown.layer, head: shown.head, ...change } : change;
}
