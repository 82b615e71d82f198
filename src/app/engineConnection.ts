/**
 * Wires the store to the engine worker: a change of sentence, decoding or model asks for a run;
 * the worker's replies become store actions. The main thread never runs the model itself.
 *
 * A keystroke's path to the figures starts here, and crosses these files:
 *
 *   1. SentenceBar.tsx: the box calls the store's `setSentence` (store/inputSlice.ts).
 *   2. Here: the store subscription sees the new sentence and calls `client.run`, which posts a
 *      `run` request (worker/client.ts; the messages are in worker/protocol.ts).
 *   3. In the worker, worker/session.ts prepares the source (tokens, names, unknown words) and
 *      worker/run.ts drives the engine's `translateStages` (engine/model/translate.ts): each
 *      stage, as soon as it is computed (embeddings, each encoder layer, each decoding step, the
 *      decoder, the output), is packed into one transferable buffer and posted. A newer run,
 *      arriving between two stages, stops the old one there.
 *   4. Back on the page, the client puts the run together stage by stage
 *      (worker/runInFlight.ts) and tells this file: `stageReceived` (the store takes the newest
 *      ten times a second, for the status line), then `runFinished`.
 *   5. The store shows the translation at once (`resultArrived`, store/runSlice.ts); the figure
 *      scheduler (figureScheduler.ts) then hands the run to the figures (`runFinished`), which
 *      keep it as `lastGood`.
 *   6. Each section reads `lastGood` through its own store (views/figureStore.ts), which follows
 *      the page only while the section is in view, so that only the figures a reader sees redraw.
 *
 * Every keystroke runs at once, without a debounce: keystroke to translation on screen measures
 * about 25 ms at the median and 40 ms at p95 (npm run measure), under the 50 ms budget, so a
 * debounce would only add its own delay; a newer run simply replaces the one in flight.
 */
import { selectAttributionTarget, selectLossPair, useStore } from '../store';
import { EngineClient } from '../worker/client';
import type { RunProgress } from '../worker/runTypes';
import { modelKey, modelRefFromKey } from '../worker/modelKey';
import { scheduleFigures } from './figureScheduler';
import { fetchModelIndex } from './modelIndex';

/** How often a run's progress reaches the status line while it lasts: ten times a second. */
const PROGRESS_EVERY_MS = 100;

export interface EngineConnectionOptions {
  /** Absolute URL of the models folder, ending with `/`. */
  modelsUrl: string;
  createWorker?: () => Worker;
}

export interface EngineConnection {
  /** Runs the sentence in the box again, e.g. after the worker was restarted. */
  rerun: () => void;
  disconnect: () => void;
}

export function connectEngine(options: EngineConnectionOptions): EngineConnection {
  const store = useStore;
  let connected = true;
  const figures = scheduleFigures((run) => store.getState().runFinished(run));

  // Stages arrive while the worker computes the next ones; only the status line shows them. The
  // store takes the newest once every PROGRESS_EVERY_MS, so that a run that ends sooner (most
  // do, in a few milliseconds) is never shown half-done: updating the page during a run only
  // competes with the worker for the processor. A run's end is taken at once.
  let newestProgress: RunProgress | null = null;
  let progressTimer: ReturnType<typeof setTimeout> | undefined;
  const showProgress = () => {
    progressTimer = undefined;
    if (newestProgress) store.getState().stageReceived(newestProgress);
    newestProgress = null;
  };
  const dropProgress = () => {
    clearTimeout(progressTimer);
    progressTimer = undefined;
    newestProgress = null;
  };

  const client = new EngineClient({
    modelsUrl: options.modelsUrl,
    createWorker: options.createWorker,
    listener: {
      modelLoaded: (info, contents) => store.getState().modelLoaded(info, contents),
      modelFailed: (ref, error) => store.getState().modelFailed(modelKey(ref), error),
      runStarted: (id) => store.getState().runStarted(id),
      stageReceived: (progress) => {
        newestProgress = progress;
        progressTimer ??= setTimeout(showProgress, PROGRESS_EVERY_MS);
      },
      runFinished: (run) => {
        dropProgress();
        store.getState().resultArrived(run);
        figures.finished(run);
      },
      runFailed: (id, error) => {
        dropProgress();
        store.getState().runFailed(id, error);
      },
      workerRestarted: (error) => store.getState().showBanner({ kind: 'worker_restarted', error }),
      scoreFinished: (score) => store.getState().scoreFinished(score),
      scoreFailed: (id, error) => store.getState().scoreFailed(id, error),
      attributionReceived: (id, attribution) =>
        store.getState().attributionReceived(id, attribution),
      attributionFinished: (id, computeMs) => store.getState().attributionFinished(id, computeMs),
      attributionFailed: (id, error) => store.getState().attributionFailed(id, error),
      decisionArrived: (id, outcome) => store.getState().decisionArrived(id, outcome),
    },
  });

  const run = () => {
    const state = store.getState();
    const { sentence, decoding, ablatedHeads } = state;
    client.run(modelRefFromKey(state.modelKey), sentence, decoding, ablatedHeads);
  };
  // The loss figure's pair is scored whenever it changes: a new run on screen, a new reference.
  let scoredPair = '';
  const scoreIfChanged = () => {
    const state = store.getState();
    const pair = selectLossPair(state);
    const key = pair ? [state.modelKey, pair.sentence, pair.reference].join('\n') : '';
    if (!pair || key === scoredPair) return;
    scoredPair = key;
    const id = client.score(modelRefFromKey(state.modelKey), pair.sentence, pair.reference);
    state.scoreStarted(id);
  };
  // The word "Which words decided this word?" explains is attributed whenever it changes.
  let attributedWord = '';
  const attributeIfChanged = () => {
    const state = store.getState();
    const target = selectAttributionTarget(state);
    const key = target ? [state.modelKey, target.runId, target.position].join('\n') : '';
    if (!target || key === attributedWord) return;
    attributedWord = key;
    const id = client.attribute(modelRefFromKey(state.modelKey), target.word);
    state.attributionStarted(id, target.runId, target.position);
  };
  // Where il/elle is decided is located once the reader asks, for the model then loaded.
  const locateIfWanted = () => {
    const state = store.getState();
    const { decision } = state;
    if (decision.status !== 'wanted' || decision.modelKey !== state.modelKey) return;
    state.decisionStarted(client.locateDecision(modelRefFromKey(state.modelKey)), state.modelKey);
  };
  const loadPickedModel = () => {
    const state = store.getState();
    const choice = state.models.find((m) => m.key === state.modelKey);
    if (choice) client.load(modelRefFromKey(choice.key), choice.languages);
  };

  let unsubscribe = () => {};
  void fetchModelIndex(options.modelsUrl).then((listings) => {
    if (!connected) return;
    store.getState().setModelListings(listings);
    loadPickedModel();
    run();
    unsubscribe = store.subscribe((state, previous) => {
      if (state.modelRetries !== previous.modelRetries) {
        client.retry();
        loadPickedModel();
        run();
      } else if (state.modelKey !== previous.modelKey) {
        loadPickedModel();
        run();
      } else if (
        state.sentence !== previous.sentence ||
        state.decoding !== previous.decoding ||
        state.ablatedHeads !== previous.ablatedHeads
      ) {
        figures.edited();
        run();
      }
      const pairMayChange =
        state.lastGood !== previous.lastGood ||
        state.referenceDraft !== previous.referenceDraft ||
        state.modelInfo !== previous.modelInfo;
      if (pairMayChange) scoreIfChanged();
      if (
        state.lastGood !== previous.lastGood ||
        state.attributionWord !== previous.attributionWord
      ) {
        attributeIfChanged();
      }
      if (state.decision !== previous.decision) locateIfWanted();
    });
  });

  return {
    rerun: run,
    disconnect: () => {
      connected = false;
      dropProgress();
      figures.cancel();
      unsubscribe();
      client.dispose();
    },
  };
}
