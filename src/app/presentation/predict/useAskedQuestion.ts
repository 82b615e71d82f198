/**
 * The question a step asks, worded and answered from the run on screen: the "it" head's row of
 * attention, the decoder's step, the heads switched off one at a time for the explained word.
 * The answer is null while the numbers it needs have not arrived.
 */
import { resolvesPronoun } from '../../../worker/itHeadInfo';
import { useShallow } from 'zustand/react/shallow';
import { selectAttributionTarget, useStore, type AppState } from '../../../store';
import type { PresentQuestion } from '../../../store/presentationSlice';
import { useText, type Catalogue } from '../../../i18n';
import { itFigureSelection } from '../../../store/itFigureSelection';
import { encoderView } from '../../../views/attention/EncoderSelfAttention';
import { useTargetWords } from '../../../views/output/targetWords';
import { askedHead, lessSureWithout, mostAttendedWord, nextWord, type Answered } from './answers';

export interface AskedQuestion {
  kind: PresentQuestion;
  prompt: string;
  /** What the question is about: the head, the words written so far. */
  detail: string;
  /** The choices and the right one, with the sentence that says why; null while computing. */
  answered: (Answered & { why: string }) | null;
}

type Text = Catalogue['present']['question'];

/** What the questions read from the store: primitives and objects the store keeps as they are. */
interface QuestionInputs {
  run: NonNullable<AppState['lastGood']>;
  selection: AppState['selection'];
  /** The layer and head the "it" figure shows (itFigureSelection.ts). */
  itFigureLayer: number;
  itFigureHead: number;
  attribution: AppState['attribution'];
  itHead: { layer: number; head: number } | null;
  /** The output word the head question is about, by position. */
  explained: number | null;
}

/** Only a head that resolves the pronoun is asked about as "the head that resolves it". */
function resolvingItHead(state: AppState): QuestionInputs['itHead'] {
  const itHead = state.modelInfo?.itHead ?? null;
  return resolvesPronoun(itHead) ? itHead : null;
}

export function useAskedQuestion(kind: PresentQuestion | undefined): AskedQuestion | null {
  const text = useText();
  const words = useTargetWords();
  const inputs = useStore(
    useShallow((s) => {
      const itFigure = itFigureSelection(s);
      return {
        run: s.lastGood,
        selection: s.selection,
        itFigureLayer: itFigure.layer,
        itFigureHead: itFigure.head,
        attribution: s.attribution,
        itHead: resolvingItHead(s),
        explained: selectAttributionTarget(s)?.position ?? null,
      };
    }),
  );
  const { run } = inputs;
  if (!kind || !run) return null;
  const state = { ...inputs, run };
  if (kind === 'it-word') return itWordQuestion(state, text.present.question);
  if (kind === 'next-word') return nextWordQuestion(state, words, text.present.question);
  return headOffQuestion(state, text);
}

function itWordQuestion(state: QuestionInputs, text: Text): AskedQuestion {
  const { run } = state;
  const tokens = run.result.sourceTokens;
  const selection = { ...state.selection, layer: state.itFigureLayer, head: state.itFigureHead };
  const view = encoderView(run.trace, selection, tokens.length);
  const word = tokens[Math.min(state.selection.queryToken, tokens.length - 1)] ?? '';
  const question = {
    kind: 'it-word' as const,
    prompt: text.itWord(word),
    detail: view ? text.itWordDetail(view.layer + 1, view.head + 1) : '',
  };
  if (!view) return { ...question, answered: null };
  const answered = mostAttendedWord(view.weights, view.head, view.query, tokens);
  const why = text.itWordWhy(word, answered.choices[answered.answer], answered.value);
  return { ...question, answered: { ...answered, why } };
}

function nextWordQuestion(
  state: QuestionInputs,
  words: readonly string[],
  text: Text,
): AskedQuestion | null {
  const { result } = state.run;
  if (result.steps.length === 0) return null;
  const step = Math.min(state.selection.step, result.steps.length - 1);
  const answered = nextWord(result.steps[step], words);
  const chosen = answered.choices[answered.answer];
  return {
    kind: 'next-word',
    prompt: text.nextWord,
    detail: text.nextWordDetail(result.outputTokens.slice(0, step)),
    answered: { ...answered, why: text.nextWordWhy(chosen, answered.value, answered.top) },
  };
}

function headOffQuestion(state: QuestionInputs, text: Catalogue): AskedQuestion | null {
  const { run, explained, attribution, itHead } = state;
  if (explained === null) return null;
  const t = text.present.question;
  const word = run.result.outputTokens[explained] ?? '';
  const current = attribution.runId === run.id && attribution.position === explained;
  const ablation = current ? attribution.methods.ablation : undefined;
  const effects = ablation?.method === 'ablation' ? ablation.ablation : null;
  const head = effects ? askedHead(effects.heads, itHead) : null;
  const name = head
    ? text.attribution.head(
        text.attribution.sublayerTitles[head.kind],
        head.layer + 1,
        head.head + 1,
      )
    : '';
  const isItHead = itHead !== null;
  const question = {
    kind: 'head-off' as const,
    prompt: t.headOff(word),
    detail: head ? t.headOffDetail(name, isItHead) : '',
  };
  const answered =
    effects && head ? lessSureWithout(effects.heads, head, effects.probability) : null;
  if (!answered) return { ...question, answered: null };
  const why = t.headOffWhy(word, answered.before, answered.value);
  return { ...question, answered: { ...answered, choices: [t.yes, t.no], why } };
}
