/**
 * The head of the post's "it" figure, as `npm run train` (or `npm run eval -- --save-it-head`)
 * measured it and wrote it in config.json (evaluation.itHead, guidedHeads): the encoder head that
 * best sends the source's pronoun ("it"; il or elle for a model that reads French) to the noun it
 * stands for. The page opens the figure on it and says what it does, or that no head does it. Read
 * defensively: a config.json without it, or with numbers out of range, gives null.
 */
import type { ModelConfig } from '../engine';
import { isPlainObject } from '../engine';

export interface ItHeadInfo {
  /** Encoder layer and head, counted from 0. */
  layer: number;
  head: number;
  /** Share of test "it" sentences where the pronoun gives its antecedent the most weight. */
  resolves: number;
  meanAntecedentWeight: number;
  /** Share where the head also picks the other noun once the reason is about it. */
  flips: number;
  sentences: number;
  /** Whether training guided this head (guided attention), or it learnt this alone. */
  guided: boolean;
  /** The encoder-decoder head guided from the French pronoun to "it", if one was (from 0). */
  guidedCross: { layer: number; head: number } | null;
  /**
   * The probability with which training switched off each other head of the attention over the
   * source for a sentence, the guided heads never (training.headDropout; 0 when it did not).
   */
  headDropout: number;
  /** il/elle right with the head on and switched off, on the sentences only meaning can settle. */
  ablation: { sentences: number; pronounWithHead: number; pronounWithoutHead: number } | null;
}

/**
 * A head does what the post shows when its pronoun gives the noun it stands for the most weight in
 * at least this share of sentences (the bar the models are trained to); below it, the head is only
 * the closest this model has.
 */
const RESOLVING_SHARE = 0.9;

/** Whether `itHead` is a head that resolves the pronoun, not only the closest one. */
export function resolvesPronoun(itHead: ItHeadInfo | null): itHead is ItHeadInfo {
  return itHead !== null && itHead.resolves >= RESOLVING_SHARE;
}

const share = (value: unknown): value is number =>
  typeof value === 'number' && value >= 0 && value <= 1;
const count = (value: unknown, below: number): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) < below;

export function readItHead(json: unknown, config: ModelConfig): ItHeadInfo | null {
  if (!isPlainObject(json) || !isPlainObject(json.evaluation)) return null;
  const it = json.evaluation.itHead;
  if (!isPlainObject(it)) return null;
  const { layer, head, resolves, meanAntecedentWeight, flips, sentences, ablation } = it;
  if (!count(layer, config.encoderLayers) || !count(head, config.heads)) return null;
  if (!share(resolves) || !share(meanAntecedentWeight) || !share(flips)) return null;
  if (!count(sentences, 1e9)) return null;
  const guidedHeads = Array.isArray(json.guidedHeads) ? json.guidedHeads : [];
  const guided = guidedHeads.some(
    (g) => isPlainObject(g) && g.sublayer === 'enc' && g.layer === layer && g.head === head,
  );
  const cross = guidedHeads.find((g) => isPlainObject(g) && g.sublayer === 'dec-cross');
  const guidedCross =
    isPlainObject(cross) &&
    count(cross.layer, config.decoderLayers) &&
    count(cross.head, config.heads)
      ? { layer: cross.layer, head: cross.head }
      : null;
  const training = isPlainObject(json.training) ? json.training : {};
  const headDropout =
    share(training.headDropout) && training.headDropout < 1 ? training.headDropout : 0;
  const ablationOk =
    isPlainObject(ablation) &&
    count(ablation.sentences, 1e9) &&
    share(ablation.pronounWithHead) &&
    share(ablation.pronounWithoutHead);
  return {
    layer,
    head,
    resolves,
    meanAntecedentWeight,
    flips,
    sentences,
    guided,
    guidedCross,
    headDropout,
    ablation: ablationOk
      ? {
          sentences: ablation.sentences as number,
          pronounWithHead: ablation.pronounWithHead as number,
          pronounWithoutHead: ablation.pronounWithoutHead as number,
        }
      : null,
  };
}
