/**
 * "Which words decided this word?": the output word the reader picked and the worker's
 * attributions of it, one method at a time as they arrive. As with runs and scores, only the
 * newest request's answers are taken.
 */
import type { Attribution, AttributionMethod, ExplainedWord } from '../engine';
import type { EngineError } from '../worker/protocol';
import type { AppState, SliceCreator } from './types';

export type AttributionStatus = 'idle' | 'running' | 'done' | 'failed';

export interface AttributionState {
  /** 0 before the first request. */
  id: number;
  /** The run (its id) and output word the attributions are for. */
  runId: number;
  position: number;
  status: AttributionStatus;
  /** Each method's attribution, once it has arrived. */
  methods: Partial<Record<AttributionMethod, Attribution>>;
  /** Time in the worker for every method together, once all have arrived. */
  computeMs: number | null;
  error: EngineError | null;
}

export interface AttributionSlice {
  /** The output word the reader picked, by position; null for the default word. */
  attributionWord: number | null;
  attribution: AttributionState;
  pickAttributionWord: (position: number | null) => void;
  attributionStarted: (id: number, runId: number, position: number) => void;
  attributionReceived: (id: number, attribution: Attribution) => void;
  attributionFinished: (id: number, computeMs: number) => void;
  attributionFailed: (id: number, error: EngineError) => void;
}

export const IDLE_ATTRIBUTION: AttributionState = {
  id: 0,
  runId: 0,
  position: 0,
  status: 'idle',
  methods: {},
  computeMs: null,
  error: null,
};

export const createAttributionSlice: SliceCreator<AttributionSlice> = (set) => ({
  attributionWord: null,
  attribution: IDLE_ATTRIBUTION,
  pickAttributionWord: (position) => set({ attributionWord: position }),
  attributionStarted: (id, runId, position) =>
    set((state) =>
      id > state.attribution.id
        ? {
            attribution: {
              id,
              runId,
              position,
              status: 'running',
              methods: {},
              computeMs: null,
              error: null,
            },
          }
        : state,
    ),
  attributionReceived: (id, attribution) =>
    set((state) =>
      id === state.attribution.id
        ? {
            attribution: {
              ...state.attribution,
              methods: { ...state.attribution.methods, [attribution.method]: attribution },
            },
          }
        : state,
    ),
  attributionFinished: (id, computeMs) =>
    set((state) =>
      id === state.attribution.id
        ? { attribution: { ...state.attribution, status: 'done', computeMs } }
        : state,
    ),
  attributionFailed: (id, error) =>
    set((state) =>
      id === state.attribution.id
        ? { attribution: { ...state.attribution, status: 'failed', error } }
        : state,
    ),
});

/** Output words that name what "it" refers to, in either direction of the shipped models. */
const PRONOUNS = new Set(['il', 'elle', 'it']);

/**
 * The output word to explain: the reader's pick, else the translation's pronoun when it has one
 * (the post's "it" question), else its first word. Null before any translation.
 */
export function selectAttributionTarget(
  state: AppState,
): { runId: number; position: number; word: ExplainedWord } | null {
  const run = state.lastGood;
  if (!run) return null;
  const { srcIds, tgtIds, outputIds, outputTokens } = run.result;
  if (outputIds.length === 0) return null;
  const pronoun = outputTokens.findIndex((token) => PRONOUNS.has(token.toLowerCase()));
  const picked = state.attributionWord;
  const position = picked !== null && picked < outputIds.length ? picked : Math.max(pronoun, 0);
  return {
    runId: run.id,
    position,
    word: { srcIds, tgtIds, position, wordId: outputIds[position] },
  };
}
