/**
 * The post's figure, measured: which encoder head sends "it" to the noun it names?
 * For every encoder layer and head, over the "it" sentences, read on the model's source side
 * ("it" in English; il, elle, ils or elles in French):
 * - resolves: the share of sentences where the pronoun gives its antecedent more weight than any
 *   other noun of the sentence;
 * - mean weight on the antecedent;
 * - flips: the share of sentences where the head picks the antecedent and, in the twin sentence
 *   (the reason about the other noun: tired ↔ wide), picks the other noun.
 * The head is chosen on the dev split and measured on the test split. Then, when the model writes
 * French, the head is switched off, and il/elle is counted again on the sentences where only the
 * meaning can tell (both nouns of the same kind, of different genders). A model that writes
 * English writes "it" whichever noun is meant, so there is nothing to count.
 */
import { traceName } from '../engine';
import type { CoreferenceSide, Language, SentencePair } from '../corpus';
import { BOS, EOS, forwardTrace } from '../engine';
import type { HeadAblation } from '../engine';
import { sidesOf, sidesOfPair, type Direction } from './direction';
import { translateTokens, type TrainedModel } from './evaluate';

export interface HeadScore {
  /** Encoder layer and head, counted from 0. */
  layer: number;
  head: number;
  resolves: number;
  meanAntecedentWeight: number;
  flips: number;
}

export interface ItHeadFigures extends HeadScore {
  /** "it" sentences of the test split it was measured on. */
  sentences: number;
  /**
   * il/elle right with the head on and off, on same-kind sentences whose nouns differ in gender;
   * none for a model that writes English.
   */
  ablation?: { sentences: number; pronounWithHead: number; pronounWithoutHead: number };
  /** Every encoder head on the test split, for the page's table. */
  everyHead: HeadScore[];
}

/** Frames whose two nouns are of the same kind, so that the kind cannot tell which is meant. */
const SAME_KIND_FRAMES = ['it:catch', 'it:follow', 'it:fit'];

/** weights (h, S, S) of every encoder layer, for the source tokens. */
function encoderWeights(model: TrainedModel, sourceTokens: string[]): Float32Array[] {
  const srcIds = [...model.source.toIds(sourceTokens).ids, EOS];
  const trace = forwardTrace(model.params, model.config, srcIds, [BOS]);
  return Array.from({ length: model.config.encoderLayers }, (_, l) => {
    const weights = trace.get(traceName.enc(l).self('weights'));
    if (!weights) throw new Error(`the trace has no enc.${l}.self.weights`);
    return weights.data;
  });
}

/** The candidate the head's row for the pronoun weighs most. */
function chosen(weights: Float32Array, head: number, length: number, it: CoreferenceSide): number {
  const row = (head * length + it.pronoun) * length;
  return it.candidates.reduce((best, c) => (weights[row + c] > weights[row + best] ? c : best));
}

function scoreHeads(
  model: TrainedModel,
  pairs: readonly SentencePair[],
  side: Language,
): HeadScore[] {
  const { encoderLayers, heads } = model.config;
  const tallies = Array.from({ length: encoderLayers * heads }, () => ({
    resolves: 0,
    weight: 0,
    flips: 0,
  }));
  for (const pair of pairs) {
    if (!pair.coreference) continue;
    const it = pair.coreference[side];
    const tokens = pair[side];
    const twinTokens = pair.coreference.twin[side];
    const length = tokens.length + 1;
    const weights = encoderWeights(model, tokens);
    const twin =
      twinTokens.length === tokens.length ? encoderWeights(model, twinTokens) : undefined;
    const [first, second] = it.candidates;
    const twinAntecedent = it.antecedent === first ? second : first;
    for (let l = 0; l < encoderLayers; l++) {
      for (let h = 0; h < heads; h++) {
        const tally = tallies[l * heads + h];
        const picked = chosen(weights[l], h, length, it);
        tally.weight += weights[l][(h * length + it.pronoun) * length + it.antecedent];
        if (picked !== it.antecedent) continue;
        tally.resolves++;
        if (twin && chosen(twin[l], h, length, it) === twinAntecedent) tally.flips++;
      }
    }
  }
  const n = Math.max(pairs.length, 1);
  return tallies.map((t, i) => ({
    layer: Math.floor(i / heads),
    head: i % heads,
    resolves: t.resolves / n,
    meanAntecedentWeight: t.weight / n,
    flips: t.flips / n,
  }));
}

const best = (scores: HeadScore[]): HeadScore =>
  scores.reduce((a, b) =>
    b.resolves + b.flips > a.resolves + a.flips ||
    (b.resolves + b.flips === a.resolves + a.flips &&
      b.meanAntecedentWeight > a.meanAntecedentWeight)
      ? b
      : a,
  );

/** The pronoun after "qu'" in French tokens. */
function pronounOf(tokens: string[]): string | undefined {
  const at = tokens.indexOf("qu'");
  return at >= 0 ? tokens[at + 1] : undefined;
}

function ablationFigures(
  model: TrainedModel,
  pairs: readonly SentencePair[],
  direction: Direction,
  head: HeadScore,
): ItHeadFigures['ablation'] {
  const switchedOff: HeadAblation = [{ kind: 'enc', layer: head.layer, head: head.head }];
  const chosenPairs = pairs.filter(
    (p) => p.tags.includes('it:genders-differ') && SAME_KIND_FRAMES.some((f) => p.tags.includes(f)),
  );
  let withHead = 0;
  let withoutHead = 0;
  for (const pair of chosenPairs) {
    const [sourceTokens] = sidesOfPair(pair, direction);
    const expected = pair.fr[pair.coreference?.fr.pronoun ?? -1];
    if (pronounOf(translateTokens(model, sourceTokens)) === expected) withHead++;
    if (pronounOf(translateTokens(model, sourceTokens, switchedOff)) === expected) withoutHead++;
  }
  const n = Math.max(chosenPairs.length, 1);
  return {
    sentences: chosenPairs.length,
    pronounWithHead: withHead / n,
    pronounWithoutHead: withoutHead / n,
  };
}

/** The head that best sends the source's pronoun to its antecedent, chosen on dev, measured on test. */
export function findItHead(
  model: TrainedModel,
  dev: readonly SentencePair[],
  test: readonly SentencePair[],
  direction: Direction,
): ItHeadFigures | undefined {
  const { source, target } = sidesOf(direction);
  const devIt = dev.filter((p) => p.coreference);
  const testIt = test.filter((p) => p.coreference);
  if (devIt.length === 0 || testIt.length === 0) return undefined;
  const pick = best(scoreHeads(model, devIt, source));
  const everyHead = scoreHeads(model, testIt, source);
  const measured = everyHead[pick.layer * model.config.heads + pick.head];
  return {
    ...measured,
    sentences: testIt.length,
    ...(target === 'fr' ? { ablation: ablationFigures(model, testIt, direction, pick) } : {}),
    everyHead,
  };
}

/** The figures as lines of text for a terminal; layers and heads counted from 1. */
export function describeItHead(figures: ItHeadFigures): string {
  const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
  const { ablation } = figures;
  return [
    `pronoun head: encoder layer ${figures.layer + 1}, head ${figures.head + 1} (chosen on dev), on ${figures.sentences} test "it" sentences:`,
    `  the pronoun gives its antecedent the most weight  ${percent(figures.resolves)}`,
    `  mean weight on the antecedent                     ${figures.meanAntecedentWeight.toFixed(3)}`,
    `  flips with the reason (twin sentences)            ${percent(figures.flips)}`,
    ...(ablation
      ? [
          `  il/elle, same-kind nouns of different genders (${ablation.sentences}): ${percent(ablation.pronounWithHead)} with the head, ${percent(ablation.pronounWithoutHead)} switched off`,
        ]
      : []),
  ].join('\n');
}
