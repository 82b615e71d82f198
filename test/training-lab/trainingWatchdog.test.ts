import '@vitest/web-worker';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLabRun } from '../../src/training/labRun';
import { packTensors } from '../../src/worker/packing';
import {
  TrainingClient,
  startTrainingWorker,
  type TrainingClientOptions,
} from '../../src/worker/trainingClient';
import type { LabProgress } from '../../src/worker/trainingListener';
import { packTrainedModel } from '../../src/worker/trainingHandoff';
import type { LabRunInfo, TrainingError, TrainingStatus } from '../../src/worker/trainingProtocol';
import { FakeWorker, fakeWorkers } from '../worker/fakeWorker';
import { REVERSE_SETTINGS } from './trainingHarness';

/** A lab's model, built once: what the scripted worker trains and exports. */
const lab = createLabRun({ ...REVERSE_SETTINGS, steps: 5000 });
const info: LabRunInfo = {
  settings: lab.settings,
  config: lab.config,
  parameterCount: 0,
  taskLabel: lab.task.label,
  languages: lab.task.languages,
  trainExamples: lab.task.train.length,
  heldOutExamples: lab.task.heldOut.length,
  probeSource: lab.task.probe.source,
  probeTarget: lab.task.probe.target,
  lossFloor: 0,
  startStep: 0,
  heldOutEvery: 125,
};

/**
 * A training worker scripted by the test: it starts a run, reports progress at the step the test
 * sets, exports the model when asked, and hangs (answers nothing more) when the test says so.
 */
class ScriptedWorker extends FakeWorker {
  step = 0;
  hung = false;

  postMessage(message: unknown): void {
    super.postMessage(message);
    if (this.hung || this.terminated) return;
    const request = message as { type: string; id: number; runId?: number };
    queueMicrotask(() => {
      if (request.type === 'train') {
        this.reply({ type: 'trainStarted', id: request.id, info });
        this.progress(request.id);
      } else if (request.type === 'exportTrained') {
        const vocabularies = { source: lab.task.source.tokens, target: lab.task.target.tokens };
        const model = packTrainedModel(lab.config, lab.trainer.params, vocabularies);
        const { settings } = lab;
        const { id, runId } = request;
        this.reply({ type: 'trainedModel', id, runId, model, settings, step: this.step });
      }
    });
  }

  /** A progress report of run `id` at the current step, while it trains. */
  progress(id: number): void {
    const packed = packTensors(new Map());
    const probe = { step: this.step, sourceTokens: [], decoderInputs: [], expectedOutputs: [] };
    this.reply({
      type: 'trainProgress',
      id,
      status: 'running',
      step: this.step,
      firstStep: this.step + 1,
      losses: [],
      heldOut: [],
      tokensPerSecond: 0,
      learningRate: 0,
      trainingMs: 0,
      probe: { ...probe, modelOutputs: [] },
      ...packed,
    });
  }
}

interface Heard {
  workers: FakeWorker[];
  started: { runId: number; info: LabRunInfo }[];
  progress: LabProgress[];
  statuses: { runId: number; status: TrainingStatus }[];
  failed: { error: TrainingError; runId: number | null }[];
}

let client: TrainingClient | undefined;
afterEach(() => client?.dispose());

/**
 * A client whose first worker is scripted, and whose next (after a hang) is a real training
 * worker, run in this thread, that opens the checkpoint as the lab opens a file.
 */
function start(options: Partial<TrainingClientOptions>): Heard & { client: TrainingClient } {
  const heard: Heard = { workers: [], started: [], progress: [], statuses: [], failed: [] };
  client = new TrainingClient({
    checkpointEveryMs: 0,
    ...options,
    createWorker: () => {
      if (heard.workers.length > 0) return startTrainingWorker();
      const worker = new ScriptedWorker();
      heard.workers.push(worker);
      return worker as unknown as Worker;
    },
    listener: {
      started: (runId, runInfo) => heard.started.push({ runId, info: runInfo }),
      progress: (progress) => heard.progress.push(progress),
      statusChanged: (runId, status) => heard.statuses.push({ runId, status }),
      failed: (error, runId) => heard.failed.push({ error, runId }),
    },
  });
  return Object.assign(heard, { client });
}

/** Waits, generously for a busy machine, until `condition` holds. */
const until = (condition: () => void) => vi.waitFor(condition, { timeout: 60_000, interval: 20 });

/** Trains to step 40 with a checkpoint there, then to step 58, then makes the worker hang. */
async function hangAfterCheckpoint(heard: Heard & { client: TrainingClient }) {
  const runId = heard.client.train(lab.settings);
  const worker = heard.workers[0] as ScriptedWorker;
  await until(() => expect(heard.started).toHaveLength(1));
  worker.step = 40;
  worker.progress(runId);
  await until(() => expect(worker.requests('exportTrained').length).toBeGreaterThan(1));
  worker.step = 58;
  await Promise.resolve();
  worker.hung = true;
  worker.progress(runId);
}

describe('a training worker that hangs', () => {
  it('is found silent, ended, and the model restored at its last checkpoint, paused', async () => {
    const heard = start({ silenceLimitMs: 300 });
    await hangAfterCheckpoint(heard);
    await until(() => expect(heard.started).toHaveLength(2));
    expect(heard.workers[0].terminated).toBe(true);
    expect(heard.started[1].info.startStep).toBe(40);
    // The restored run trains to the step the lost one was to reach.
    expect(heard.started[1].info.settings.steps).toBe(5000 - 40);
    const stuck = heard.failed.find((f) => f.error.code === 'worker_stuck');
    expect(stuck?.runId).toBe(heard.started[1].runId);
    expect(stuck?.error.message).toBe(
      'Training stopped (it stopped answering) at step 58, so it was ended. The model is back ' +
        'at its last checkpoint, step 40, paused: Resume to train on.',
    );
    await until(() => expect(heard.progress.at(-1)?.status).toBe('paused'));

    // The restored model trains on when resumed.
    heard.client.resume();
    await until(() => expect(heard.progress.at(-1)?.step ?? 0).toBeGreaterThan(42));
  });

  it('Pause works on it: ended at once, and the checkpoint opened paused', async () => {
    const heard = start({ silenceLimitMs: 600_000, answerLimitMs: 300 });
    await hangAfterCheckpoint(heard);
    heard.client.pause();
    await until(() => expect(heard.started).toHaveLength(2));
    expect(heard.started[1].info.startStep).toBe(40);
    expect(heard.failed.map((f) => f.error.message)).toEqual([
      'Training stopped (it did not answer Pause) at step 58, so it was ended. The model is ' +
        'back at its last checkpoint, step 40, paused: Resume to train on.',
    ]);
    await until(() => expect(heard.progress.at(-1)?.status).toBe('paused'));
  });

  it('Stop works on it: ended at once, and the checkpoint opened stopped', async () => {
    const heard = start({ silenceLimitMs: 600_000, answerLimitMs: 300 });
    await hangAfterCheckpoint(heard);
    heard.client.stop();
    await until(() => expect(heard.statuses.at(-1)?.status).toBe('stopped'));
    expect(heard.statuses.at(-1)?.runId).toBe(heard.started[1].runId);
    expect(heard.failed.map((f) => f.error.message)).toEqual([
      'Training stopped (it did not answer Stop) at step 58, so it was ended. The model is ' +
        'back at its last checkpoint, step 40, stopped.',
    ]);
  });
});

describe('a training worker that never answers, or answers nonsense', () => {
  it('is given up with a clear message when there is no checkpoint to go back to', async () => {
    const failed: TrainingError[] = [];
    const { workers, create } = fakeWorkers();
    client = new TrainingClient({
      createWorker: create,
      silenceLimitMs: 200,
      listener: {
        started: () => {},
        progress: () => {},
        statusChanged: () => {},
        failed: (error) => failed.push(error),
      },
    });
    client.train(REVERSE_SETTINGS);
    await until(() => expect(failed).toHaveLength(1));
    expect(workers[0].terminated).toBe(true);
    expect(failed[0]).toEqual({
      code: 'worker_crashed',
      message:
        'Training stopped (it stopped answering) at step 0; the model in training is lost. ' +
        'Start again to retrain it.',
      stop: { cause: 'silent', detail: '', lostStep: 0, restoredStep: null, end: 'paused' },
    });
  });

  it('a null or malformed message does not throw in the page', () => {
    for (const message of [null, 7, { type: 'trainProgress', id: 1 }]) {
      const failed: TrainingError[] = [];
      const { workers, create } = fakeWorkers();
      client = new TrainingClient({
        createWorker: create,
        listener: {
          started: () => {},
          progress: () => {},
          statusChanged: () => {},
          failed: (error) => failed.push(error),
        },
      });
      client.train(REVERSE_SETTINGS);
      expect(() => workers[0].reply(message)).not.toThrow();
      expect(failed.map((f) => f.message)).toEqual([
        expect.stringMatching(/^Training stopped \(a message from it could not be read\)/),
      ]);
      client.dispose();
    }
  });
});
