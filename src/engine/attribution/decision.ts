/**
 * Where is il/elle decided? For twin sentences that differ in one word ("too tired" / "too
 * wide"), translate each greedily, find the step where the model writes a pronoun, and measure
 * the decision there as a log-odds margin, teacher-forced on the model's own prefix:
 *   m = log p(il) − log p(elle)      (positive: the model leans to "il")
 * Then find what carries it, in whatever model is loaded (nothing is named in advance):
 * - each head switched off alone: Δm(head) = m(head off) − m;
 * - each whole attention sublayer switched off (all its heads): Δm(sublayer);
 * - gradient × input of m over the source words (saliency.ts, linear in the objective):
 *     saliency_s(m) = saliency_s(log p(il)) − saliency_s(log p(elle));
 * - every encoder head's attention from the source pronoun to each candidate noun.
 * A head carries the decision when switching it off moves m toward the other pronoun in every
 * twin:  carried(head) = min over twins of (−sign(m_t) · Δm_t(head)).
 */
import type { AblatedHead, AblatedSublayer } from '../model/ablation';
import { BOS, type ModelConfig } from '../model/config';
import { forwardTrace } from '../model/forward';
import { greedyDecode } from '../model/greedy';
import type { Params } from '../model/params';
import { resolveWeights } from '../model/weights';
import type { Tensor } from '../tensor';
import { everyHead, logProbabilitiesWithoutEachHead } from './headAblation';
import { gradientTimesInput } from './saliency';
import { traced } from './word';

/** One sentence of a twin pair, as ids, with where its pronoun and candidate nouns are. */
export interface DecisionSentence {
  /** Source ids, ending with <eos>. */
  srcIds: number[];
  /** Index of the source pronoun ("it") among srcIds. */
  pronoun: number;
  /** Indices of the nouns the pronoun may name ("animal", "street"). */
  nouns: number[];
}

/** The target words the decision is between. */
export interface DecisionPronouns {
  /** The first choice, whose log-probability counts positive ("il"). */
  first: number;
  /** The second choice, counted negative ("elle"). */
  second: number;
  /** Every target id that counts as the pronoun step (il, elle, ils, elles, …). */
  anyPronoun: readonly number[];
}

/** A sublayer switched off whole: every head of one attention sublayer. */
export interface DecisionSublayer {
  kind: AblatedSublayer;
  layer: number;
  /** m(sublayer off) − m. */
  shift: number;
}

export interface DecisionHead extends AblatedHead {
  /** m(head off) − m. */
  shift: number;
}

/** Encoder head (layer, head): attention from the source pronoun to each candidate noun. */
export interface PronounAttention extends AblatedHead {
  toNouns: number[];
}

export interface TwinDecision {
  /** The greedy translation, without <bos>. */
  outputIds: number[];
  /** Which output word is the pronoun; null when the translation has none. */
  step: number | null;
  /** The pronoun written there. */
  pronounId: number | null;
  /** p(first) and p(second) at the pronoun step. */
  firstProbability: number;
  secondProbability: number;
  /** m = log p(first) − log p(second). */
  margin: number;
  heads: DecisionHead[];
  sublayers: DecisionSublayer[];
  /** Gradient × input of m over the source words. */
  saliency: number[];
  pronounAttention: PronounAttention[];
}

/** A head that moves every twin's margin toward the other pronoun, by at least `carried`. */
export interface CarryingHead extends AblatedHead {
  /** min over twins of −sign(m_t) · Δm_t: how far switching it off pushes each twin the other way. */
  carried: number;
  /** For each twin: does switching it off alone change which of the two pronouns is likelier? */
  flips: boolean[];
}

export interface Decision {
  twins: TwinDecision[];
  /** Heads ranked by how much they carry the decision in every twin, largest first. */
  ranking: CarryingHead[];
}

/** m = log p(first) − log p(second) read from a trace's output probabilities at row `step`. */
function marginOfTrace(
  trace: ReadonlyMap<string, Tensor>,
  step: number,
  pronouns: DecisionPronouns,
) {
  const probs = traced(trace, 'out.probs');
  const vocabulary = probs.shape[1];
  const first = probs.data[step * vocabulary + pronouns.first];
  const second = probs.data[step * vocabulary + pronouns.second];
  return { first, second, margin: Math.log(first) - Math.log(second) };
}

/** Every attention sublayer of the model, encoder first, then decoder self, then encoder-decoder. */
function everySublayer(config: ModelConfig): { kind: AblatedSublayer; layer: number }[] {
  return everyHead(config)
    .filter((head) => head.head === 0)
    .map(({ kind, layer }) => ({ kind, layer }));
}

/** Attention from the pronoun's row to each noun, for every encoder head. */
function pronounAttention(
  trace: ReadonlyMap<string, Tensor>,
  config: ModelConfig,
  sentence: DecisionSentence,
): PronounAttention[] {
  const S = sentence.srcIds.length;
  const result: PronounAttention[] = [];
  for (let layer = 0; layer < config.encoderLayers; layer++) {
    const weights = traced(trace, `enc.${layer}.self.weights`).data;
    for (let head = 0; head < config.heads; head++) {
      const row = (head * S + sentence.pronoun) * S;
      result.push({
        kind: 'enc',
        layer,
        head,
        toNouns: sentence.nouns.map((noun) => weights[row + noun]),
      });
    }
  }
  return result;
}

/** The decision in one twin: its translation, pronoun step, margin and what moves it. */
export function decideTwin(
  params: Params,
  config: ModelConfig,
  sentence: DecisionSentence,
  pronouns: DecisionPronouns,
): TwinDecision {
  const { outputIds } = greedyDecode(params, config, sentence.srcIds, {
    maxSteps: config.maxLength - 1,
  });
  const output = Array.from(outputIds);
  const found = output.findIndex((id) => pronouns.anyPronoun.includes(id));
  // Without a pronoun, the margin is still read at the step the source pronoun would be
  // translated, but nothing was decided: the caller says so and ranks nothing for this twin.
  const step = found >= 0 ? found : null;
  const position = step ?? Math.max(0, Math.min(sentence.pronoun, output.length - 1));
  const prefix = [BOS, ...output.slice(0, position)];
  const trace = forwardTrace(params, config, sentence.srcIds, prefix);
  const { first, second, margin } = marginOfTrace(trace, position, pronouns);
  const weights = resolveWeights(params, config);
  const ids = [pronouns.first, pronouns.second];
  const without = logProbabilitiesWithoutEachHead(trace, weights, position, ids);
  const heads = everyHead(config).map((head, i) => {
    const [logFirst, logSecond] = without[i];
    return { ...head, shift: logFirst - logSecond - margin };
  });
  const sublayers = everySublayer(config).map(({ kind, layer }) => {
    const off = Array.from({ length: config.heads }, (_, head) => ({ kind, layer, head }));
    const without = forwardTrace(params, config, sentence.srcIds, prefix, off);
    return { kind, layer, shift: marginOfTrace(without, position, pronouns).margin - margin };
  });
  const word = { srcIds: sentence.srcIds, tgtIds: prefix, position };
  const towardFirst = gradientTimesInput(params, config, { ...word, wordId: pronouns.first });
  const towardSecond = gradientTimesInput(params, config, { ...word, wordId: pronouns.second });
  return {
    outputIds: output,
    step,
    pronounId: step === null ? null : output[step],
    firstProbability: first,
    secondProbability: second,
    margin,
    heads,
    sublayers,
    saliency: Array.from(towardFirst.source, (value, s) => value - towardSecond.source[s]),
    pronounAttention: pronounAttention(trace, config, sentence),
  };
}

/** The heads ranked by how far switching each off pushes every decided twin the other way. */
export function rankCarryingHeads(twins: readonly TwinDecision[]): CarryingHead[] {
  const decided = twins.filter((twin) => twin.step !== null);
  if (decided.length === 0) return [];
  return decided[0].heads
    .map((head, i) => {
      const pushes = decided.map((twin) => -Math.sign(twin.margin) * twin.heads[i].shift);
      const flips = decided.map(
        (twin) => Math.sign(twin.margin + twin.heads[i].shift) !== Math.sign(twin.margin),
      );
      return {
        kind: head.kind,
        layer: head.layer,
        head: head.head,
        carried: Math.min(...pushes),
        flips,
      };
    })
    .sort((a, b) => b.carried - a.carried);
}

/** Where the choice between two pronouns is decided, for every twin sentence. */
export function locateDecision(
  params: Params,
  config: ModelConfig,
  sentences: readonly DecisionSentence[],
  pronouns: DecisionPronouns,
): Decision {
  const twins = sentences.map((sentence) => decideTwin(params, config, sentence, pronouns));
  return { twins, ranking: rankCarryingHeads(twins) };
}
