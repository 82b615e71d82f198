/** What the training client tells the page: a run started, its progress, its status, a failure. */
import type { Tensor } from '../engine';
import type {
  LabRunInfo,
  ProbeWords,
  TrainingError,
  TrainingStatus,
  TrainProgressReply,
} from './trainingProtocol';

/** The probe as the page draws it: its words, and its attention weights by trace name. */
export interface ProbeSnapshot extends ProbeWords {
  attention: Map<string, Tensor>;
}

/** One progress report of run `runId`, as the worker posts it, the probe unpacked. */
export interface LabProgress extends Omit<
  TrainProgressReply,
  'type' | 'id' | 'probe' | 'manifest' | 'bytes'
> {
  runId: number;
  probe: ProbeSnapshot;
}

export interface TrainingListener {
  started: (runId: number, info: LabRunInfo) => void;
  progress: (progress: LabProgress) => void;
  statusChanged: (runId: number, status: TrainingStatus, step: number) => void;
  /** A request failed; runId is the run it concerned, if any. */
  failed: (error: TrainingError, runId: number | null) => void;
}
