/**
 * The training lab: its settings, and the run the training worker reports on (its loss curve,
 * speed and the probe's attention). Only the newest run's reports are taken. A model trained
 * here can become the page's current model: it joins the model picker and every view shows it.
 */
import { DEFAULT_LAB_SETTINGS, type LabSettings } from '../training/labSettings';
import { modelKey, modelRefFromKey } from '../worker/modelKey';
import type { LanguagePair } from '../worker/protocol';
import type { LabProgress, ProbeSnapshot } from '../worker/trainingListener';
import type { LabRunInfo, TrainingError, TrainingStatus } from '../worker/trainingProtocol';
import type { ModelChoice } from './modelSlice';
import type { SliceCreator } from './types';

/** idle: nothing trained yet; preparing: the worker builds the task and the model. */
export type LabStatus = 'idle' | 'preparing' | TrainingStatus | 'failed';

export interface LabState {
  /** The run's id; 0 before the first. */
  runId: number;
  status: LabStatus;
  info: LabRunInfo | null;
  /** Steps trained so far. */
  step: number;
  /** The training loss of steps lossStart, lossStart + 1, … */
  lossStart: number;
  losses: number[];
  heldOut: { step: number; loss: number }[];
  tokensPerSecond: number;
  learningRate: number;
  trainingMs: number;
  probe: ProbeSnapshot | null;
  error: TrainingError | null;
}

export interface TrainingSlice {
  labSettings: LabSettings;
  lab: LabState;
  setLabSettings: (settings: LabSettings) => void;
  /** Training was asked for: the previous curve is cleared. */
  labRequested: (runId: number) => void;
  /** A run began (training, or a file opened): it replaces the lab's run. */
  labStarted: (runId: number, info: LabRunInfo) => void;
  labProgressed: (progress: LabProgress) => void;
  labStatusChanged: (runId: number, status: TrainingStatus, step: number) => void;
  labFailed: (error: TrainingError, runId: number | null) => void;
  labReset: () => void;
  /**
   * Makes a model trained in the lab the page's current model, named `name`, and puts `sentence`
   * (words it knows) in the sentence box.
   */
  openTrainedModel: (
    name: string,
    label: string,
    languages: LanguagePair,
    sentence: string,
  ) => void;
}

const IDLE_LAB: LabState = {
  runId: 0,
  status: 'idle',
  info: null,
  step: 0,
  lossStart: 1,
  losses: [],
  heldOut: [],
  tokensPerSecond: 0,
  learningRate: 0,
  trainingMs: 0,
  probe: null,
  error: null,
};

export const createTrainingSlice: SliceCreator<TrainingSlice> = (set, get) => {
  /** Applies `change` to the lab if `runId` is its run; ignores a stale report. */
  const update = (runId: number, change: (lab: LabState) => Partial<LabState>) =>
    set((state) =>
      state.lab.runId === runId ? { lab: { ...state.lab, ...change(state.lab) } } : state,
    );

  return {
    labSettings: DEFAULT_LAB_SETTINGS,
    lab: IDLE_LAB,
    setLabSettings: (labSettings) => set({ labSettings }),
    labRequested: (runId) => set({ lab: { ...IDLE_LAB, runId, status: 'preparing' } }),
    labStarted: (runId, info) =>
      set((state) => {
        if (runId < state.lab.runId) return state;
        const { startStep } = info;
        const lab: LabState = { ...IDLE_LAB, runId, status: 'preparing', info, step: startStep };
        // The form shows the run's settings: a model opened from a file brings its own.
        return { lab: { ...lab, lossStart: startStep + 1 }, labSettings: info.settings };
      }),
    labProgressed: (progress) =>
      update(progress.runId, (lab) => ({
        status: progress.status,
        step: progress.step,
        losses: progress.losses.length > 0 ? [...lab.losses, ...progress.losses] : lab.losses,
        heldOut: progress.heldOut.length > 0 ? [...lab.heldOut, ...progress.heldOut] : lab.heldOut,
        tokensPerSecond:
          progress.losses.length > 0 ? progress.tokensPerSecond : lab.tokensPerSecond,
        learningRate: progress.learningRate || lab.learningRate,
        trainingMs: progress.trainingMs,
        probe: progress.probe,
      })),
    labStatusChanged: (runId, status, step) => update(runId, () => ({ status, step })),
    labFailed: (error, runId) =>
      set((state) => {
        if (runId !== null && runId !== state.lab.runId) return state;
        // A run that cannot go on is failed; a request that failed beside it only says why.
        const ended = runId !== null && state.lab.info === null;
        const crashed = error.code === 'worker_crashed';
        return {
          lab: { ...state.lab, error, status: ended || crashed ? 'failed' : state.lab.status },
        };
      }),
    labReset: () => set({ lab: IDLE_LAB }),
    openTrainedModel: (name, label, languages, sentence) => {
      const choice: ModelChoice = {
        key: modelKey({ kind: 'trained-in-browser', name }),
        trainedName: label,
        trained: true,
        languages,
      };
      set((state) => ({
        models: [...state.models.filter((m) => !isTrainedInBrowser(m.key)), choice],
      }));
      get().selectModel(choice.key);
      get().setSentence(sentence);
    },
  };
};

/** Whether a model key names a model trained in the page. */
export function isTrainedInBrowser(key: string): boolean {
  return modelRefFromKey(key).kind === 'trained-in-browser';
}
