/**
 * The chosen word's attention weights in both sentences, position by position: the numbers the
 * two token views draw, in one table, with how much each changed.
 */
import { traceName } from '../../engine';
import type { Selection } from '../../store';
import { encoderView } from '../../views/attention/EncoderSelfAttention';
import { headRow } from '../../views/attention/headSlices';
import type { CompletedRun } from '../../worker/runTypes';

export interface SideWeights {
  /** The chosen (query) word. */
  query: string;
  layer: number;
  head: number;
  tokens: readonly string[];
  /** One weight per token: how much of the query word's attention it received. */
  weights: Float32Array;
}

export interface SideBySideRow {
  position: number;
  first: { word: string; weight: number } | null;
  second: { word: string; weight: number } | null;
  /** second − first where both sentences have a word at this position. */
  change: number | null;
}

/** The chosen word's weights in `run`, with the selection clamped to it; null before it has any. */
export function sideWeights(run: CompletedRun, selection: Selection): SideWeights | null {
  const tokens = run.result.sourceTokens;
  const view = encoderView(run.trace, selection, tokens.length);
  if (!view) return null;
  return {
    query: tokens[view.query],
    layer: view.layer,
    head: view.head,
    tokens,
    weights: headRow(view.weights, view.head, view.query),
  };
}

/** Both sentences' weights, one row per position of the longer sentence. */
export function sideBySide(first: SideWeights, second: SideWeights): SideBySideRow[] {
  const length = Math.max(first.tokens.length, second.tokens.length);
  const at = (side: SideWeights, i: number) =>
    i < side.tokens.length ? { word: side.tokens[i], weight: side.weights[i] } : null;
  return Array.from({ length }, (_, position) => {
    const a = at(first, position);
    const b = at(second, position);
    return { position, first: a, second: b, change: a && b ? b.weight - a.weight : null };
  });
}

export interface HeadChange {
  layer: number;
  head: number;
  /**
   * Half the summed |difference| of the chosen word's weights over the positions both sentences
   * have: the share of its attention that moved (the total variation distance, for sentences of
   * one length). 0 when nothing moved, at most 1.
   */
  moved: number;
}

/**
 * For the word at `query` (clamped to each sentence), how much of its attention moved between the
 * two sentences in every encoder layer and head, the largest first.
 */
export function headChanges(
  first: CompletedRun,
  second: CompletedRun,
  query: number,
): HeadChange[] {
  const changes: HeadChange[] = [];
  for (let layer = 0; ; layer++) {
    const a = first.trace.get(traceName.enc(layer).self('weights'));
    const b = second.trace.get(traceName.enc(layer).self('weights'));
    if (!a || !b) break;
    const heads = Math.min(a.shape[0], b.shape[0]);
    for (let head = 0; head < heads; head++) {
      const rowA = headRow(a, head, Math.min(query, a.shape[1] - 1));
      const rowB = headRow(b, head, Math.min(query, b.shape[1] - 1));
      let sum = 0;
      for (let i = 0; i < Math.min(rowA.length, rowB.length); i++)
        sum += Math.abs(rowA[i] - rowB[i]);
      changes.push({ layer, head, moved: sum / 2 });
    }
  }
  return changes.sort((x, y) => y.moved - x.moved);
}
