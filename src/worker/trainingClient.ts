/**
 * The page's side of the training worker. It starts the worker on first use, numbers requests,
 * drops replies about a run that a newer one replaced, unpacks the probe's attention from each
 * progress, and says so when the worker dies (the model in training dies with it).
 */
import type { Tensor } from '../engine/tensor';
import type { LabSettings } from '../training/labSettings';
import { unpackTensors } from './packing';
import type {
  LabRunInfo,
  ProbeWords,
  RunControlRequest,
  TrainedModelReply,
  TrainingError,
  TrainingReply,
  TrainingRequest,
  TrainingStatus,
} from './trainingProtocol';

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

export interface TrainingClientOptions {
  listener: TrainingListener;
  createWorker?: () => Worker;
}

export function startTrainingWorker(): Worker {
  return new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module' });
}

/** Why a request that returns a promise failed, as the worker (or the client) said it. */
export class TrainingRequestFailed extends Error {
  readonly error: TrainingError;
  constructor(error: TrainingError) {
    super(error.message);
    this.name = 'TrainingRequestFailed';
    this.error = error;
  }
}

/** A model export awaiting its reply. */
interface PendingExport {
  resolve: (reply: TrainedModelReply) => void;
  reject: (failure: TrainingRequestFailed) => void;
}

export class TrainingClient {
  private readonly options: TrainingClientOptions;
  private worker: Worker | null = null;
  private nextId = 1;
  /** The run whose replies are taken; 0 before the first. */
  private runId = 0;
  /** A file being opened: its run takes over once the worker has accepted it. */
  private pendingFile = 0;
  private readonly exports = new Map<number, PendingExport>();

  constructor(options: TrainingClientOptions) {
    this.options = options;
  }

  /** Trains a fresh model from the settings; any earlier run is dropped. Returns the run's id. */
  train(settings: LabSettings): number {
    this.runId = this.nextId++;
    this.post({ type: 'train', id: this.runId, settings });
    return this.runId;
  }

  /**
   * Makes the model in a file the lab's model, paused, once the worker has checked it; until then,
   * and for good if the file does not fit, the run goes on. The file's buffer is transferred.
   */
  loadFile(bytes: Uint8Array, fileName: string): number {
    this.pendingFile = this.nextId++;
    this.post({ type: 'loadTrainedFile', id: this.pendingFile, fileName, bytes }, [bytes.buffer]);
    return this.pendingFile;
  }

  pause(): void {
    this.control('pauseTraining');
  }

  resume(): void {
    this.control('resumeTraining');
  }

  stop(): void {
    this.control('stopTraining');
  }

  /** The model as it is now, with its settings and step; rejects with TrainingRequestFailed. */
  exportModel(): Promise<TrainedModelReply> {
    // Waiting first: a worker running on this thread (in tests) may answer within postMessage.
    const id = this.nextId;
    const reply = new Promise<TrainedModelReply>((resolve, reject) =>
      this.exports.set(id, { resolve, reject }),
    );
    this.control('exportTrained');
    return reply;
  }

  /** Forgets the run: the worker is ended, and a new one starts with the next run. */
  reset(): void {
    this.runId = 0;
    this.stopWorker();
    this.rejectExports({ code: 'no_run', message: 'The lab was reset.' });
  }

  dispose(): void {
    this.reset();
  }

  private control(type: RunControlRequest['type']): number {
    const id = this.nextId++;
    this.post({ type, id, runId: this.runId });
    return id;
  }

  private post(request: TrainingRequest, transfer: Transferable[] = []): void {
    this.worker ??= this.startWorker();
    this.worker.postMessage(request, transfer);
  }

  private startWorker(): Worker {
    const worker = (this.options.createWorker ?? startTrainingWorker)();
    worker.addEventListener('message', this.onMessage);
    worker.addEventListener('error', this.onError);
    worker.addEventListener('messageerror', this.onMessageError);
    return worker;
  }

  private stopWorker(): void {
    if (!this.worker) return;
    this.worker.removeEventListener('message', this.onMessage);
    this.worker.removeEventListener('error', this.onError);
    this.worker.removeEventListener('messageerror', this.onMessageError);
    this.worker.terminate();
    this.worker = null;
  }

  private readonly onMessage = (event: MessageEvent<TrainingReply>) => this.receive(event.data);

  private readonly onError = (event: Event) => {
    event.preventDefault();
    const detail = 'message' in event && typeof event.message === 'string' ? event.message : '';
    this.crashed(detail || 'the worker ended unexpectedly');
  };

  private readonly onMessageError = () => this.crashed('a message from it could not be read');

  private crashed(why: string): void {
    const runId = this.runId;
    this.reset();
    const error: TrainingError = {
      code: 'worker_crashed',
      message: `Training stopped (${why}); the model in training is lost. Start again to retrain it.`,
    };
    this.options.listener.failed(error, runId || null);
  }

  private rejectExports(error: TrainingError): void {
    for (const pending of this.exports.values()) pending.reject(new TrainingRequestFailed(error));
    this.exports.clear();
  }

  private receive(reply: TrainingReply): void {
    const { listener } = this.options;
    switch (reply.type) {
      case 'trainStarted':
        if (reply.id === this.pendingFile) this.runId = reply.id;
        if (reply.id === this.runId) listener.started(reply.id, reply.info);
        return;
      case 'trainProgress':
        if (reply.id !== this.runId) return;
        listener.progress({
          runId: reply.id,
          status: reply.status,
          step: reply.step,
          firstStep: reply.firstStep,
          losses: reply.losses,
          heldOut: reply.heldOut,
          tokensPerSecond: reply.tokensPerSecond,
          learningRate: reply.learningRate,
          trainingMs: reply.trainingMs,
          probe: { ...reply.probe, attention: unpackTensors(reply) },
        });
        return;
      case 'trainStatus':
        if (reply.runId === this.runId)
          listener.statusChanged(reply.runId, reply.status, reply.step);
        return;
      case 'trainedModel':
        this.exports.get(reply.id)?.resolve(reply);
        this.exports.delete(reply.id);
        return;
      case 'trainError': {
        const pending = this.exports.get(reply.id);
        if (pending) {
          this.exports.delete(reply.id);
          pending.reject(new TrainingRequestFailed(reply.error));
        } else if (reply.id >= this.runId) {
          // A file that failed concerns no run: the one going on is left as it was.
          listener.failed(reply.error, reply.id === this.runId ? reply.id : null);
        }
        return;
      }
    }
  }
}
