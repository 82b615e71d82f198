/**
 * The numbers "Which words decided this word?" draws, from the worker's attributions: one row
 * per method over the source words, bar lengths, the methods' agreement, and the gold alignment.
 */
import {
  headAverage,
  spearman,
  strongestPosition,
  type Attribution,
  type AttributionMethod,
  type GoldAlignment,
} from '../../engine';
import type { Language } from '../../engine';
import { POST_SENTENCES } from '../../corpus/post';
import { en, type Catalogue } from '../../i18n/en';

type Methods = Partial<Record<AttributionMethod, Attribution>>;

/** Which encoder-decoder head the raw-attention row shows: one head, or the heads' mean. */
export interface HeadChoice {
  layer: number;
  head: number | 'mean';
}

export type SourceMethod = 'attention' | 'rollout' | 'valueWeighted' | 'saliency';

export interface MethodRow {
  method: SourceMethod;
  label: string;
  /** One score per source word. */
  values: Float32Array;
}

/** The encoder-decoder attention the raw and value-weighted rows show, in the catalogue's words. */
export function headLabel(
  { layer, head }: HeadChoice,
  text: Catalogue['attribution'] = en.attribution,
): string {
  return text.heads(layer + 1, head === 'mean' ? null : head + 1);
}

/** The rows that have arrived, in the order the figure shows them, named in `labels`. */
export function sourceRows(
  methods: Methods,
  choice: HeadChoice,
  labels: Record<SourceMethod, string> = en.attribution.methods,
): MethodRow[] {
  const rows: MethodRow[] = [];
  const { attention, rollout, valueWeighted, saliency } = methods;
  if (attention?.method === 'attention') {
    const heads = attention.attention.cross[choice.layer] ?? [];
    const values = choice.head === 'mean' ? headAverage(heads) : heads[choice.head];
    if (values) {
      rows.push({
        method: 'attention',
        label: labels.attention,
        values,
      });
    }
  }
  if (rollout?.method === 'rollout') {
    rows.push({ method: 'rollout', label: labels.rollout, values: rollout.rollout.source });
  }
  if (valueWeighted?.method === 'valueWeighted') {
    const layer = valueWeighted.layers[choice.layer];
    if (layer) {
      const values = choice.head === 'mean' ? layer.summed : layer.perHead[choice.head];
      rows.push({
        method: 'valueWeighted',
        label: labels.valueWeighted,
        values,
      });
    }
  }
  if (saliency?.method === 'saliency') {
    rows.push({
      method: 'saliency',
      label: labels.saliency,
      values: saliency.saliency.source,
    });
  }
  return rows;
}

/** Each bar's length in [0, 1]: |value| over the row's largest |value| (0 for an all-zero row). */
export function barLengths(values: ArrayLike<number>): number[] {
  let largest = 0;
  for (let i = 0; i < values.length; i++) largest = Math.max(largest, Math.abs(values[i]));
  return Array.from(values, (v) => (largest === 0 ? 0 : Math.abs(v) / largest));
}

export interface Agreement {
  a: SourceMethod;
  b: SourceMethod;
  /** Spearman's ρ of the two rankings of the source words by |score|. */
  rho: number;
}

/** ρ for every pair of rows, ranking words by the size of their score (a sign is a direction). */
export function agreements(rows: readonly MethodRow[]): Agreement[] {
  const sizes = rows.map((row) => Array.from(row.values, Math.abs));
  const pairs: Agreement[] = [];
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      pairs.push({ a: rows[i].method, b: rows[j].method, rho: spearman(sizes[i], sizes[j]) });
    }
  }
  return pairs;
}

/**
 * The gold alignment as [source position, output position] when the sentence is one of the post's
 * and the translation is the post's own, else null: gold links only mean something for those words.
 */
export function goldAlignmentOf(
  sourceTokens: readonly string[],
  outputTokens: readonly string[],
  languages: { source: Language; target: Language },
): GoldAlignment | null {
  const words = (tokens: readonly string[]) =>
    tokens
      .filter((t) => t !== '<eos>')
      .join(' ')
      .toLowerCase();
  const pair = POST_SENTENCES.find(
    (p) =>
      p[languages.source].join(' ') === words(sourceTokens) &&
      p[languages.target].join(' ') === words(outputTokens),
  );
  if (!pair) return null;
  const englishFirst = languages.source === 'en';
  return pair.alignment.map(([en, fr]): [number, number] => (englishFirst ? [en, fr] : [fr, en]));
}

/** For each row: does its strongest source word have a gold link to the explained word? */
export function pointsAtGold(
  row: MethodRow,
  gold: GoldAlignment,
  position: number,
): boolean | null {
  const linked = gold.filter(([, t]) => t === position).map(([s]) => s);
  return linked.length === 0 ? null : linked.includes(strongestPosition(row.values));
}
