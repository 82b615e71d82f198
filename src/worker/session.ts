/**
 * What the engine worker does with each request, apart from the worker itself so that tests can
 * drive it directly. Loaded models are kept by key; the newest run wins.
 */
import { modelKey, modelRefFromKey } from './modelKey';
import { loadModel, type FetchFile, type LoadOutcome } from './models';
import { streamAttribution } from './attribute';
import { answerDecision } from './decision';
import type {
  AttributeRequest,
  CancelRequest,
  EngineError,
  LoadRequest,
  Reply,
  Request,
  RunRequest,
  ScoreRequest,
} from './protocol';
import { headsTheModelHas, loadedReply } from './modelContents';
import { streamRun, type PackedStage } from './run';
import { scoreReference } from './score';
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

/** A request named a model no `load` asked for. */
function notLoaded(what: 'run' | 'score' | 'attribution'): EngineError {
  return {
    code: 'model_load_failed',
    message: `The model was not loaded before the ${what} asked for it.`,
    file: 'config.json',
    reason: 'not_loaded',
  };
}

export function createEngineSession(host: SessionHost): EngineSession {
  const models = new Map<string, Promise<LoadOutcome>>();
  /** Id of the run allowed to go on; a cancel or a newer run changes it. */
  let newestRun = 0;
  /** Id of the newest score request; scores and runs never stop each other. */
  let newestScore = 0;
  /** Id of the newest attribution request; it stops no run, and no run stops it. */
  let newestAttribution = 0;

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
      const { reply, transfer } = loadedReply(request.id, outcome.model);
      host.post(reply, transfer);
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
    if (!loading) return fail(id, notLoaded('run'));
    const outcome = await loading;
    if (newestRun !== id) return;
    if (!outcome.ok) return fail(id, outcome.error);
    const { model } = outcome;

    const source = prepareSource(
      request.sentence,
      model.source,
      model.info.config,
      model.info.languages.source,
      model.sourceKinds ?? null,
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
    const hooks = {
      postStage,
      isCurrent: () => newestRun === id,
      yieldToMessages: host.yieldToMessages,
      now: host.now,
    };
    const ablation = headsTheModelHas(request.ablatedHeads ?? [], model.info.config);
    const finished = await streamRun(model, request.sentence, source, request.decoding, hooks, {
      ablation,
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

  async function score(request: ScoreRequest): Promise<void> {
    const { id } = request;
    newestScore = id;
    const loading = models.get(modelKey(request.model));
    // As for a run, a newer score queued behind this one replaces it before any work.
    await host.yieldToMessages();
    if (newestScore !== id) return;
    if (!loading) return fail(id, notLoaded('score'));
    const outcome = await loading;
    if (newestScore !== id) return;
    if (!outcome.ok) return fail(id, outcome.error);
    const scored = scoreReference(outcome.model, request.sentence, request.reference);
    if ('code' in scored) return fail(id, scored);
    const { packed, ...rest } = scored;
    host.post(
      {
        type: 'scored',
        id,
        sentence: request.sentence,
        reference: request.reference,
        ...rest,
        manifest: packed.manifest,
        bytes: packed.bytes,
      },
      [packed.bytes.buffer],
    );
  }

  async function attribute(request: AttributeRequest): Promise<void> {
    const { id } = request;
    newestAttribution = id;
    const loading = models.get(modelKey(request.model));
    await host.yieldToMessages();
    if (newestAttribution !== id) return;
    if (!loading) return fail(id, notLoaded('attribution'));
    const outcome = await loading;
    if (newestAttribution !== id) return;
    if (!outcome.ok) return fail(id, outcome.error);
    const error = await streamAttribution(outcome.model, request, {
      post: (reply) => host.post(reply),
      isCurrent: () => newestAttribution === id,
      yieldToMessages: host.yieldToMessages,
      now: host.now,
    });
    if (error) fail(id, error);
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
        case 'score':
          return score(request);
        case 'attribute':
          return attribute(request);
        case 'locateDecision':
          return answerDecision(request.id, models.get(modelKey(request.model)), host);
      }
    },
  };
}
