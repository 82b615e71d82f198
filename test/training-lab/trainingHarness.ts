/**
 * A TrainingClient on a real training worker (run in-thread by @vitest/web-worker), with every
 * event it reports and every raw message the worker posts recorded for assertions.
 */
import '@vitest/web-worker';
import { vi } from 'vitest';
import { DEFAULT_LAB_SETTINGS, type LabSettings } from '../../src/training/labSettings';
import { TrainingClient, startTrainingWorker } from '../../src/worker/trainingClient';
import type { LabProgress } from '../../src/worker/trainingListener';
import type {
  LabRunInfo,
  TrainingError,
  TrainingReply,
  TrainingStatus,
} from '../../src/worker/trainingProtocol';

export interface TrainingHarness {
  client: TrainingClient;
  raw: TrainingReply[];
  started: { runId: number; info: LabRunInfo }[];
  progress: LabProgress[];
  statuses: { runId: number; status: TrainingStatus; step: number }[];
  failed: { error: TrainingError; runId: number | null }[];
}

export function startTrainingHarness(): TrainingHarness {
  const harness: Omit<TrainingHarness, 'client'> = {
    raw: [],
    started: [],
    progress: [],
    statuses: [],
    failed: [],
  };
  const client = new TrainingClient({
    createWorker: () => {
      const worker = startTrainingWorker();
      worker.addEventListener('message', (event: MessageEvent<TrainingReply>) =>
        harness.raw.push(event.data),
      );
      return worker;
    },
    listener: {
      started: (runId, info) => harness.started.push({ runId, info }),
      progress: (progress) => harness.progress.push(progress),
      statusChanged: (runId, status, step) => harness.statuses.push({ runId, status, step }),
      failed: (error, runId) => harness.failed.push({ error, runId }),
    },
  });
  return Object.assign(harness, { client });
}

/** Every training loss the run reported, in step order, checked to have no gap. */
export function lossesOf(harness: TrainingHarness, runId: number): number[] {
  const losses: number[] = [];
  for (const p of harness.progress.filter((p) => p.runId === runId)) {
    if (p.losses.length > 0 && p.firstStep !== losses.length + 1) {
      throw new Error(`progress jumped from step ${losses.length} to ${p.firstStep}`);
    }
    losses.push(...p.losses);
  }
  return losses;
}

/** Resolves once the run has reported `status`. */
export async function reached(harness: TrainingHarness, runId: number, status: TrainingStatus) {
  await vi.waitFor(
    () => {
      if (harness.failed.length > 0) throw new Error(harness.failed[0].error.message);
      if (!harness.statuses.some((s) => s.runId === runId && s.status === status)) {
        throw new Error(`run ${runId} has not reached "${status}" yet`);
      }
    },
    { timeout: 50_000, interval: 20 },
  );
}

/** Reverse 3 to 6 digits on the lab's smallest useful model: learnt in a few hundred steps. */
export const REVERSE_SETTINGS: LabSettings = {
  ...DEFAULT_LAB_SETTINGS,
  task: {
    ...DEFAULT_LAB_SETTINGS.task,
    kind: 'reverse',
    minLength: 3,
    maxLength: 6,
    examples: 1000,
  },
  model: { dModel: 32, heads: 2, layers: 1 },
  batchSize: 32,
  warmupSteps: 50,
  steps: 300,
  seed: 7,
};
