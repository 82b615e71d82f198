/**
 * The alignment scoreboard's numbers: for every encoder-decoder head, how often its strongest
 * source word is the gold-aligned one, over the test split (config.json, as training measured
 * it) and over the sentence on screen (from the run's own attention weights). Pure.
 */
import { traceName } from '../../engine';
import type { GoldAlignment } from '../../engine';
import { emptyTally, tallyAlignment } from '../../evaluation/alignment';
import type { LayerAlignmentInfo } from '../../worker/alignmentInfo';
import type { TraceTensors } from '../../worker/runTypes';
import { en, type Catalogue } from '../../i18n/en';

/** One layer's score on the sentence on screen. */
export interface LiveLayerScore {
  /** Gold-linked output words whose strongest source word is gold-linked, per head. */
  correctPerHead: number[];
  correctAveraged: number;
  /** Output words with at least one gold link: the denominator. */
  counted: number;
}

/**
 * Scores each decoder layer's heads on this sentence, the way training scored the test split:
 * row t of dec.{l}.cross.weights (h, T, S) predicts output word t; a head is right for word t
 * when argmax_s α[t, s] is a source word the gold alignment links to t. Null without the gold
 * alignment, or when a layer's weights are missing from the trace.
 */
export function liveAlignment(
  trace: TraceTensors,
  decoderLayers: number,
  gold: GoldAlignment | null,
  outputLength: number,
): LiveLayerScore[] | null {
  if (!gold) return null;
  const layers: LiveLayerScore[] = [];
  for (let layer = 0; layer < decoderLayers; layer++) {
    const weights = trace.get(traceName.dec(layer).cross('weights'));
    if (!weights) return null;
    const tally = emptyTally(weights.shape[0]);
    tallyAlignment(tally, weights, gold, outputLength);
    layers.push(tally);
  }
  return layers;
}

export interface ScoreboardRow {
  layer: number;
  /** A head from 0, or the heads' averaged weights. */
  head: number | 'mean';
  /** Accuracy over the test split, in [0, 1]; null when config.json does not say. */
  testSplit: number | null;
  /** Right words on this sentence, out of `live.counted`; null without a gold alignment. */
  live: { correct: number; counted: number } | null;
  /** The layer's best head over the test split (ties: the first). */
  best: boolean;
}

/** Every head of every decoder layer, then the layer's averaged heads, in the page's order. */
export function scoreboardRows(
  decoderLayers: number,
  heads: number,
  testSplit: readonly LayerAlignmentInfo[] | null,
  live: readonly LiveLayerScore[] | null,
): ScoreboardRow[] {
  const rows: ScoreboardRow[] = [];
  for (let layer = 0; layer < decoderLayers; layer++) {
    const measured = testSplit?.[layer] ?? null;
    const scored = live?.[layer] ?? null;
    const bestHead = measured ? firstLargest(measured.perHead) : -1;
    for (let head = 0; head < heads; head++) {
      rows.push({
        layer,
        head,
        testSplit: measured?.perHead[head] ?? null,
        live: scored ? { correct: scored.correctPerHead[head], counted: scored.counted } : null,
        best: head === bestHead,
      });
    }
    rows.push({
      layer,
      head: 'mean',
      testSplit: measured?.averagedAccuracy ?? null,
      live: scored ? { correct: scored.correctAveraged, counted: scored.counted } : null,
      best: false,
    });
  }
  return rows;
}

/** The position of the largest value, the first of equals (as training picks its best head). */
function firstLargest(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

/** "84%": a share in [0, 1] as a whole percentage. */
export function percent(value: number, text: Catalogue['attribution'] = en.attribution): string {
  return text.percent(value);
}

/** "3 of 4 (75%)", or "no gold-linked word" when nothing could be counted. */
export function liveText(
  live: { correct: number; counted: number },
  text: Catalogue['attribution'] = en.attribution,
): string {
  if (live.counted === 0) return text.noGoldWord;
  return text.outOf(live.correct, live.counted, text.percent(live.correct / live.counted));
}
