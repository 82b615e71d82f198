/**
 * A `locateDecision` request: where the loaded model decides between "il" and "elle" for the
 * post's "it" sentence and its twin (tired / wide). The twins come from the post's own
 * sentences; which heads matter is found by the engine, never named here.
 */
import {
  locateDecision,
  type Decision,
  type DecisionPronouns,
  type DecisionSentence,
} from '../engine';
import { POST_SENTENCES } from '../corpus/post';
import { errors as text } from '../i18n/en/errors';
import type { LoadOutcome, LoadedModel } from './models';
import type { EngineError, Reply } from './protocol';
import { isEngineError, prepareSource } from './source';
import { FIRST, SECOND } from './decisionPronouns';

/** Every pronoun that counts as the pronoun step, beside the two the decision is between. */
const PRONOUNS = ['il', 'elle', 'ils', 'elles'];

/** One twin as the page shows it. */
export interface DecisionTwinWords {
  /** The source words, as the model reads them (ending with <eos>). */
  source: string[];
  /** The greedy translation's words (ending with <eos> when the model stopped). */
  output: string[];
  /** The word that differs from the other twin ("tired", "wide"). */
  cue: string;
}

export type DecisionOutcome =
  | { kind: 'located'; decision: Decision; twins: DecisionTwinWords[]; computeMs: number }
  /**
   * Nothing to locate in this model, with the reason in plain words: it translates from French,
   * it lacks a pronoun, or the post's sentences cannot be read (`sentence`, the engine's words).
   */
  | { kind: 'nothingToDecide'; reason: string; why: 'fromFrench' | 'words' | 'sentence' }
  | { kind: 'failed'; error: EngineError };

/** The post's "it" sentences: each names its pronoun and the two nouns it may name. */
function itSentences(): { en: string[]; pronoun: number; nouns: number[] }[] {
  return POST_SENTENCES.flatMap((pair) =>
    pair.coreference
      ? [
          {
            en: pair.en,
            pronoun: pair.coreference.en.pronoun,
            nouns: pair.coreference.en.candidates,
          },
        ]
      : [],
  );
}

/** The word where two token lists differ. */
function differingWord(words: string[], other: string[]): string {
  return words.find((word, i) => word !== other[i]) ?? '';
}

/** The twins and pronouns in this model's vocabularies, or why there is nothing to decide. */
export function decisionInputs(
  model: LoadedModel,
):
  | { sentences: DecisionSentence[]; pronouns: DecisionPronouns; twins: DecisionTwinWords[] }
  | { reason: string; why: 'fromFrench' | 'words' | 'sentence' } {
  const { languages, config } = model.info;
  if (languages.source !== 'en' || languages.target !== 'fr') {
    return { reason: text.noDecisionFromFrench, why: 'fromFrench' };
  }
  const first = model.target.idOf(FIRST);
  const second = model.target.idOf(SECOND);
  if (first === undefined || second === undefined) {
    return { reason: text.noDecisionWords(FIRST, SECOND), why: 'words' };
  }
  const anyPronoun = PRONOUNS.flatMap((word) => model.target.idOf(word) ?? []);
  const found = itSentences();
  const sentences: DecisionSentence[] = [];
  const twins: DecisionTwinWords[] = [];
  for (const [i, sentence] of found.entries()) {
    const source = prepareSource(sentence.en.join(' '), model.source, config, 'en');
    if (isEngineError(source)) return { reason: source.message, why: 'sentence' };
    sentences.push({
      srcIds: Array.from(source.srcIds),
      pronoun: sentence.pronoun,
      nouns: sentence.nouns,
    });
    twins.push({
      source: source.tokens,
      output: [],
      cue: differingWord(sentence.en, found[(i + 1) % found.length].en),
    });
  }
  return { sentences, pronouns: { first, second, anyPronoun }, twins };
}

/** Locates the decision in the loaded model, or says why there is none to locate. */
export function decideInModel(model: LoadedModel, now: () => number): DecisionOutcome {
  const inputs = decisionInputs(model);
  if ('reason' in inputs) return { kind: 'nothingToDecide', ...inputs };
  const startedAt = now();
  const decision = locateDecision(
    model.params,
    model.info.config,
    inputs.sentences,
    inputs.pronouns,
  );
  const twins = inputs.twins.map((twin, i) => ({
    ...twin,
    output: decision.twins[i].outputIds.map((id) => model.target.tokenOf(id)),
  }));
  return { kind: 'located', decision, twins, computeMs: now() - startedAt };
}

/** Answers a `locateDecision` request for the model `loading` (undefined when never loaded). */
export async function answerDecision(
  id: number,
  loading: Promise<LoadOutcome> | undefined,
  host: { post: (reply: Reply) => void; now: () => number },
): Promise<void> {
  const notLoaded: EngineError = {
    code: 'model_load_failed',
    message:
      'The model was not loaded before the search for where il/elle is decided asked for it.',
    file: 'config.json',
    reason: 'not_loaded',
  };
  const outcome = loading ? await loading : null;
  host.post({
    type: 'decision',
    id,
    outcome: !outcome
      ? { kind: 'failed', error: notLoaded }
      : outcome.ok
        ? decideInModel(outcome.model, host.now)
        : { kind: 'failed', error: outcome.error },
  });
}
