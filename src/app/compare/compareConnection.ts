/**
 * The second sentence's engine: a worker of its own, so that its runs and the runs of the sentence
 * in the box never cancel each other (each client keeps only its newest run). It follows the
 * page's model, decoding and heads switched off, and runs the second sentence whenever it or they
 * change.
 */
import { useStore } from '../../store';
import { EngineClient } from '../../worker/client';
import { modelRefFromKey } from '../../worker/modelKey';

export interface CompareConnectionOptions {
  /** Absolute URL of the models folder, ending with `/`. */
  modelsUrl: string;
  createWorker?: () => Worker;
}

/** Starts the second engine; returns the function that stops it. */
export function connectCompare(options: CompareConnectionOptions): () => void {
  const store = useStore;
  store.getState().compareReset();
  /** The model this engine was asked to load, once the page's list of models names it. */
  let loadedKey: string | null = null;

  const run = () => {
    const state = store.getState();
    if (loadedKey !== state.modelKey) return;
    const { compareSentence, decoding, ablatedHeads } = state;
    client.run(modelRefFromKey(state.modelKey), compareSentence, decoding, ablatedHeads);
  };
  const client: EngineClient = new EngineClient({
    modelsUrl: options.modelsUrl,
    createWorker: options.createWorker,
    listener: {
      modelLoaded: () => undefined,
      modelFailed: (_model, error) => store.getState().compareModelFailed(error),
      runStarted: (id) => store.getState().compareRunStarted(id),
      // The second sentence is drawn once its run is complete.
      stageReceived: () => undefined,
      runFinished: (completed) => store.getState().compareRunFinished(completed),
      runFailed: (id, error) => store.getState().compareRunFailed(id, error),
      // The client has reloaded the model into a new worker: the lost run is asked again.
      workerRestarted: (_error, restarted) => {
        if (restarted) run();
      },
    },
  });
  const loadAndRun = () => {
    const state = store.getState();
    const choice = state.models.find((m) => m.key === state.modelKey);
    if (!choice) return;
    loadedKey = choice.key;
    client.load(modelRefFromKey(choice.key), choice.languages);
    run();
  };

  loadAndRun();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.modelKey !== previous.modelKey) {
      state.compareReset();
      loadAndRun();
    } else if (loadedKey === null && state.models !== previous.models) {
      loadAndRun();
    } else if (
      state.compareSentence !== previous.compareSentence ||
      state.decoding !== previous.decoding ||
      state.ablatedHeads !== previous.ablatedHeads
    ) {
      run();
    }
  });
  return () => {
    unsubscribe();
    client.dispose();
  };
}
