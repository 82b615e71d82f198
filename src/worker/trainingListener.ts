/** What the training client tells the page: a run started, its progress, its status, a failure. */
import type { Tensor } from '../engine';
import type { LabRunInfo, ProbeWords, TrainingError, TrainingStatus } from './trainingProtocol';

/** The probe as the page draws it: its words, and its attention weights by trace name. */
export interface ProbeSnapshot extends ProbeWords {
  attention: Map<string, Tensor>;
}

/** One progress report, the probe unpacked. */
export interface LabProgress {
  runId: number;
  status: TrainingStatus;
  step: number;
  firstStep: number;
  losses: number[];
  heldOut: { step: number; loss: number }[];
  tokensPerSecond: number;
  learningRate: number;
  trainingMs: number;
  probe: ProbeSnapshot;
}

export interface TrainingListener {
  started: (runId: number, info: LabRunInfo) => void;
  progress: (progress: LabProgress) => void;
  statusChanged: (runId: number, status: TrainingStatus, step: number) => void;
  /** A request failed; runId is the run it concerned, if any. */
  failed: (error: TrainingError, runId: number | null) => void;
}
