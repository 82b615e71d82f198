/**
 * Which models the reader can pick, which one is picked, and what the worker said about it.
 * Every shipped model comes with its untrained twin (same architecture and vocabularies, seeded
 * weights) as the "before training" comparison; with none shipped, a built-in untrained model.
 */
import type {
  EngineError,
  LanguagePair,
  ModelInfo,
  ModelListing,
  ModelVocabularies,
} from '../worker/protocol';
import type { ModelContents } from '../worker/runTypes';
import type { Tensor } from '../engine';
import { modelKey } from '../worker/modelKey';
import type { Language } from '../engine';
import { isPostSentence, postSentenceAs } from './postSentence';
import { clampSelection, selectionBounds } from './selectionSlice';
import type { AppState, SliceCreator } from './types';

export interface ModelChoice {
  key: string;
  /**
   * The name the reader gave a model trained in the page; null for the others, which the page
   * names from their languages and kind (see modelLabel).
   */
  trainedName: string | null;
  trained: boolean;
  languages: LanguagePair;
}

export type ModelStatus = 'loading' | 'ready' | 'failed';

export interface ModelSlice {
  models: ModelChoice[];
  /**
   * False until public/models/index.json has been read: meanwhile the page knows only the built-in
   * untrained model, and must not say that this is the model on screen.
   */
  modelsListed: boolean;
  /** The picked model's key (see modelKey). */
  modelKey: string;
  modelStatus: ModelStatus;
  /** What the worker reported once the picked model loaded. */
  modelInfo: ModelInfo | null;
  /** The picked model's words, every one at its id. */
  modelVocabularies: ModelVocabularies | null;
  /**
   * The picked model's parameters by name. Like a run's trace, they stay inside one Map that
   * views pick the few tensors they draw from, never spread into the state one by one.
   */
  modelParameters: ReadonlyMap<string, Tensor> | null;
  modelError: EngineError | null;
  /** How many times the reader pressed Retry: each press loads the picked model again. */
  modelRetries: number;
  setModelListings: (listings: ModelListing[]) => void;
  selectModel: (key: string) => void;
  modelLoaded: (info: ModelInfo, contents?: ModelContents) => void;
  modelFailed: (key: string, error: EngineError) => void;
  /** Loads the picked model again (in a new engine if the last one was given up on). */
  retryModel: () => void;
}

const BUILT_IN_UNTRAINED: ModelChoice = {
  key: modelKey({ kind: 'untrained', basedOn: null }),
  trainedName: null,
  trained: false,
  languages: { source: 'en', target: 'fr' },
};

/** The picker's options for the models listed in public/models/index.json. */
export function modelChoices(listings: readonly ModelListing[]): ModelChoice[] {
  if (listings.length === 0) return [BUILT_IN_UNTRAINED];
  return listings.flatMap((listing) => {
    const languages = { source: listing.sourceLanguage, target: listing.targetLanguage };
    return [
      {
        key: modelKey({ kind: 'shipped', name: listing.name }),
        trainedName: null,
        trained: true,
        languages,
      },
      {
        key: modelKey({ kind: 'untrained', basedOn: listing.name }),
        trainedName: null,
        trained: false,
        languages,
      },
    ];
  });
}

export const createModelSlice: SliceCreator<ModelSlice> = (set) => ({
  models: [BUILT_IN_UNTRAINED],
  modelsListed: false,
  modelKey: BUILT_IN_UNTRAINED.key,
  modelStatus: 'loading',
  modelInfo: null,
  modelVocabularies: null,
  modelParameters: null,
  modelError: null,
  modelRetries: 0,
  setModelListings: (listings) =>
    set((state) => {
      const models = modelChoices(listings);
      const kept = models.find((m) => m.key === state.modelKey);
      const listed = { models, modelsListed: true };
      if (kept) return { ...listed, ...postSentenceFor(kept, state.sentence) };
      // A sentence of a link's own keeps the first model: its language is the link's to say.
      const ownSentence = !isPostSentence(state.sentence);
      const opening = ownSentence ? models[0] : defaultModel(models, state.language);
      return { ...listed, ...pickWithSentence(opening, state.sentence) };
    }),
  selectModel: (key) =>
    set((state) => {
      const choice = state.models.find((m) => m.key === key);
      return choice ? pickWithSentence(choice, state.sentence) : state;
    }),
  modelLoaded: (info, contents) =>
    set((state) => {
      if (modelKey(info.ref) !== state.modelKey) return state;
      const next = { ...state, modelInfo: info };
      return {
        modelInfo: info,
        modelVocabularies: contents?.vocabularies ?? null,
        modelParameters: contents?.parameters ?? null,
        modelStatus: 'ready',
        modelError: null,
        selection: clampSelection(state.selection, selectionBounds(next)),
      };
    }),
  modelFailed: (key, error) =>
    set((state) => (key === state.modelKey ? { modelStatus: 'failed', modelError: error } : state)),
  retryModel: () =>
    set((state) => ({
      modelStatus: 'loading',
      modelError: null,
      modelRetries: state.modelRetries + 1,
    })),
});

/**
 * The model a page in `language` opens on the post's sentence: the first trained model that reads
 * that language (a French reader types French), else the first model.
 */
export function defaultModel(models: readonly ModelChoice[], language: Language): ModelChoice {
  return models.find((m) => m.trained && m.languages.source === language) ?? models[0];
}

/**
 * The page's language changes to `language`: while the reader has changed neither the model nor
 * the sentence (the model the old language opens on, one of the post's sentences), both follow
 * it. Otherwise the reader's choices stay.
 */
export function modelFollowingLanguage(state: AppState, language: Language): Partial<AppState> {
  const untouched =
    state.modelsListed &&
    state.modelKey === defaultModel(state.models, state.language).key &&
    isPostSentence(state.sentence);
  const next = defaultModel(state.models, language);
  return untouched && next.key !== state.modelKey ? pickWithSentence(next, state.sentence) : {};
}

/** The post's sentence in the language `model` reads; nothing for a sentence of the reader's own. */
function postSentenceFor(model: ModelChoice, sentence: string): Partial<AppState> {
  const written = postSentenceAs(sentence, model.languages.source);
  return written !== null && written !== sentence ? { sentence: written } : {};
}

function pickWithSentence(model: ModelChoice, sentence: string): Partial<AppState> {
  return { ...pick(model.key), ...postSentenceFor(model, sentence) };
}

/**
 * A newly picked model: until it has run, the figures show nothing rather than pair the last
 * model's run with this model's sizes. The sentence bar keeps the last translation meanwhile.
 */
function pick(key: string): Partial<AppState> {
  return {
    modelKey: key,
    modelStatus: 'loading',
    modelInfo: null,
    modelVocabularies: null,
    modelParameters: null,
    modelError: null,
    lastGood: null,
    // Heads switched off belong to the model they were picked in.
    ablatedHeads: [],
  };
}
