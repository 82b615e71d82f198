/**
 * The page's side of the training worker. It starts the worker on first use, numbers requests,
 * drops replies about a run that a newer one replaced, and unpacks the probe's attention from
 * each progress.
 *
 * It also keeps watch. A running worker posts progress every ~100 ms: that is its heartbeat.
 * The client keeps a checkpoint of the model (an export every few seconds while it trains), and
 * when the worker dies, stops answering, or leaves Pause or Stop unanswered, it ends the worker,
 * opens the checkpoint in a new one (paused, or stopped after Stop) and says so.
 */
import type { LabSettings } from '../training/labSettings';
import { trainedModelToSafetensors } from '../training/trainedModelFile';
import { labReset, trainingStopped } from '../i18n/en/trainingFailures';
import { Countdown } from './countdown';
import { unpackTensors } from './packing';
import { readTrainingReply } from './replyChecks';
import type {
  RunControlRequest,
  TrainedModelReply,
  TrainingError,
  TrainingReply,
  TrainingRequest,
  TrainingStatus,
  TrainingStop,
} from './trainingProtocol';
import type { TrainingListener } from './trainingListener';

export interface TrainingClientOptions {
  listener: TrainingListener;
  createWorker?: () => Worker;
  /** A worker silent this long while it trains or owes an answer is taken for stuck. */
  silenceLimitMs?: number;
  /** Pause or Stop unanswered this long: the worker is taken for stuck. */
  answerLimitMs?: number;
  /** A checkpoint is taken this often while the model trains. */
  checkpointEveryMs?: number;
}

/** Progress comes every ~100 ms; one step of the largest lab model takes well under a second. */
export const TRAINING_SILENCE_LIMIT_MS = 20_000;
/** Pause and Stop are answered after the current slice of steps, some 25 ms. */
export const TRAINING_ANSWER_LIMIT_MS = 5_000;
export const CHECKPOINT_EVERY_MS = 5_000;

/** What the reader asked for when the worker was found stuck: the restored model ends so. */
type EndWanted = 'paused' | 'stopped';

/** A checkpoint being opened in a new worker, and why. */
interface Restoring {
  /** The id of its loadTrainedFile request. */
  id: number;
  cause: TrainingStop['cause'];
  detail: string;
  /** The step the stuck worker had reached. */
  lostStep: number;
  end: EndWanted;
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
  /** Whether the run trains, so progress is due. */
  private running = false;
  /** The newest step any progress or status reported. */
  private step = 0;
  /** The model as an export last found it, to go back to if the worker gets stuck. */
  private checkpoint: TrainedModelReply | null = null;
  private checkpointRequest = 0;
  private checkpointAt = 0;
  /** Pause or Stop awaiting its answer. */
  private endWanted: EndWanted | null = null;
  private restoring: Restoring | null = null;
  /** The step the run trains to. */
  private totalSteps = 0;
  private readonly silence: Countdown;
  private readonly answer: Countdown;

  constructor(options: TrainingClientOptions) {
    this.options = options;
    this.silence = new Countdown(options.silenceLimitMs ?? TRAINING_SILENCE_LIMIT_MS, () =>
      this.recover('silent'),
    );
    this.answer = new Countdown(options.answerLimitMs ?? TRAINING_ANSWER_LIMIT_MS, () =>
      this.recover(this.endWanted === 'stopped' ? 'noStop' : 'noPause'),
    );
  }

  /** Trains a fresh model from the settings; any earlier run is dropped. Returns the run's id. */
  train(settings: LabSettings): number {
    this.runId = this.nextId++;
    this.forgetRun();
    this.running = true;
    this.post({ type: 'train', id: this.runId, settings });
    return this.runId;
  }

  /**
   * Makes the model in a file the lab's model, paused, once the worker has checked it; until then,
   * and for good if the file does not fit, the run goes on. The file's buffer is transferred.
   */
  loadFile(bytes: Uint8Array, fileName: string): number {
    const id = this.nextId++;
    this.pendingFile = id;
    this.post({ type: 'loadTrainedFile', id, fileName, bytes }, [bytes.buffer]);
    return id;
  }

  pause(): void {
    this.askToEnd('paused');
  }

  resume(): void {
    if (this.runId) this.running = true;
    this.control('resumeTraining');
  }

  stop(): void {
    this.askToEnd('stopped');
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
    this.forgetRun();
    this.restoring = null;
    this.stopWorker();
    this.rejectExports({ code: 'lab_reset', message: labReset });
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
    this.watch();
  }

  /** Pause or Stop; a worker that does not answer in time is taken for stuck. */
  private askToEnd(end: EndWanted): void {
    this.control(end === 'paused' ? 'pauseTraining' : 'stopTraining');
    if (!this.runId || !this.worker || this.restoring) return;
    this.endWanted = end;
    this.answer.start();
  }

  /** Restarts the silence countdown while progress or an answer is due; stops it otherwise. */
  private watch(): void {
    this.silence.stop();
    const due =
      this.running ||
      this.exports.size > 0 ||
      this.checkpointRequest !== 0 ||
      this.restoring !== null ||
      this.pendingFile !== 0;
    if (this.worker && due) this.silence.start();
  }

  /** Asks for the model as it is now, kept to go back to; at most one request at a time. */
  private takeCheckpoint(): void {
    if (this.checkpointRequest) return;
    this.checkpointAt = Date.now();
    // Set first: a worker running on this thread (in tests) may answer within postMessage.
    this.checkpointRequest = this.nextId;
    this.control('exportTrained');
  }

  private forgetRun(): void {
    this.running = false;
    this.step = 0;
    this.checkpoint = null;
    this.checkpointRequest = 0;
    this.endWanted = null;
    this.answer.stop();
  }

  private startWorker(): Worker {
    const worker = (this.options.createWorker ?? startTrainingWorker)();
    worker.addEventListener('message', this.onMessage);
    worker.addEventListener('error', this.onError);
    worker.addEventListener('messageerror', this.onMessageError);
    return worker;
  }

  private stopWorker(): void {
    this.silence.stop();
    this.answer.stop();
    if (!this.worker) return;
    this.worker.removeEventListener('message', this.onMessage);
    this.worker.removeEventListener('error', this.onError);
    this.worker.removeEventListener('messageerror', this.onMessageError);
    this.worker.terminate();
    this.worker = null;
  }

  private readonly onMessage = (event: MessageEvent<unknown>) => {
    const reply = readTrainingReply(event.data);
    if (!reply) return this.recover('unreadable');
    try {
      this.receive(reply);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      this.recover('unreadable', why);
      return;
    }
    this.watch();
  };

  private readonly onError = (event: Event) => {
    event.preventDefault();
    const detail = 'message' in event && typeof event.message === 'string' ? event.message : '';
    this.recover('ended', detail);
  };

  private readonly onMessageError = () => this.recover('unreadable');

  /**
   * The worker died or is stuck: it is ended, and the last checkpoint opened in a new one. With
   * no checkpoint, or when opening it failed the same way, the model in training is lost.
   */
  private recover(cause: TrainingStop['cause'], detail = ''): void {
    const runId = this.runId;
    const lostStep = this.restoring?.lostStep ?? this.step;
    const end = this.endWanted ?? this.restoring?.end ?? 'paused';
    const checkpoint = this.restoring ? null : this.checkpoint;
    this.reset();
    if (!checkpoint) {
      const stop: TrainingStop = { cause, detail, lostStep, restoredStep: null, end };
      const error: TrainingError = { code: 'worker_crashed', message: trainingStopped(stop), stop };
      this.options.listener.failed(error, runId || null);
      return;
    }
    const totalSteps = this.totalSteps;
    const bytes = trainedModelToSafetensors({
      config: checkpoint.model.config,
      vocabularies: checkpoint.model.vocabularies,
      // The restored run trains to the step the lost one was to reach.
      settings: { ...checkpoint.settings, steps: Math.max(1, totalSteps - checkpoint.step) },
      step: checkpoint.step,
      params: unpackTensors(checkpoint.model),
    });
    this.runId = runId;
    this.checkpoint = checkpoint;
    // Set first: a worker running on this thread (in tests) may answer within postMessage.
    this.restoring = { id: this.nextId, cause, detail, lostStep, end };
    this.loadFile(bytes, 'the last checkpoint');
  }

  /** The checkpoint is open in the new worker: say what happened, and stop it if asked to. */
  private restored(restoring: Restoring, step: number): void {
    this.restoring = null;
    const { cause, detail, lostStep, end } = restoring;
    const stop: TrainingStop = { cause, detail, lostStep, restoredStep: step, end };
    this.options.listener.failed(
      { code: 'worker_stuck', message: trainingStopped(stop), stop },
      this.runId,
    );
    if (end === 'stopped') this.control('stopTraining');
  }

  private rejectExports(error: TrainingError): void {
    for (const pending of this.exports.values()) pending.reject(new TrainingRequestFailed(error));
    this.exports.clear();
  }

  private receive(reply: TrainingReply): void {
    const { listener } = this.options;
    switch (reply.type) {
      case 'trainStarted':
        if (reply.id === this.pendingFile) {
          const kept = this.restoring?.id === reply.id ? this.checkpoint : null;
          this.pendingFile = 0;
          this.runId = reply.id;
          this.forgetRun();
          this.checkpoint = kept;
        }
        if (reply.id !== this.runId) return;
        this.step = reply.info.startStep;
        this.totalSteps = reply.info.startStep + reply.info.settings.steps;
        listener.started(reply.id, reply.info);
        if (this.restoring?.id === reply.id) this.restored(this.restoring, reply.info.startStep);
        this.takeCheckpoint();
        return;
      case 'trainProgress':
        if (reply.id !== this.runId) return;
        this.heard(reply.status, reply.step);
        if (this.running && Date.now() - this.checkpointAt >= this.checkpointEvery()) {
          this.takeCheckpoint();
        }
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
        if (reply.runId !== this.runId) return;
        this.heard(reply.status, reply.step);
        listener.statusChanged(reply.runId, reply.status, reply.step);
        return;
      case 'trainedModel':
        if (reply.id === this.checkpointRequest) {
          this.checkpointRequest = 0;
          if (reply.runId === this.runId) this.checkpoint = reply;
        }
        this.exports.get(reply.id)?.resolve(reply);
        this.exports.delete(reply.id);
        return;
      case 'trainError': {
        if (reply.id === this.checkpointRequest) {
          this.checkpointRequest = 0;
          return;
        }
        if (reply.id === this.pendingFile) this.pendingFile = 0;
        if (this.restoring?.id === reply.id) {
          this.restoring = null;
          this.runId = 0;
        }
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

  /** The run's status and step, as progress or an answer reported them. */
  private heard(status: TrainingStatus, step: number): void {
    this.step = step;
    this.running = status === 'running';
    if (status !== 'running' && this.endWanted) {
      this.endWanted = null;
      this.answer.stop();
    }
  }

  private checkpointEvery(): number {
    return this.options.checkpointEveryMs ?? CHECKPOINT_EVERY_MS;
  }
}
