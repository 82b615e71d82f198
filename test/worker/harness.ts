/**
 * An EngineClient on a real engine worker (run in-thread by @vitest/web-worker), with every
 * event it reports and every raw message the worker posts recorded for assertions.
 */
import '@vitest/web-worker';
import { EngineClient, startEngineWorker } from '../../src/worker/client';
import type { EngineError, ModelInfo, ModelRef, Reply } from '../../src/worker/protocol';
import type {
  CompletedRun,
  ModelContents,
  RunProgress,
  ScoredReference,
} from '../../src/worker/runTypes';

export interface Harness {
  client: EngineClient;
  workers: Worker[];
  /** Every message any worker posted, in order. */
  raw: Reply[];
  loaded: ModelInfo[];
  /** The words and parameters that came with each `loaded`, in the same order. */
  contents: ModelContents[];
  loadFailed: { ref: ModelRef; error: EngineError }[];
  started: number[];
  stages: RunProgress[];
  finished: CompletedRun[];
  failed: { id: number; error: EngineError }[];
  restarts: { error: EngineError; restarted: boolean }[];
  scores: ScoredReference[];
  scoreFailures: { id: number; error: EngineError }[];
  /** Hooks a test may set, called after the event is recorded. */
  onStage?: (progress: RunProgress) => void;
}

export function startHarness(modelsUrl: string, silenceLimitMs?: number): Harness {
  const harness: Omit<Harness, 'client'> = {
    workers: [],
    raw: [],
    loaded: [],
    contents: [],
    loadFailed: [],
    started: [],
    stages: [],
    finished: [],
    failed: [],
    restarts: [],
    scores: [],
    scoreFailures: [],
  };
  const client = new EngineClient({
    modelsUrl,
    silenceLimitMs,
    createWorker: () => {
      const worker = startEngineWorker();
      worker.addEventListener('message', (event: MessageEvent<Reply>) =>
        harness.raw.push(event.data),
      );
      harness.workers.push(worker);
      return worker;
    },
    listener: {
      modelLoaded: (info, contents) => {
        harness.loaded.push(info);
        harness.contents.push(contents);
      },
      modelFailed: (ref, error) => harness.loadFailed.push({ ref, error }),
      runStarted: (id) => harness.started.push(id),
      stageReceived: (progress) => {
        harness.stages.push(progress);
        (harness as Harness).onStage?.(progress);
      },
      runFinished: (run) => harness.finished.push(run),
      runFailed: (id, error) => harness.failed.push({ id, error }),
      workerRestarted: (error, restarted) => harness.restarts.push({ error, restarted }),
      scoreFinished: (score) => harness.scores.push(score),
      scoreFailed: (id, error) => harness.scoreFailures.push({ id, error }),
    },
  });
  return Object.assign(harness, { client });
}

/** Raw messages of one request id. */
export const repliesTo = (harness: Harness, id: number): Reply[] =>
  harness.raw.filter((reply) => reply.id === id);
