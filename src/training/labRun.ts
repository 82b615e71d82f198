/**
 * One training run of the lab, apart from any worker: the task's data, a model, its trainer, and
 * the probe example traced through the model whenever the page wants to draw it. Deterministic:
 * the same settings give the same losses, step after step, on every machine.
 */
import { traceName } from '../engine';
import { BOS, EOS, PAD, type ModelConfig } from '../engine';
import { forwardTrace } from '../engine';
import { greedyDecode } from '../engine';
import { initParams, type Params } from '../engine';
import type { Tensor, TraceName } from '../engine';
import { createAdamState, createTrainer, makeBatch, type Batch, type Trainer } from '../engine';
import { batchStream } from './dataset';
import {
  LAB_CLIP_NORM,
  LAB_LABEL_SMOOTHING,
  labModelConfig,
  type LabSettings,
} from './labSettings';
import { buildTask, derivedSeed, type TaskData } from './tasks';

/** What one step did. */
export interface LabStep {
  /** The step's number, counting from 1. */
  step: number;
  /** Label-smoothed cross-entropy of the batch, before the update. */
  loss: number;
  /** Source and target words of the batch, padding left out. */
  tokens: number;
  learningRate: number;
}

/** The probe example run through the model: its attention weights, and what the model writes. */
export interface ProbeTrace {
  /** Steps trained when it was taken. */
  step: number;
  /** The source words and <eos>: the keys of the encoder's attention. */
  sourceTokens: string[];
  /** The decoder's inputs, <bos> then the right answer: the keys of its self-attention. */
  decoderInputs: string[];
  /** What each decoder position should write, the right answer then <eos>: the queries. */
  expectedOutputs: string[];
  /** What the model writes now, choosing its most probable word at each step. */
  modelOutputs: string[];
  /** enc.{l}.self.weights, dec.{l}.self.weights and dec.{l}.cross.weights, (h, rows, cols) each. */
  attention: Map<string, Tensor>;
}

export interface LabRun {
  readonly settings: LabSettings;
  readonly task: TaskData;
  readonly config: ModelConfig;
  readonly trainer: Trainer;
  /** Steps trained so far. */
  readonly stepCount: number;
  /** One optimisation step on the next batch. */
  step(): LabStep;
  /** The label-smoothed loss on the held-out examples, which training never sees. */
  heldOutLoss(): number;
  probe(): ProbeTrace;
}

/** A model to start from instead of fresh weights: one loaded from a file. */
export interface StartingModel {
  config: ModelConfig;
  params: Params;
  /** Steps it was trained for: the schedule carries on from there. */
  step: number;
}

/** The names of the attention weights the probe keeps, layer by layer. */
export function probeTensorNames(config: ModelConfig): TraceName[] {
  const names: TraceName[] = [];
  for (let l = 0; l < config.encoderLayers; l++) names.push(traceName.enc(l).self('weights'));
  for (let l = 0; l < config.decoderLayers; l++) {
    names.push(traceName.dec(l).self('weights'), traceName.dec(l).cross('weights'));
  }
  return names;
}

/** Words of a batch that are not padding, on the source side and the target side. */
function countTokens(batch: Batch): number {
  let count = 0;
  for (const id of batch.src) if (id !== PAD) count++;
  for (const id of batch.tgtOut) if (id !== PAD) count++;
  return count;
}

export function createLabRun(
  settings: LabSettings,
  starting?: StartingModel,
  task: TaskData = buildTask(settings.task, derivedSeed(settings.seed, 1)),
): LabRun {
  const config = starting?.config ?? labModelConfig(settings.model, task);
  const params = starting?.params ?? initParams(config, derivedSeed(settings.seed, 2));
  const trainer = createTrainer(config, params, {
    labelSmoothing: LAB_LABEL_SMOOTHING,
    warmupSteps: settings.warmupSteps,
    learningRateScale: settings.learningRateScale,
    clipNorm: LAB_CLIP_NORM,
  });
  if (starting && starting.step > 0) {
    // The moments start afresh; the step count keeps the schedule where the file left it.
    trainer.importState({ ...createAdamState(params), step: starting.step });
  }
  const batches = batchStream(task.train, settings.batchSize, derivedSeed(settings.seed, 3));
  const heldOut = makeBatch(task.heldOut);
  const probeSource = [...task.source.toIds(task.probe.source).ids, EOS];
  const probeTarget = task.target.toIds(task.probe.target).ids;

  return {
    settings,
    task,
    config,
    trainer,
    get stepCount() {
      return trainer.stepCount;
    },
    step() {
      const batch = batches.next().value;
      if (!batch) throw new Error('the task has fewer examples than one batch');
      const result = trainer.step(batch);
      return {
        step: trainer.stepCount,
        loss: result.loss,
        tokens: countTokens(batch),
        learningRate: result.learningRate,
      };
    },
    heldOutLoss: () => trainer.evaluate(heldOut).loss,
    probe() {
      const decoderInput = [BOS, ...probeTarget];
      const trace = forwardTrace(params, config, probeSource, decoderInput);
      const attention = new Map<string, Tensor>();
      for (const name of probeTensorNames(config)) {
        const t = trace.get(name);
        if (t) attention.set(name, t);
      }
      const greedy = greedyDecode(params, config, probeSource, { maxSteps: config.maxLength });
      const words = (ids: ArrayLike<number>) => Array.from(ids, (id) => task.target.tokenOf(id));
      return {
        step: trainer.stepCount,
        sourceTokens: Array.from(probeSource, (id) => task.source.tokenOf(id)),
        decoderInputs: words(decoderInput),
        expectedOutputs: words([...probeTarget, EOS]),
        modelOutputs: words(greedy.outputIds),
        attention,
      };
    },
  };
}
