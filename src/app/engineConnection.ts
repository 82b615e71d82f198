/**
 * Wires the store to the engine worker: a change of sentence, decoding or model asks for a run;
 * the worker's replies become store actions. The main thread never runs the model itself.
 */
import { useStore } from '../store';
import { EngineClient } from '../worker/client';
import type { RunProgress } from '../worker/runTypes';
import { modelKey, modelRefFromKey } from '../worker/modelKey';
import { scheduleFigures } from './figureScheduler';
import { fetchModelIndex } from './modelIndex';

export interface EngineConnectionOptions {
  /** Absolute URL of the models folder, ending with `/`. */
  modelsUrl: string;
  createWorker?: () => Worker;
  /**
   * Wait this long after a keystroke before running; 0 runs on every keystroke (a newer run
   * simply replaces the one in flight).
   */
  debounceMs?: number;
}

/**
 * Keystroke to translation stays well under a frame when every keystroke runs at once (see
 * scripts/measure-latency.ts), so the page does not wait for the reader to pause.
 */
export const DEFAULT_DEBOUNCE_MS = 0;

export interface EngineConnection {
  /** Runs the sentence in the box again, e.g. after the worker was restarted. */
  rerun: () => void;
  disconnect: () => void;
}

export function connectEngine(options: EngineConnectionOptions): EngineConnection {
  const store = useStore;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let connected = true;

  // Stages arrive every fraction of a millisecond; views redraw at most once a frame, with the
  // newest of them. A run's end is shown at once.
  const figures = scheduleFigures((run) => store.getState().runFinished(run));
  let newestProgress: RunProgress | null = null;
  let frame = 0;
  const showProgress = () => {
    frame = 0;
    if (newestProgress) store.getState().stageReceived(newestProgress);
    newestProgress = null;
  };
  const dropProgress = () => {
    cancelAnimationFrame(frame);
    frame = 0;
    newestProgress = null;
  };

  const client = new EngineClient({
    modelsUrl: options.modelsUrl,
    createWorker: options.createWorker,
    listener: {
      modelLoaded: (info) => store.getState().modelLoaded(info),
      modelFailed: (ref, error) => store.getState().modelFailed(modelKey(ref), error),
      runStarted: (id) => store.getState().runStarted(id),
      stageReceived: (progress) => {
        newestProgress = progress;
        if (!frame) frame = requestAnimationFrame(showProgress);
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
      workerRestarted: (error) =>
        store.getState().showBanner({ kind: 'worker_restarted', message: error.message }),
    },
  });

  const run = () => {
    clearTimeout(timer);
    timer = undefined;
    const state = store.getState();
    client.run(modelRefFromKey(state.modelKey), state.sentence, state.decoding);
  };
  const scheduleRun = () => {
    if (debounceMs <= 0) return run();
    clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
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
      if (state.modelKey !== previous.modelKey) {
        loadPickedModel();
        run();
      } else if (state.sentence !== previous.sentence || state.decoding !== previous.decoding) {
        figures.edited();
        scheduleRun();
      }
    });
  });

  return {
    rerun: run,
    disconnect: () => {
      connected = false;
      clearTimeout(timer);
      dropProgress();
      figures.cancel();
      unsubscribe();
      client.dispose();
    },
  };
}
