/**
 * What the engine worker does with each request, apart from the worker itself so that tests can
 * drive it directly. Loaded models are kept by key; the newest run wins.
 */
import { modelKey, modelRefFromKey } from './modelKey';
import { loadModel, type FetchFile, type LoadOutcome } from './models';
import type {
  CancelRequest,
  EngineError,
  LoadRequest,
  Reply,
  Request,
  RunRequest,
} from './protocol';
import { streamRun, type PackedStage } from './run';
import { isEngineError, prepareSource } from './source';

export interface SessionHost {
  post: (reply: Reply, transfer?: Transferable[]) => void;
  fetchFile: FetchFile;
  /** Resolves after the messages queued so far have been handled. */
  yieldToMessages: () => Promise<void>;
  /** performance.now() in the worker. */
  now: () => number;
  /** A clock the page shares: performance.timeOrigin + performance.now(). */
  wallClock: () => number;
}

export interface EngineSession {
  /** Handles one request; resolves once it is answered (or found stale). */
  handle: (request: Request) => Promise<void>;
}

/** Only the newest model trained in the page is kept: each hand-over replaces the one before. */
function forgetTrainedModels(models: Map<string, unknown>): void {
  for (const key of models.keys()) {
    if (modelRefFromKey(key).kind === 'trained-in-browser') models.delete(key);
  }
}

export function createEngineSession(host: SessionHost): EngineSession {
  const models = new Map<string, Promise<LoadOutcome>>();
  /** Id of the run allowed to go on; a cancel or a newer run changes it. */
  let newestRun = 0;

  const fail = (id: number, error: EngineError) => host.post({ type: 'error', id, error });

  async function load(request: LoadRequest): Promise<void> {
    const key = modelKey(request.model);
    let loading = models.get(key);
    // Weights handed over with the request replace whatever the key held before.
    if (!loading || request.trained) {
      loading = loadModel(
        request.model,
        request.modelsUrl,
        request.languages,
        host.fetchFile,
        request.trained,
      );
      if (request.trained) forgetTrainedModels(models);
      models.set(key, loading);
    }
    const outcome = await loading;
    if (outcome.ok) {
      host.post({ type: 'loaded', id: request.id, model: outcome.model.info });
    } else {
      // Forget the failure, so that asking again fetches again.
      if (models.get(key) === loading) models.delete(key);
      fail(request.id, outcome.error);
    }
  }

  async function run(request: RunRequest): Promise<void> {
    const receivedAt = host.now();
    const { id } = request;
    newestRun = id;
    const loading = models.get(modelKey(request.model));
    // Let requests that were queued behind this one replace it before any work is done.
    await host.yieldToMessages();
    if (newestRun !== id) return;
    if (!loading) {
      return fail(id, {
        code: 'model_load_failed',
        message: 'The model was not loaded before the run asked for it.',
        file: 'config.json',
        reason: 'not_loaded',
      });
    }
    const outcome = await loading;
    if (newestRun !== id) return;
    if (!outcome.ok) return fail(id, outcome.error);
    const { model } = outcome;

    const source = prepareSource(
      request.sentence,
      model.source,
      model.info.config,
      model.info.languages.source,
    );
    if (isEngineError(source)) return fail(id, source);

    const postStage = (stage: PackedStage) =>
      host.post(
        {
          type: 'stage',
          id,
          name: stage.name,
          step: stage.step,
          stepToken: stage.stepToken,
          manifest: stage.packed.manifest,
          bytes: stage.packed.bytes,
          postedAt: host.wallClock(),
        },
        [stage.packed.bytes.buffer],
      );
    const finished = await streamRun(model, request.sentence, source, request.decoding, {
      postStage,
      isCurrent: () => newestRun === id,
      yieldToMessages: host.yieldToMessages,
      now: host.now,
    });
    if (!finished) return;
    host.post({
      type: 'done',
      id,
      result: finished.result,
      timings: { ...finished.timings, totalMs: host.now() - receivedAt },
    });
  }

  function cancel(request: CancelRequest): void {
    if (newestRun === request.runId) newestRun = 0;
  }

  return {
    handle: async (request) => {
      switch (request.type) {
        case 'load':
          return load(request);
        case 'run':
          return run(request);
        case 'cancel':
          return cancel(request);
      }
    },
  };
}
