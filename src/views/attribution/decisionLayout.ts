/**
 * What the "Where is il/elle decided?" figure shows, computed from the worker's answer: the
 * strongest heads and sublayers of each twin, diverging bars (toward "il" or toward "elle"), and
 * the sentence that says in plain words where the model carries the choice.
 */
import type { CarryingHead, Decision, TwinDecision } from '../../engine';
import type { AblatedHead, AblatedSublayer } from '../../engine';
import { en, type Catalogue } from '../../i18n/en';

type Text = Catalogue['attribution'];

/** "decoder self-attention, layer 2, head 1": layers and heads counted from 1, as elsewhere. */
export const decisionHeadName = ({ kind, layer, head }: AblatedHead, text: Text = en.attribution) =>
  text.head(text.sublayers[kind], layer + 1, head + 1);

/** "decoder self-attention of layer 2". */
export const sublayerName = (
  { kind, layer }: { kind: AblatedSublayer; layer: number },
  text: Text = en.attribution,
) => text.sublayerOfLayer(text.sublayers[kind], layer + 1);

/** A bar of a diverging figure: its label, value and half-width share (0–1) on its side. */
export interface DivergingBar {
  label: string;
  value: number;
  /** |value| / largest |value| of the figure. */
  share: number;
  /** Positive values push toward the first pronoun ("il"), negative toward the second. */
  towardFirst: boolean;
}

/** Bars for `values`, each scaled by the largest |value| so the longest fills its side. */
export function divergingBars(
  labels: readonly string[],
  values: readonly number[],
): DivergingBar[] {
  const largest = values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  return values.map((value, i) => ({
    label: labels[i],
    value,
    share: largest === 0 ? 0 : Math.abs(value) / largest,
    towardFirst: value > 0,
  }));
}

/** The `count` heads of a twin whose removal moves its margin most, either way, largest first. */
export function strongestHeads(twin: TwinDecision, count: number) {
  return [...twin.heads].sort((a, b) => Math.abs(b.shift) - Math.abs(a.shift)).slice(0, count);
}

/** The sublayer whose removal pushes the twin's margin furthest toward the other pronoun. */
export function carryingSublayer(twin: TwinDecision) {
  const push = (shift: number) => -Math.sign(twin.margin) * shift;
  return twin.sublayers.reduce((best, s) => (push(s.shift) > push(best.shift) ? s : best));
}

/** The pronoun the margin favours: m > 0 favours the first. */
const favoured = (margin: number, words: [string, string]) => (margin > 0 ? words[0] : words[1]);

/** "switching it off turns 'elle' into 'il' for the wide one" for every twin it flips. */
function flipsSaid(
  flips: boolean[],
  twins: TwinDecision[],
  cues: string[],
  words: [string, string],
  text: Text,
) {
  const said = twins.flatMap((twin, i) =>
    flips[i]
      ? [text.flip(favoured(twin.margin, words), favoured(-twin.margin, words), cues[i])]
      : [],
  );
  return said.length > 0 ? text.turns(said) : '';
}

/**
 * The plain-words answer: which sublayer carries the choice in each twin (and whether switching
 * it off flips the pronoun), then the single head that pushes every twin furthest the other way.
 */
export function decisionSentences(
  decision: Decision,
  cues: string[],
  words: [string, string],
  text: Text = en.attribution,
): string[] {
  const decided = decision.twins.filter((t) => t.step !== null);
  if (decided.length === 0) return [text.noPronounAtAll];
  const said = decision.twins.flatMap((twin, i) => {
    if (twin.step === null) return [text.noPronoun(cues[i])];
    const carrier = carryingSublayer(twin);
    const flips = Math.sign(twin.margin + carrier.shift) !== Math.sign(twin.margin);
    const flipped = flips ? flipsSaid([true], [twin], [cues[i]], words, text) : '';
    const written = favoured(twin.margin, words);
    return [text.carried(cues[i], written, sublayerName(carrier, text), flipped || null)];
  });
  const top: CarryingHead | undefined = decision.ranking[0];
  if (!top || top.carried <= 0) {
    said.push(text.shared);
  } else {
    const decidedCues = decision.twins.flatMap((t, i) => (t.step === null ? [] : [cues[i]]));
    const flipped = flipsSaid(top.flips, decided, decidedCues, words, text);
    said.push(text.topHead(decisionHeadName(top, text), flipped || null));
  }
  return said;
}
