/**
 * Which attribution method points at the source word a translated word really comes from? For
 * every output word of a held-out pair that the grammar links to exactly one source word, each
 * method's strongest source word (largest |score|, agreement.ts) is compared with that gold word,
 * teacher-forced on the reference translation. Head ablation scores heads, not source words, so
 * it has no place here.
 */
import type { SentencePair } from '../corpus';
import {
  attentionRollout,
  gradientTimesInput,
  headAverage,
  rawAttention,
  strongestPosition,
  valueWeightedAttention,
} from '../engine';
import { BOS, EOS, forwardTrace, type ModelConfig, type Params } from '../engine';
import { resolveWeights } from '../engine';
import { sidesOf, sidesOfPair, type Direction } from './direction';
import type { TrainedModel } from './evaluate';

/** The methods compared, in the order they are printed. */
export const AGREEMENT_METHODS = [
  'attention',
  'bestHead',
  'rollout',
  'valueWeighted',
  'saliency',
] as const;
export type AgreementMethod = (typeof AGREEMENT_METHODS)[number];

export interface AttributionAgreement {
  sentences: number;
  /** Output words with exactly one gold-aligned source word: the ones scored. */
  words: number;
  /** Share of those words where the method's strongest source word is the gold one. */
  accuracy: Record<AgreementMethod, number>;
  /** The encoder-decoder head picked as best single head (chosen on these same words). */
  bestHead: { layer: number; head: number };
}

/** Output position → its one gold source position, for the words linked to exactly one. */
export function singleGoldSources(
  alignment: readonly (readonly [number, number])[],
  sourceFirst: boolean,
): Map<number, number> {
  const sources = new Map<number, Set<number>>();
  for (const link of alignment) {
    const [source, output] = sourceFirst ? link : [link[1], link[0]];
    sources.set(output, (sources.get(output) ?? new Set()).add(source));
  }
  const single = new Map<number, number>();
  for (const [output, linked] of sources) if (linked.size === 1) single.set(output, [...linked][0]);
  return single;
}

/** Hits per method, and per encoder-decoder head (layer-major), over the words scored so far. */
interface Tally {
  words: number;
  hits: Record<Exclude<AgreementMethod, 'bestHead'>, number>;
  headHits: number[];
}

/**
 * Adds one sentence, given as ids (srcIds ending with <eos>, tgtIds starting with <bos>), with
 * gold = output position → its one gold source position.
 */
function tallySentence(
  tally: Tally,
  params: Params,
  config: ModelConfig,
  srcIds: number[],
  tgtIds: number[],
  gold: ReadonlyMap<number, number>,
): void {
  const trace = forwardTrace(params, config, srcIds, tgtIds);
  const weights = resolveWeights(params, config);
  const last = config.decoderLayers - 1;
  for (const [position, source] of gold) {
    const wordId = tgtIds[position + 1];
    if (wordId === undefined || source >= srcIds.length - 1) {
      throw new Error(`a gold link [${source}, ${position}] points past the sentence`);
    }
    tally.words++;
    const attention = rawAttention(trace, config, position);
    const hit = (scores: ArrayLike<number>) => (strongestPosition(scores) === source ? 1 : 0);
    tally.hits.attention += hit(headAverage(attention.cross[last]));
    attention.cross.flat().forEach((row, i) => (tally.headHits[i] += hit(row)));
    tally.hits.rollout += hit(attentionRollout(trace, config, position).source);
    tally.hits.valueWeighted += hit(valueWeightedAttention(trace, weights, position)[last].summed);
    const word = { srcIds, tgtIds, position, wordId };
    tally.hits.saliency += hit(gradientTimesInput(params, config, word).source);
  }
}

/** Every method's agreement with the gold alignment over `pairs`, read in `direction`. */
export function attributionAgreement(
  model: TrainedModel,
  pairs: readonly SentencePair[],
  direction: Direction,
): AttributionAgreement {
  const { config } = model;
  const { sourceFirst } = sidesOf(direction);
  const tally: Tally = {
    words: 0,
    hits: { attention: 0, rollout: 0, valueWeighted: 0, saliency: 0 },
    headHits: new Array<number>(config.decoderLayers * config.heads).fill(0),
  };
  for (const pair of pairs) {
    const [sourceTokens, referenceTokens] = sidesOfPair(pair, direction);
    const srcIds = [...model.source.toIds(sourceTokens).ids, EOS];
    const tgtIds = [BOS, ...model.target.toIds(referenceTokens).ids];
    const gold = singleGoldSources(pair.alignment, sourceFirst);
    tallySentence(tally, model.params, config, srcIds, tgtIds, gold);
  }
  const best = tally.headHits.indexOf(Math.max(...tally.headHits));
  const share = (hits: number) => (tally.words === 0 ? Number.NaN : hits / tally.words);
  return {
    sentences: pairs.length,
    words: tally.words,
    accuracy: {
      attention: share(tally.hits.attention),
      bestHead: share(tally.headHits[best]),
      rollout: share(tally.hits.rollout),
      valueWeighted: share(tally.hits.valueWeighted),
      saliency: share(tally.hits.saliency),
    },
    bestHead: { layer: Math.floor(best / config.heads), head: best % config.heads },
  };
}

/** The report as a small table in plain words. */
export function describeAttributionAgreement(
  agreement: AttributionAgreement,
  config: ModelConfig,
): string {
  const last = config.decoderLayers - 1;
  const { layer, head } = agreement.bestHead;
  const names: Record<AgreementMethod, string> = {
    attention: `raw attention, heads of decoder layer ${last} averaged`,
    bestHead: `best single head (decoder layer ${layer}, head ${head})*`,
    rollout: 'attention rollout',
    valueWeighted: `value-weighted, decoder layer ${last}, heads summed`,
    saliency: 'gradient × input',
  };
  const rows = AGREEMENT_METHODS.map(
    (method) =>
      `  ${names[method].padEnd(52)} ${(100 * agreement.accuracy[method]).toFixed(1).padStart(5)}%`,
  );
  return [
    `which source word decided each output word, against the gold alignment: ` +
      `${agreement.words} output words with one gold source word, in ${agreement.sentences} test pairs, ` +
      `teacher-forced on the reference`,
    `  ${'method'.padEnd(52)} agrees`,
    ...rows,
    `  * chosen on these same words, so its figure flatters it a little`,
    `  head ablation scores heads, not source words, so it is not in this table`,
  ].join('\n');
}
