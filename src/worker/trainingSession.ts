/**
 * What the training worker does with each request, apart from the worker itself so that tests
 * can drive it directly. One run at a time: training goes in slices of a few tens of
 * milliseconds, between which queued requests (pause, stop, export) are answered; progress is
 * posted every few steps or ~100 ms, whichever comes first.
 */
import { settingsProblem } from '../i18n/en/settingsProblems';
import { noRun } from '../i18n/en/trainingFailures';
import { ModelFileError } from '../engine';
import { parameterCount } from '../engine';
import { createLabRun, type LabRun } from '../training/labRun';
import { heldOutEvery, labSettingsProblem, lossFloor } from '../training/labSettings';
import { buildTask, derivedSeed } from '../training/tasks';
import { checkFileFitsTask, trainedModelFromSafetensors } from '../training/trainedModelFile';
import { packTensors } from './packing';
import { packTrainedModel } from './trainingHandoff';
import type {
  LabRunInfo,
  LoadTrainedFileRequest,
  RunControlRequest,
  TrainRequest,
  TrainingError,
  TrainingReply,
  TrainingRequest,
  TrainingStatus,
} from './trainingProtocol';

export interface TrainingHost {
  post: (reply: TrainingReply, transfer?: Transferable[]) => void;
  /** Resolves after the messages queued so far have been handled. */
  yieldToMessages: () => Promise<void>;
  /** performance.now() in the worker. */
  now: () => number;
}

export interface TrainingSession {
  /** Handles one request; a `train` or `resumeTraining` resolves once training stops. */
  handle: (request: TrainingRequest) => Promise<void>;
}

/** Progress is posted after this many steps, or after PROGRESS_EVERY_MS, whichever comes first. */
export const PROGRESS_EVERY_STEPS = 10;
export const PROGRESS_EVERY_MS = 100;
/** Training runs this long between two looks at the message queue. */
const SLICE_MS = 25;

interface ActiveRun {
  id: number;
  lab: LabRun;
  status: TrainingStatus;
  /** Steps to reach: those the run started from, plus the settings' steps. */
  totalSteps: number;
  heldOutEvery: number;
  /** What happened since the last progress. */
  firstStep: number;
  losses: number[];
  heldOut: { step: number; loss: number }[];
  tokens: number;
  msSincePost: number;
  lastPostAt: number;
  learningRate: number;
  trainingMs: number;
  /** True while a training loop is running for this run. */
  looping: boolean;
}

export function createTrainingSession(host: TrainingHost): TrainingSession {
  let active: ActiveRun | null = null;

  const fail = (id: number, error: TrainingError) => host.post({ type: 'trainError', id, error });

  function begin(id: number, lab: LabRun, status: TrainingStatus): ActiveRun {
    const startStep = lab.stepCount;
    const run: ActiveRun = {
      id,
      lab,
      status,
      totalSteps: startStep + lab.settings.steps,
      heldOutEvery: heldOutEvery(lab.settings.steps),
      firstStep: startStep + 1,
      losses: [],
      // Where training starts from: the held-out loss before any (further) step.
      heldOut: [{ step: startStep, loss: lab.heldOutLoss() }],
      tokens: 0,
      msSincePost: 0,
      lastPostAt: host.now(),
      learningRate: 0,
      trainingMs: 0,
      looping: false,
    };
    active = run;
    host.post({ type: 'trainStarted', id, info: describeRun(lab, run) });
    postProgress(run);
    return run;
  }

  function postProgress(run: ActiveRun): void {
    const probe = run.lab.probe();
    const packed = packTensors(probe.attention);
    const seconds = run.msSincePost / 1000;
    host.post(
      {
        type: 'trainProgress',
        id: run.id,
        status: run.status,
        step: run.lab.stepCount,
        firstStep: run.firstStep,
        losses: run.losses,
        heldOut: run.heldOut,
        tokensPerSecond: seconds > 0 ? run.tokens / seconds : 0,
        learningRate: run.learningRate,
        trainingMs: run.trainingMs,
        probe: {
          step: probe.step,
          sourceTokens: probe.sourceTokens,
          decoderInputs: probe.decoderInputs,
          expectedOutputs: probe.expectedOutputs,
          modelOutputs: probe.modelOutputs,
        },
        manifest: packed.manifest,
        bytes: packed.bytes,
      },
      [packed.bytes.buffer],
    );
    run.firstStep = run.lab.stepCount + 1;
    run.losses = [];
    run.heldOut = [];
    run.tokens = 0;
    run.msSincePost = 0;
    run.lastPostAt = host.now();
  }

  function stepOnce(run: ActiveRun): void {
    const result = run.lab.step();
    run.losses.push(result.loss);
    run.tokens += result.tokens;
    run.learningRate = result.learningRate;
    if (result.step % run.heldOutEvery === 0 || result.step === run.totalSteps) {
      run.heldOut.push({ step: result.step, loss: run.lab.heldOutLoss() });
    }
  }

  /** Trains in slices until the run is paused, stopped, replaced or done. */
  async function train(run: ActiveRun): Promise<void> {
    if (run.looping) return;
    run.looping = true;
    while (active === run && run.status === 'running') {
      const sliceStart = host.now();
      do stepOnce(run);
      while (host.now() - sliceStart < SLICE_MS && run.lab.stepCount < run.totalSteps);
      const spent = host.now() - sliceStart;
      run.trainingMs += spent;
      run.msSincePost += spent;
      if (run.lab.stepCount >= run.totalSteps) {
        run.status = 'finished';
        postProgress(run);
        host.post({
          type: 'trainStatus',
          id: run.id,
          runId: run.id,
          status: 'finished',
          step: run.lab.stepCount,
        });
      } else if (
        run.losses.length >= PROGRESS_EVERY_STEPS ||
        host.now() - run.lastPostAt >= PROGRESS_EVERY_MS
      ) {
        postProgress(run);
      }
      await host.yieldToMessages();
    }
    run.looping = false;
  }

  async function start(request: TrainRequest): Promise<void> {
    const problem = labSettingsProblem(request.settings);
    if (problem) {
      const message = sentence(`These settings cannot be trained: ${settingsProblem(problem)}`);
      return fail(request.id, { code: 'invalid_settings', message, problem });
    }
    let lab: LabRun;
    try {
      lab = createLabRun(request.settings);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return fail(request.id, { code: 'invalid_settings', message: sentence(why) });
    }
    await train(begin(request.id, lab, 'running'));
  }

  async function control(request: RunControlRequest): Promise<void> {
    const run = active;
    if (!run || run.id !== request.runId) {
      return fail(request.id, {
        code: 'no_run',
        message: noRun,
      });
    }
    const answer = (status: TrainingStatus) => {
      run.status = status;
      host.post({
        type: 'trainStatus',
        id: request.id,
        runId: run.id,
        status,
        step: run.lab.stepCount,
      });
    };
    switch (request.type) {
      case 'pauseTraining':
        if (run.status !== 'running') return answer(run.status);
        run.status = 'paused';
        postProgress(run);
        return answer('paused');
      case 'resumeTraining':
        if (run.status !== 'paused') return answer(run.status);
        answer('running');
        return train(run);
      case 'stopTraining':
        if (run.status === 'running' || run.status === 'paused') {
          run.status = 'stopped';
          postProgress(run);
        }
        return answer(run.status);
      case 'exportTrained': {
        const { config, task, trainer } = run.lab;
        const vocabularies = { source: task.source.tokens, target: task.target.tokens };
        const model = packTrainedModel(config, trainer.params, vocabularies);
        host.post(
          {
            type: 'trainedModel',
            id: request.id,
            runId: run.id,
            model,
            settings: run.lab.settings,
            step: run.lab.stepCount,
          },
          [model.bytes.buffer],
        );
      }
    }
  }

  function loadFile(request: LoadTrainedFileRequest): void {
    let lab: LabRun;
    try {
      const file = trainedModelFromSafetensors(request.bytes, request.fileName);
      const task = buildTask(file.settings.task, derivedSeed(file.settings.seed, 1));
      checkFileFitsTask(file, task, request.fileName);
      lab = createLabRun(file.settings, file, task);
    } catch (error) {
      return fail(request.id, loadError(error));
    }
    begin(request.id, lab, 'paused');
  }

  return {
    handle: async (request) => {
      switch (request.type) {
        case 'train':
          return start(request);
        case 'loadTrainedFile':
          return loadFile(request);
        default:
          return control(request);
      }
    },
  };
}

function describeRun(lab: LabRun, run: ActiveRun): LabRunInfo {
  return {
    settings: lab.settings,
    config: lab.config,
    parameterCount: parameterCount(lab.config),
    taskLabel: lab.task.label,
    languages: lab.task.languages,
    trainExamples: lab.task.train.length,
    heldOutExamples: lab.task.heldOut.length,
    probeSource: lab.task.probe.source,
    probeTarget: lab.task.probe.target,
    lossFloor: lossFloor(lab.config.tgtVocabSize),
    startStep: lab.stepCount,
    heldOutEvery: run.heldOutEvery,
  };
}

/** A file the reader chose could not become the lab's model: say why, naming the file's fault. */
function loadError(error: unknown): TrainingError {
  const why = error instanceof Error ? error.message : String(error);
  const message = sentence(`This file cannot be opened in the lab: ${why}`);
  if (error instanceof ModelFileError) return { code: error.code, message };
  return { code: 'model_load_failed', message };
}

/** A message ending with exactly one full stop. */
function sentence(text: string): string {
  return `${text.replace(/[.\s]+$/, '')}.`;
}
