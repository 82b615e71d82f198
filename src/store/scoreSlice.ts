/**
 * The loss figure's sentence pair and its scores. The source is the sentence of the run on
 * screen; the reference is what the reader typed for that sentence, else the post's own
 * translation of it (when it is one of the post's sentences), else the translation on screen.
 * The worker scores the pair with the model and its untrained twin; as with runs, only the
 * newest request's answer is taken.
 */
import { POST_SENTENCES } from '../corpus/post';
import { detokenize, tokenize } from '../engine';
import type { EngineError, LanguagePair } from '../worker/protocol';
import type { ScoredReference } from '../worker/runTypes';
import type { AppState, SliceCreator } from './types';

export type ScoreStatus = 'idle' | 'running' | 'done' | 'failed';

export interface ScoreState {
  /** 0 before the first request. */
  id: number;
  status: ScoreStatus;
  /** The last pair scored: it stays while a newer one is scored. */
  result: ScoredReference | null;
  error: EngineError | null;
}

/** Where the reference came from: typed by the reader, the post's, or the model's own output. */
export type ReferenceOrigin = 'typed' | 'post' | 'model';

export interface LossPair {
  sentence: string;
  reference: string;
  origin: ReferenceOrigin;
}

export interface ScoreSlice {
  /** The reference the reader typed, and the sentence it was typed for. */
  referenceDraft: { sentence: string; text: string } | null;
  score: ScoreState;
  /** The reader typed `text` as the reference translation of `sentence`. */
  setReference: (sentence: string, text: string) => void;
  scoreStarted: (id: number) => void;
  scoreFinished: (score: ScoredReference) => void;
  scoreFailed: (id: number, error: EngineError) => void;
}

export const IDLE_SCORE: ScoreState = { id: 0, status: 'idle', result: null, error: null };

export const createScoreSlice: SliceCreator<ScoreSlice> = (set) => ({
  referenceDraft: null,
  score: IDLE_SCORE,
  setReference: (sentence, text) => set({ referenceDraft: { sentence, text } }),
  scoreStarted: (id) =>
    set((state) =>
      id > state.score.id
        ? { score: { ...state.score, id, status: 'running', error: null } }
        : state,
    ),
  scoreFinished: (score) =>
    set((state) =>
      score.id === state.score.id
        ? { score: { id: score.id, status: 'done', result: score, error: null } }
        : state,
    ),
  scoreFailed: (id, error) =>
    set((state) =>
      id === state.score.id ? { score: { ...state.score, status: 'failed', error } } : state,
    ),
});

/**
 * The post's translation of `sentence` when it is one of the post's sentences (compared as
 * tokens, so spacing, case and apostrophes do not matter), written as a reader would type it.
 */
export function postReference(sentence: string, languages: LanguagePair): string | null {
  const typed = tokenize(sentence, languages.source).join(' ').toLowerCase();
  const pair = POST_SENTENCES.find((p) => p[languages.source].join(' ') === typed);
  return pair ? detokenize(pair[languages.target], languages.target) : null;
}

/** The pair the loss figure scores: the run on screen's sentence and its reference. */
export function selectLossPair(state: AppState): LossPair | null {
  const result = state.lastGood?.result;
  const languages = state.modelInfo?.languages;
  if (!result || !languages) return null;
  const { sentence } = result;
  const draft = state.referenceDraft;
  if (draft && draft.sentence === sentence)
    return { sentence, reference: draft.text, origin: 'typed' };
  const fromPost = postReference(sentence, languages);
  if (fromPost !== null) return { sentence, reference: fromPost, origin: 'post' };
  return { sentence, reference: result.translation, origin: 'model' };
}
