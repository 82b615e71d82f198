/**
 * What the reader sets before training in the lab: the task, the model's size, and the paper's
 * training recipe scaled down (batch, learning-rate schedule, steps), with one seed for all of it.
 */
import type { ModelConfig } from '../engine';
import { describe, isPlainObject } from '../engine';
import { SHIPPED_ARCHITECTURE } from './recipe';
import { DIRECTIONS } from './direction';
import { SYMBOL_SETS, TASK_KINDS, taskSettingsProblem, type TaskSettings } from './taskSettings';
import type { TaskData } from './tasks';
import type { ChosenSetting, SettingsProblem } from './settingsProblem';
import { settingsProblem } from '../i18n/en/settingsProblems';

export interface LabModelSettings {
  /** d_model: the width of every token vector (512 in the paper). */
  dModel: number;
  /** h: attention heads (8 in the paper). */
  heads: number;
  /** N: encoder layers, and as many decoder layers (6 in the paper). */
  layers: number;
}

export interface LabSettings {
  task: TaskSettings;
  model: LabModelSettings;
  /** Examples per step. */
  batchSize: number;
  /** Multiplies the learning-rate schedule of §5.3; 1 is the paper's. */
  learningRateScale: number;
  /** Steps over which the learning rate rises before it decays (4,000 in the paper). */
  warmupSteps: number;
  /** Steps to train for. */
  steps: number;
  /** Draws the data, the first weights and the order of the batches. */
  seed: number;
}

/** The choices the lab offers for each size. */
export const LAB_CHOICES = {
  dModel: [16, 32, 64, 128],
  heads: [1, 2, 4, 8],
  layers: [1, 2, 3, 4],
  batchSize: [8, 16, 32, 64],
} as const;

export const LAB_LIMITS = {
  learningRateScale: { min: 0.01, max: 10 },
  warmupSteps: { min: 1, max: 4000 },
  steps: { min: 1, max: 20_000 },
  seed: { min: 0, max: 2 ** 31 - 1 },
} as const;

/** ε_ls of §5.4, as in the paper. */
export const LAB_LABEL_SMOOTHING = 0.1;
/** Gradients are scaled down to this global norm at most, so a high learning rate cannot blow up. */
export const LAB_CLIP_NORM = 1;

/**
 * A model that learns the default task, reverse, in under a minute: by step 800 the probe's
 * encoder-decoder attention has most of its weight on the anti-diagonal.
 */
export const DEFAULT_LAB_SETTINGS: LabSettings = {
  task: {
    kind: 'reverse',
    symbols: 'digits',
    minLength: 3,
    maxLength: 8,
    direction: 'en-fr',
    examples: 2000,
  },
  model: { dModel: 32, heads: 2, layers: 1 },
  batchSize: 32,
  learningRateScale: 1,
  warmupSteps: 100,
  steps: 800,
  seed: 1,
};

/** Why the settings cannot be trained; undefined when they can. */
export function labSettingsProblem(settings: LabSettings): SettingsProblem | undefined {
  const { model } = settings;
  const problem =
    oneOf(model.dModel, 'dModel') ?? oneOf(model.heads, 'heads') ?? oneOf(model.layers, 'layers');
  if (problem) return problem;
  if (model.dModel % model.heads !== 0)
    return { kind: 'indivisible', dModel: model.dModel, heads: model.heads };
  return trainingSettingsProblem(settings);
}

/** The same, for everything but the model's size (a model loaded from a file brings its own). */
export function trainingSettingsProblem(settings: LabSettings): SettingsProblem | undefined {
  const range = (setting: keyof typeof LAB_LIMITS, whole: boolean): SettingsProblem | undefined => {
    const value = settings[setting];
    const { min, max } = LAB_LIMITS[setting];
    const fits = Number.isFinite(value) && value >= min && value <= max;
    if (fits && (!whole || Number.isInteger(value))) return undefined;
    return { kind: 'outOfRange', setting, whole, min, max, value };
  };
  return (
    taskSettingsProblem(settings.task) ??
    oneOf(settings.batchSize, 'batchSize') ??
    range('learningRateScale', false) ??
    range('warmupSteps', true) ??
    range('steps', true) ??
    range('seed', true)
  );
}

function oneOf(value: number, setting: ChosenSetting): SettingsProblem | undefined {
  const choices: readonly number[] = LAB_CHOICES[setting];
  return choices.includes(value) ? undefined : { kind: 'notOneOf', setting, value, choices };
}

/** The architecture the settings describe, for the task's vocabularies and longest sequence. */
export function labModelConfig(model: LabModelSettings, task: TaskData): ModelConfig {
  return {
    dModel: model.dModel,
    heads: model.heads,
    // d_ff = 4 · d_model, as 2048 = 4 · 512 in the paper.
    dFF: 4 * model.dModel,
    encoderLayers: model.layers,
    decoderLayers: model.layers,
    srcVocabSize: task.source.size,
    tgtVocabSize: task.target.size,
    // The longest sequence, plus <eos> on the source side or <bos> on the target side.
    maxLength: task.longest + 1,
    positionalLayout: SHIPPED_ARCHITECTURE.positionalLayout,
    layerNormEps: SHIPPED_ARCHITECTURE.layerNormEps,
  };
}

/**
 * The lowest label-smoothed loss possible: the entropy of the smoothed target
 *   q = (1 − ε)·onehot + ε / V,   H(q) = −Σ_v q_v log q_v,
 * reached when the model predicts q exactly. The loss curve levels off there, not at 0.
 */
export function lossFloor(vocabularySize: number, smoothing = LAB_LABEL_SMOOTHING): number {
  const other = smoothing / vocabularySize;
  const right = 1 - smoothing + other;
  const term = (q: number) => (q > 0 ? -q * Math.log(q) : 0);
  return term(right) + (vocabularySize - 1) * term(other);
}

/** Steps between two held-out measurements: about 40 over the run, at least every 5 steps. */
export function heldOutEvery(steps: number): number {
  return Math.max(5, Math.round(steps / 40));
}

/**
 * Settings read back from JSON (a saved model's metadata) for a model of `config`, which decides
 * the model's size; throws a sentence naming the fault.
 */
export function parseLabSettings(json: unknown, config: ModelConfig): LabSettings {
  if (!isPlainObject(json)) throw new Error(`it should be an object, found ${describe(json)}`);
  const { task } = json;
  if (!isPlainObject(task)) throw new Error(`"task" should be an object, found ${describe(task)}`);
  const number = (from: Record<string, unknown>, key: string): number => {
    const value = from[key];
    if (typeof value !== 'number') {
      throw new Error(`"${key}" should be a number, found ${describe(value)}`);
    }
    return value;
  };
  const oneOfText = <T extends string>(key: string, choices: readonly T[]): T => {
    const value = task[key];
    const found = choices.find((choice) => choice === value);
    if (found === undefined) {
      throw new Error(`"${key}" should be one of ${choices.join(', ')}, found ${describe(value)}`);
    }
    return found;
  };
  const settings: LabSettings = {
    task: {
      kind: oneOfText('kind', TASK_KINDS),
      symbols: oneOfText('symbols', SYMBOL_SETS),
      minLength: number(task, 'minLength'),
      maxLength: number(task, 'maxLength'),
      direction: oneOfText('direction', DIRECTIONS),
      examples: number(task, 'examples'),
    },
    model: { dModel: config.dModel, heads: config.heads, layers: config.encoderLayers },
    batchSize: number(json, 'batchSize'),
    learningRateScale: number(json, 'learningRateScale'),
    warmupSteps: number(json, 'warmupSteps'),
    steps: number(json, 'steps'),
    seed: number(json, 'seed'),
  };
  const problem = trainingSettingsProblem(settings);
  if (problem) throw new Error(settingsProblem(problem));
  return settings;
}
