/**
 * The compact attribution's numbers: for the chosen output word, the rows of a couple of methods
 * and the source word each credits most. Pure.
 */
import { strongestPosition, type Attribution, type AttributionMethod } from '../../engine';
import { sourceRows, type MethodRow, type SourceMethod } from './layout';

/** Two methods that read the whole model, each in its own way: one follows attention, one the gradient. */
export const COMPACT_METHODS: readonly SourceMethod[] = ['rollout', 'saliency'];

export interface CompactRow extends MethodRow {
  /** The source position with the largest |score|. */
  strongest: number;
}

/** The compact methods' rows that have arrived, with each one's strongest source word. */
export function compactRows(
  methods: Partial<Record<AttributionMethod, Attribution>>,
): CompactRow[] {
  return sourceRows(methods, { layer: 0, head: 'mean' })
    .filter((row) => COMPACT_METHODS.includes(row.method))
    .map((row) => ({ ...row, strongest: strongestPosition(row.values) }));
}

/** Whether the section should ask the worker to explain `position`: on screen, on the page's own run, and not already the word explained. */
export function shouldPick(view: {
  onScreen: boolean;
  ownRun: boolean;
  position: number;
  target: number | null;
}): boolean {
  return view.onScreen && view.ownRun && view.target !== view.position;
}
