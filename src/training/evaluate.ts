/**
 * The figures a trained model is judged by, on held-out pairs:
 * - exact match: the greedy translation equals the reference token for token;
 * - corpus BLEU;
 * - for the "it" sentences, how often the translation picks the right French pronoun (il / elle)
 *   — the model must know what "it" refers to — and how often the whole sentence is right;
 * - how often the encoder-decoder attention's strongest source word is the gold-aligned word
 *   (per layer: the best head and the head average), read from a teacher-forced pass over the
 *   reference.
 */
import { traceName } from '../engine';
import { describeItSentence, type SentencePair } from '../corpus';
import {
  BOS,
  EOS,
  forwardTrace,
  greedyDecode,
  type HeadAblation,
  type ModelConfig,
  type Params,
} from '../engine';
import type { Vocabulary } from '../engine';
import {
  alignmentAccuracy,
  emptyTally,
  tallyAlignment,
  type AlignmentTally,
} from '../evaluation/alignment';
import { corpusBleu } from '../evaluation/bleu';
import { sidesOf, sidesOfPair, type Direction } from './direction';

export interface TrainedModel {
  config: ModelConfig;
  params: Params;
  source: Vocabulary;
  target: Vocabulary;
}

export interface LayerAlignment {
  layer: number;
  bestHead: number;
  bestHeadAccuracy: number;
  averagedAccuracy: number;
}

export interface Evaluation {
  sentences: number;
  exactMatch: number;
  bleu: number;
  /**
   * The "it" sentences, by whom the reason is about (the one who acts, or the one acted on): how
   * often the pronoun is right (il / elle / ils / elles into French; the whole sentence into
   * English) and how often the whole sentence is.
   */
  itSentences: {
    agent: number;
    patient: number;
    pronounAccuracy: number;
    exactMatch: number;
  } | null;
  alignment: LayerAlignment[];
  /** Pairs the model got wrong, a few, for a human to read. */
  mistakes: { source: string; expected: string; produced: string }[];
}

/** The greedy translation of source tokens, without <eos>, with some heads switched off if given. */
export function translateTokens(
  model: TrainedModel,
  sourceTokens: string[],
  ablatedHeads: HeadAblation = [],
): string[] {
  const { ids } = model.source.toIds(sourceTokens);
  const maxSteps = model.config.maxLength - 1;
  const { outputIds } = greedyDecode(model.params, model.config, [...ids, EOS], {
    maxSteps,
    ablatedHeads,
  });
  return [...outputIds].filter((id) => id !== EOS).map((id) => model.target.tokenOf(id));
}

/** The pronoun after "qu'" (of "parce qu'") in a French sentence, if any. */
function pronounAfterBecause(tokens: string[]): string | undefined {
  const at = tokens.indexOf("qu'");
  return at >= 0 ? tokens[at + 1] : undefined;
}

export function evaluate(
  model: TrainedModel,
  pairs: readonly SentencePair[],
  direction: Direction,
  mistakesToKeep = 10,
): Evaluation {
  const { target, sourceFirst } = sidesOf(direction);
  const layers = model.config.decoderLayers;
  const tallies: AlignmentTally[] = Array.from({ length: layers }, () =>
    emptyTally(model.config.heads),
  );
  const candidates: string[][] = [];
  const references: string[][] = [];
  const mistakes: Evaluation['mistakes'] = [];
  const it = { agent: 0, patient: 0, total: 0, pronounRight: 0, exact: 0 };
  let exact = 0;

  for (const pair of pairs) {
    const [sourceTokens, referenceTokens] = sidesOfPair(pair, direction);
    const produced = translateTokens(model, sourceTokens);
    const right = produced.join(' ') === referenceTokens.join(' ');
    candidates.push(produced);
    references.push(referenceTokens);
    if (right) exact++;
    else if (mistakes.length < mistakesToKeep) {
      mistakes.push({
        source: sourceTokens.join(' '),
        expected: referenceTokens.join(' '),
        produced: produced.join(' '),
      });
    }

    const itSentence = describeItSentence(pair);
    if (itSentence) {
      it.total++;
      it[itSentence.role]++;
      if (right) it.exact++;
      const pronoun = target === 'fr' ? pronounAfterBecause(produced) : undefined;
      const expected = pair.fr[itSentence.fr.pronoun];
      if (target === 'fr' ? pronoun === expected : right) it.pronounRight++;
    }

    const srcIds = [...model.source.toIds(sourceTokens).ids, EOS];
    const tgtInput = [BOS, ...model.target.toIds(referenceTokens).ids];
    const trace = forwardTrace(model.params, model.config, srcIds, tgtInput);
    for (let l = 0; l < layers; l++) {
      const weights = trace.get(traceName.dec(l).cross('weights'));
      if (weights)
        tallyAlignment(tallies[l], weights, pair.alignment, referenceTokens.length, sourceFirst);
    }
  }

  return {
    sentences: pairs.length,
    exactMatch: pairs.length ? exact / pairs.length : 0,
    bleu: corpusBleu(candidates, references).bleu,
    itSentences: it.total
      ? {
          agent: it.agent,
          patient: it.patient,
          pronounAccuracy: it.pronounRight / it.total,
          exactMatch: it.exact / it.total,
        }
      : null,
    alignment: tallies.map((tally, layer) => ({ layer, ...alignmentAccuracy(tally) })),
    mistakes,
  };
}

/** The evaluation as lines of text for a terminal. */
export function describeEvaluation(evaluation: Evaluation, direction: Direction): string {
  const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines = [
    `${direction} on ${evaluation.sentences} held-out pairs`,
    `  exact match        ${percent(evaluation.exactMatch)}`,
    `  corpus BLEU        ${evaluation.bleu.toFixed(2)}`,
  ];
  const it = evaluation.itSentences;
  if (it) {
    const label = direction === 'en-fr' ? 'il/elle right' : 'sentence right';
    lines.push(
      `  "it" sentences     ${it.agent + it.patient} (${it.agent} about the one who acts, ${it.patient} about the other): ${label} ${percent(it.pronounAccuracy)}, exact ${percent(it.exactMatch)}`,
    );
  }
  for (const a of evaluation.alignment) {
    lines.push(
      `  alignment, decoder layer ${a.layer}: best head ${a.bestHead} ${percent(a.bestHeadAccuracy)}, head average ${percent(a.averagedAccuracy)}`,
    );
  }
  for (const m of evaluation.mistakes) {
    lines.push(`  ✗ ${m.source}\n      expected ${m.expected}\n      produced ${m.produced}`);
  }
  return lines.join('\n');
}
