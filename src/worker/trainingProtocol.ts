/**
 * Every message between the page and the training worker, which trains the lab's model apart
 * from the engine worker so that translation keeps answering while it trains. A tagged union of
 * requests and one of replies; every reply carries the id of the request it answers, and
 * `trainProgress` the id of the `train` (or `loadTrainedFile`) request that began the run.
 */
import type { SettingsProblem } from '../training/settingsProblem';
import type { ModelConfig } from '../engine';
import type { LabSettings } from '../training/labSettings';
import type { ManifestEntry } from './packing';
import type { LanguagePair, TrainedModelPayload } from './protocol';

// Requests, page → training worker.

/** Builds the task and a fresh model from the settings, and trains it. */
export interface TrainRequest {
  type: 'train';
  id: number;
  settings: LabSettings;
}

/** Requests about the run begun by request `runId`. */
export interface RunControlRequest {
  type: 'pauseTraining' | 'resumeTraining' | 'stopTraining' | 'exportTrained';
  id: number;
  runId: number;
}

/**
 * A model file the reader chose (see trainedModelFile.ts): once checked, it replaces the run and
 * waits, paused; a file that does not fit leaves the run as it was.
 */
export interface LoadTrainedFileRequest {
  type: 'loadTrainedFile';
  id: number;
  fileName: string;
  /** The file's bytes; the buffer is transferred. */
  bytes: Uint8Array;
}

export type TrainingRequest = TrainRequest | RunControlRequest | LoadTrainedFileRequest;

// Replies, training worker → page.

/** What the page learns about a run once its task and model are built. */
export interface LabRunInfo {
  settings: LabSettings;
  config: ModelConfig;
  parameterCount: number;
  /** "reverse 3 to 8 digits". */
  taskLabel: string;
  /** How text is split into words for this task's model. */
  languages: LanguagePair;
  trainExamples: number;
  heldOutExamples: number;
  /** The probe example, as words. */
  probeSource: string[];
  probeTarget: string[];
  /** The lowest label-smoothed loss possible for this vocabulary (see lossFloor). */
  lossFloor: number;
  /** Steps already trained: 0, or those of a model loaded from a file. */
  startStep: number;
  /** Held-out loss is measured every this many steps. */
  heldOutEvery: number;
}

export interface TrainStartedReply {
  type: 'trainStarted';
  /** The run's id: that of its `train` or `loadTrainedFile` request. */
  id: number;
  info: LabRunInfo;
}

export type TrainingStatus = 'running' | 'paused' | 'stopped' | 'finished';

/** The probe's words at `step`; its attention tensors travel in the reply's packed buffer. */
export interface ProbeWords {
  step: number;
  sourceTokens: string[];
  decoderInputs: string[];
  expectedOutputs: string[];
  modelOutputs: string[];
}

export interface TrainProgressReply {
  type: 'trainProgress';
  /** The run's id. */
  id: number;
  status: TrainingStatus;
  /** Steps trained so far. */
  step: number;
  /** The training loss of every step since the last progress, steps firstStep, firstStep + 1, … */
  firstStep: number;
  losses: number[];
  /** Held-out losses measured since the last progress. */
  heldOut: { step: number; loss: number }[];
  /** Source and target words trained on per second since the last progress. */
  tokensPerSecond: number;
  /** The learning rate of the last step. */
  learningRate: number;
  /** Time spent training so far, pauses left out. */
  trainingMs: number;
  probe: ProbeWords;
  /** The probe's attention weights, packed; the buffer is transferred. */
  manifest: ManifestEntry[];
  bytes: Uint8Array;
}

/** The run's status changed: answers pause, resume and stop (id: theirs) or says it finished. */
export interface TrainStatusReply {
  type: 'trainStatus';
  id: number;
  runId: number;
  status: TrainingStatus;
  step: number;
}

/** The model as it is now, to open in the app's views or to save as a file. */
export interface TrainedModelReply {
  type: 'trainedModel';
  id: number;
  runId: number;
  model: TrainedModelPayload;
  settings: LabSettings;
  step: number;
}

/**
 * `worker_crashed`: the worker died and the model in training was lost; `worker_stuck`: the
 * worker died or stopped answering, and the model is back at its last checkpoint.
 */
export type TrainingErrorCode =
  | 'invalid_settings'
  | 'model_load_failed'
  | 'invalid_weights'
  | 'no_run'
  | 'lab_reset'
  | 'worker_crashed'
  | 'worker_stuck';

export interface TrainingError {
  code: TrainingErrorCode;
  /** A sentence a reader understands, naming what is wrong, in English. */
  message: string;
  /** Settings that cannot be trained: what is wrong with them, for the page to say. */
  problem?: SettingsProblem;
  /** A worker that crashed or got stuck: why and where, for the page to say. */
  stop?: TrainingStop;
}

/** Why and where a training worker was given up on. */
export interface TrainingStop {
  /** It went silent, did not answer Pause or Stop, sent what could not be read, or ended. */
  cause: 'silent' | 'noPause' | 'noStop' | 'unreadable' | 'ended';
  /** The browser's own words about it, when it gave some. */
  detail: string;
  /** The step the lost worker had reached. */
  lostStep: number;
  /** The checkpoint's step the run went back to; null when the model in training was lost. */
  restoredStep: number | null;
  /** What the run was after it went back: paused, or stopped as the reader had asked. */
  end: 'paused' | 'stopped';
}

export interface TrainErrorReply {
  type: 'trainError';
  id: number;
  error: TrainingError;
}

export type TrainingReply =
  TrainStartedReply | TrainProgressReply | TrainStatusReply | TrainedModelReply | TrainErrorReply;
