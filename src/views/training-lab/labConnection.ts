/**
 * Wires the lab's buttons to the training worker and its replies to the store. The worker starts
 * with the first run, so a reader who never trains never pays for it. Saving and opening a model
 * in the app's views both begin with an export of the model as it is at that moment.
 */
import { textIn } from '../../i18n';
import { useStore } from '../../store';
import { detokenize } from '../../engine';
import { trainedModelFileName, trainedModelToSafetensors } from '../../training/trainedModelFile';
import { unpackTensors } from '../../worker/packing';
import { TrainingClient, TrainingRequestFailed } from '../../worker/trainingClient';
import { handOverTrainedModel } from '../../worker/trainingHandoff';
import type { TrainedModelReply } from '../../worker/trainingProtocol';

export interface LabActions {
  start: () => void;
  pause: () => void;
  resume: () => void;
  stop: () => void;
  reset: () => void;
  /** Makes the model, as it is now, the page's current model. */
  openInApp: () => Promise<void>;
  /** The model as it is now, as the bytes and name of a safetensors file. */
  saveFile: () => Promise<{ bytes: Uint8Array; fileName: string } | null>;
  loadFile: (bytes: Uint8Array, fileName: string) => void;
  disconnect: () => void;
}

export function connectTrainingLab(createWorker?: () => Worker): LabActions {
  const store = useStore;
  const client = new TrainingClient({
    createWorker,
    listener: {
      started: (runId, info) => store.getState().labStarted(runId, info),
      progress: (progress) => store.getState().labProgressed(progress),
      statusChanged: (runId, status, step) =>
        store.getState().labStatusChanged(runId, status, step),
      failed: (error, runId) => store.getState().labFailed(error, runId),
    },
  });

  /** The model as it is now, or null (the reason said in the lab) if there is none. */
  const exported = async (): Promise<TrainedModelReply | null> => {
    try {
      return await client.exportModel();
    } catch (failure) {
      if (!(failure instanceof TrainingRequestFailed)) throw failure;
      store.getState().labFailed(failure.error, null);
      return null;
    }
  };

  return {
    start: () => {
      const { labSettings, labRequested } = store.getState();
      labRequested(client.train(labSettings));
    },
    pause: () => client.pause(),
    resume: () => client.resume(),
    stop: () => client.stop(),
    reset: () => {
      client.reset();
      store.getState().labReset();
    },
    openInApp: async () => {
      const reply = await exported();
      const info = store.getState().lab.info;
      if (!reply || !info) return;
      const name = `${reply.runId}-${reply.step}`;
      handOverTrainedModel(name, reply.model);
      const text = textIn(store.getState().language).trainingLab;
      const label = text.trainedLabel(text.taskLabel(info.settings.task), reply.step);
      const sentence = detokenize(info.probeSource, info.languages.source);
      store.getState().openTrainedModel(name, label, info.languages, sentence);
    },
    saveFile: async () => {
      const reply = await exported();
      if (!reply) return null;
      const bytes = trainedModelToSafetensors({
        config: reply.model.config,
        vocabularies: reply.model.vocabularies,
        settings: reply.settings,
        step: reply.step,
        params: unpackTensors(reply.model),
      });
      return { bytes, fileName: trainedModelFileName(reply.settings, reply.step) };
    },
    loadFile: (bytes, fileName) => client.loadFile(bytes, fileName),
    disconnect: () => client.dispose(),
  };
}
