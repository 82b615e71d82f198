/**
 * The page's side of the engine worker. It numbers requests, drops every reply that a newer run
 * has made stale, puts each run back together from its streamed stages (runInFlight.ts), and,
 * when the worker dies, starts a new one, reloads the model and says so.
 */
import type { DecodingChoice, ExplainedWord, HeadAblation } from '../engine';
import { modelKey } from './modelKey';
import { unpackTensors } from './packing';
import { readReply } from './replyChecks';
import { errors } from '../i18n/en/errors';
import type {
  DoneReply,
  EngineError,
  LanguagePair,
  ModelRef,
  Reply,
  Request,
  ScoredReply,
  StageReply,
} from './protocol';
import type { EngineListener } from './engineListener';
import { addStage, completedRun, progressOf, startedRun, type RunInFlight } from './runInFlight';
import { handedOverModel } from './trainingHandoff';

export interface EngineClientOptions {
  /** Absolute URL of the models folder, ending with `/`. */
  modelsUrl: string;
  listener: EngineListener;
  /** How to start a worker; tests pass one that keeps a handle on it. */
  createWorker?: () => Worker;
  /**
   * A worker that leaves a request unanswered this long, without a word, is taken for dead: a
   * worker killed by the browser may die without an error event.
   */
  silenceLimitMs?: number;
}

/** Stages stream every few milliseconds; a model loads in well under a second. */
export const DEFAULT_SILENCE_LIMIT_MS = 20_000;

/** A worker that dies this many times in a row without a single reply is not started again. */
const MAX_RESTARTS_WITHOUT_REPLY = 2;

export function startEngineWorker(): Worker {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
}

export class EngineClient {
  private readonly options: EngineClientOptions;
  private worker: Worker;
  private nextId = 1;
  /** Load requests awaiting their reply, by request id. */
  private readonly pendingLoads = new Map<number, ModelRef>();
  /** Models this worker has been asked to load: a run needs its model loaded first. */
  private requestedModels = new Set<string>();
  /** Languages of every model ever loaded, to load it again into a new worker. */
  private readonly languagesOf = new Map<string, LanguagePair>();
  /** The model of the latest load or run, reloaded into a new worker after a crash. */
  private activeModel: ModelRef | null = null;
  private current: RunInFlight | null = null;
  /** Id of the score request awaiting its answer. */
  private currentScore: number | null = null;
  /** Id of the attribution request whose methods are still coming. */
  private currentAttribution: number | null = null;
  private restartsWithoutReply = 0;
  /** Why the worker was not restarted after dying again and again; null while it runs. */
  private gaveUp: EngineError | null = null;
  private disposed = false;
  private watchdog: ReturnType<typeof setTimeout> | undefined;

  constructor(options: EngineClientOptions) {
    this.options = options;
    this.worker = this.startWorker();
  }

  /** Asks the worker to load a model; the listener hears `modelLoaded` or `modelFailed`. */
  load(model: ModelRef, languages: LanguagePair): number {
    const key = modelKey(model);
    this.activeModel = model;
    this.languagesOf.set(key, languages);
    const id = this.nextId++;
    if (this.gaveUp) {
      this.options.listener.modelFailed(model, this.gaveUp);
      return id;
    }
    this.pendingLoads.set(id, model);
    this.requestedModels.add(key);
    const { modelsUrl } = this.options;
    this.post({ type: 'load', id, model, modelsUrl, languages, trained: handedOverModel(model) });
    return id;
  }

  /**
   * Translates `sentence` with a model loaded before (it is loaded again if the worker has been
   * replaced or its last load failed); any earlier run becomes stale.
   */
  run(
    model: ModelRef,
    sentence: string,
    decoding: DecodingChoice,
    ablatedHeads: HeadAblation = [],
  ): number {
    this.reloadIfNeeded(model);
    this.activeModel = model;
    const id = this.nextId++;
    this.current = startedRun(id);
    this.options.listener.runStarted(id);
    if (this.gaveUp) {
      this.current = null;
      this.options.listener.runFailed(id, this.gaveUp);
      return id;
    }
    this.post({ type: 'run', id, model, sentence, decoding, ablatedHeads: [...ablatedHeads] });
    return id;
  }

  /**
   * Scores `reference` as a translation of `sentence` with a model loaded before; an earlier
   * score becomes stale, the run in flight goes on.
   */
  score(model: ModelRef, sentence: string, reference: string): number {
    this.reloadIfNeeded(model);
    const id = this.nextId++;
    if (this.gaveUp) {
      this.options.listener.scoreFailed?.(id, this.gaveUp);
      return id;
    }
    this.currentScore = id;
    this.post({ type: 'score', id, model, sentence, reference });
    return id;
  }

  /**
   * Asks for every attribution of one output word of a translation by a model loaded before;
   * an earlier attribution becomes stale, the run in flight goes on.
   */
  attribute(model: ModelRef, word: ExplainedWord): number {
    this.reloadIfNeeded(model);
    const id = this.nextId++;
    if (this.gaveUp) {
      this.options.listener.attributionFailed?.(id, this.gaveUp);
      return id;
    }
    this.currentAttribution = id;
    this.post({
      type: 'attribute',
      id,
      model,
      srcIds: Int32Array.from(word.srcIds),
      tgtIds: Int32Array.from(word.tgtIds),
      position: word.position,
      wordId: word.wordId,
    });
    return id;
  }

  /** Asks where the model decides between "il" and "elle"; answered by `decisionArrived`. */
  locateDecision(model: ModelRef): number {
    this.reloadIfNeeded(model);
    const id = this.nextId++;
    this.post({ type: 'locateDecision', id, model });
    return id;
  }

  private reloadIfNeeded(model: ModelRef): void {
    const key = modelKey(model);
    const languages = this.languagesOf.get(key);
    if (!this.requestedModels.has(key) && languages) this.load(model, languages);
  }

  /** Stops the run in flight; nothing more is reported about it. */
  cancel(): void {
    if (!this.current) return;
    const runId = this.current.id;
    this.current = null;
    this.post({ type: 'cancel', id: this.nextId++, runId });
  }

  /**
   * Starts a new worker if the last one was given up on; a model whose load failed is loaded
   * again by the next load or run.
   */
  retry(): void {
    if (this.disposed || !this.gaveUp) return;
    this.gaveUp = null;
    this.restartsWithoutReply = 0;
    this.worker = this.startWorker();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.watchdog);
    this.stopWorker();
  }

  /** Restarts the silence countdown while a request awaits its answer; stops it otherwise. */
  private watch(): void {
    clearTimeout(this.watchdog);
    this.watchdog = undefined;
    const waiting =
      this.current ||
      this.pendingLoads.size > 0 ||
      this.currentScore !== null ||
      this.currentAttribution !== null;
    if (this.disposed || !waiting) return;
    this.watchdog = setTimeout(
      () => this.restart('it stopped answering'),
      this.options.silenceLimitMs ?? DEFAULT_SILENCE_LIMIT_MS,
    );
  }

  private startWorker(): Worker {
    const worker = (this.options.createWorker ?? startEngineWorker)();
    worker.addEventListener('message', this.onMessage);
    worker.addEventListener('error', this.onError);
    worker.addEventListener('messageerror', this.onMessageError);
    return worker;
  }

  private stopWorker(): void {
    this.worker.removeEventListener('message', this.onMessage);
    this.worker.removeEventListener('error', this.onError);
    this.worker.removeEventListener('messageerror', this.onMessageError);
    this.worker.terminate();
  }

  private readonly onMessage = (event: MessageEvent<unknown>) => {
    const reply = readReply(event.data);
    if (reply) this.receive(reply);
    else this.restart('a message from the engine could not be read');
  };

  private readonly onError = (event: Event) => {
    // The page handles the death; the browser need not log it as an uncaught error too.
    event.preventDefault();
    this.restart(errorEventMessage(event));
  };

  private readonly onMessageError = () =>
    this.restart('a message from the engine could not be read');

  private post(request: Request): void {
    if (this.disposed || this.gaveUp) return;
    this.worker.postMessage(request);
    this.watch();
  }

  private receive(reply: Reply): void {
    this.restartsWithoutReply = 0;
    try {
      this.handleReply(reply);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      this.restart(`a message from the engine could not be read: ${why}`);
      return;
    }
    this.watch();
  }

  private handleReply(reply: Reply): void {
    switch (reply.type) {
      case 'loaded':
        if (this.pendingLoads.delete(reply.id)) {
          const parameters = unpackTensors({
            manifest: reply.parameterManifest,
            bytes: reply.parameterBytes,
          });
          const contents = { vocabularies: reply.vocabularies, parameters };
          this.options.listener.modelLoaded(reply.model, contents);
        }
        return;
      case 'scored':
        if (reply.id === this.currentScore) this.receiveScore(reply);
        return;
      case 'stage':
        if (reply.id === this.current?.id) this.receiveStage(this.current, reply);
        return;
      case 'done':
        if (reply.id === this.current?.id) this.finish(this.current, reply);
        return;
      case 'attribution':
        if (reply.id === this.currentAttribution) {
          this.options.listener.attributionReceived?.(reply.id, reply.attribution);
        }
        return;
      case 'decision':
        this.options.listener.decisionArrived?.(reply.id, reply.outcome);
        return;
      case 'attributed':
        if (reply.id === this.currentAttribution) {
          this.currentAttribution = null;
          this.options.listener.attributionFinished?.(reply.id, reply.computeMs);
        }
        return;
      case 'error': {
        const model = this.pendingLoads.get(reply.id);
        if (model) {
          this.pendingLoads.delete(reply.id);
          // A failed load is asked again next time, perhaps after the file was fixed.
          this.requestedModels.delete(modelKey(model));
          this.options.listener.modelFailed(model, reply.error);
        } else if (reply.id === this.current?.id) {
          this.current = null;
          this.options.listener.runFailed(reply.id, reply.error);
        } else if (reply.id === this.currentScore) {
          this.currentScore = null;
          this.options.listener.scoreFailed?.(reply.id, reply.error);
        } else if (reply.id === this.currentAttribution) {
          this.currentAttribution = null;
          this.options.listener.attributionFailed?.(reply.id, reply.error);
        }
        return;
      }
    }
  }

  private receiveStage(run: RunInFlight, reply: StageReply): void {
    addStage(run, reply);
    this.options.listener.stageReceived(progressOf(run));
  }

  private receiveScore(reply: ScoredReply): void {
    this.currentScore = null;
    const probs = unpackTensors(reply);
    const { type: _type, manifest: _manifest, bytes: _bytes, models, ...rest } = reply;
    this.options.listener.scoreFinished?.({
      ...rest,
      models: models.flatMap((entry) => {
        const t = probs.get(`${entry.name}.out.probs`);
        return t ? [{ ...entry, probs: t }] : [];
      }),
    });
  }

  private finish(run: RunInFlight, reply: DoneReply): void {
    this.current = null;
    this.options.listener.runFinished(completedRun(run, reply));
  }

  /** The worker is gone: report the run it took with it, start another, reload the model. */
  private restart(why: string): void {
    if (this.disposed || this.gaveUp) return;
    clearTimeout(this.watchdog);
    this.stopWorker();
    this.restartsWithoutReply += 1;
    const restarted = this.restartsWithoutReply <= MAX_RESTARTS_WITHOUT_REPLY;
    const error: EngineError = {
      code: 'worker_crashed',
      message: restarted ? errors.engineRestarted(why) : errors.engineGaveUp(why),
      why,
      restarted,
    };
    const lostRun = this.current;
    const lostLoads = [...this.pendingLoads.values()];
    const lostScore = this.currentScore;
    const lostAttribution = this.currentAttribution;
    this.current = null;
    this.currentScore = null;
    this.currentAttribution = null;
    this.pendingLoads.clear();
    this.requestedModels = new Set();
    if (lostRun) this.options.listener.runFailed(lostRun.id, error);
    if (lostScore !== null) this.options.listener.scoreFailed?.(lostScore, error);
    if (lostAttribution !== null) this.options.listener.attributionFailed?.(lostAttribution, error);
    this.options.listener.workerRestarted(error, restarted);
    if (!restarted) {
      this.gaveUp = error;
      for (const model of lostLoads) this.options.listener.modelFailed(model, error);
      return;
    }
    this.worker = this.startWorker();
    if (this.activeModel) this.reloadIfNeeded(this.activeModel);
  }
}

function errorEventMessage(event: Event): string {
  const message = 'message' in event && typeof event.message === 'string' ? event.message : '';
  return message || 'the worker ended unexpectedly';
}
