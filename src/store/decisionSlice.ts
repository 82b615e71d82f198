/**
 * "Where is il/elle decided?": the worker's answer for the loaded model. It is computed only when
 * the reader asks (one pass per head, about a second), and kept with the model it is for, so a
 * model picked since shows the button again rather than another model's answer.
 */
import type { DecisionOutcome } from '../worker/decision';
import type { SliceCreator } from './types';

export type DecisionStatus = 'idle' | 'wanted' | 'running' | 'done';

export interface DecisionState {
  /** The model the answer is (or will be) for; '' before the first question. */
  modelKey: string;
  /** The request's id; 0 before it is sent. */
  id: number;
  status: DecisionStatus;
  outcome: DecisionOutcome | null;
}

export interface DecisionSlice {
  decision: DecisionState;
  /** The reader asked where the loaded model decides il/elle. */
  askDecision: (modelKey: string) => void;
  decisionStarted: (id: number, modelKey: string) => void;
  decisionArrived: (id: number, outcome: DecisionOutcome) => void;
}

export const IDLE_DECISION: DecisionState = { modelKey: '', id: 0, status: 'idle', outcome: null };

export const createDecisionSlice: SliceCreator<DecisionSlice> = (set) => ({
  decision: IDLE_DECISION,
  askDecision: (modelKey) => set({ decision: { ...IDLE_DECISION, modelKey, status: 'wanted' } }),
  decisionStarted: (id, modelKey) =>
    set((state) =>
      state.decision.modelKey === modelKey && state.decision.status === 'wanted'
        ? { decision: { ...state.decision, id, status: 'running' } }
        : {},
    ),
  decisionArrived: (id, outcome) =>
    set((state) =>
      state.decision.id === id ? { decision: { ...state.decision, status: 'done', outcome } } : {},
    ),
});
