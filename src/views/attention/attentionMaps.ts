/**
 * The arithmetic behind the heatmaps: one colour scale for every map of a kind, which cells the
 * causal mask hides, which row is the selected query, how small the small multiples are drawn.
 */
import type { Selection } from '../../store';
import type { TraceTensors } from '../../worker/runTypes';
import { attentionPrefix, queriesAreTargets, type AttentionKind } from './attentionKinds';
import { headMatrix } from './headSlices';

/** The largest weight over every layer and head of a kind: one scale, so maps compare. */
export function largestWeight(trace: TraceTensors, kind: AttentionKind, layers: number): number {
  let largest = 0;
  for (let layer = 0; layer < layers; layer++) {
    const weights = trace.get(`${attentionPrefix(kind, layer)}.weights`);
    if (!weights) continue;
    for (const value of weights.data) if (value > largest) largest = value;
  }
  return largest;
}

/**
 * Whether the causal mask hides (row, col) in head `head`: the engine writes −∞ into the scaled
 * score of every masked cell, so the mask is read from the trace rather than assumed.
 */
export function maskFromScaled(
  trace: TraceTensors,
  kind: AttentionKind,
  layer: number,
  head: number,
): (row: number, col: number) => boolean {
  const scaled = trace.get(`${attentionPrefix(kind, layer)}.scaled`);
  if (!scaled) return () => false;
  const { cols, values } = headMatrix(scaled, head);
  return (row, col) => values[row * cols + col] === -Infinity;
}

/** The query row the shared selection points at: a source word, or a decoding step. */
export function selectedRow(kind: AttentionKind, selection: Selection, rows: number): number {
  const row = queriesAreTargets(kind) ? selection.step : selection.queryToken;
  return Math.min(Math.max(row, 0), Math.max(rows - 1, 0));
}

/** The selection change that makes `row` the selected query row of a map of this kind. */
export function selectRow(kind: AttentionKind, row: number): Partial<Selection> {
  return queriesAreTargets(kind) ? { step: row } : { queryToken: row };
}

/** Room around each small multiple (its border, padding and the gap to the next), in pixels. */
export const THUMBNAIL_PADDING = 15;

/** Tallest a small multiple may be, so that long decoder outputs keep the grid compact. */
export const THUMBNAIL_MAX_HEIGHT = 120;

/**
 * Cell size of the small multiples so that `heads` maps of `rows` × `cols` cells fit side by side
 * in `width` pixels and none is taller than THUMBNAIL_MAX_HEIGHT: whole pixels, between 2 and 12.
 */
export function thumbnailCellSize(
  rows: number,
  cols: number,
  heads: number,
  width: number,
): number {
  const perMap = width / Math.max(heads, 1) - THUMBNAIL_PADDING;
  const byWidth = Math.floor(perMap / Math.max(cols, 1));
  const byHeight = Math.floor(THUMBNAIL_MAX_HEIGHT / Math.max(rows, 1));
  return Math.min(12, Math.max(2, Math.min(byWidth, byHeight)));
}
