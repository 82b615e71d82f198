/**
 * A model trained in the lab, saved as ONE safetensors file: the weights as tensors named as in
 * parameterShapes (they open in PyTorch), and in the file's __metadata__ the configuration, the
 * vocabularies, the lab's settings (task, seed, schedule) and the steps trained, each as JSON.
 * Reading one back checks every part and says what does not match, naming the file and the part.
 */
import { describe, ModelFileError } from '../engine';
import {
  checkVocabulariesMatchConfig,
  paramsFromSafetensors,
  paramsToSafetensors,
  parseModelConfig,
  parseVocabularies,
} from '../engine';
import { readSafetensors } from '../engine';
import type { ModelConfig } from '../engine';
import type { Params } from '../engine';
import type { Vocabulary } from '../engine';
import { tooLarge } from '../engine';
import { LAB_LIMITS, parseLabSettings, type LabSettings } from './labSettings';
import type { TaskData } from './tasks';

/** Names the format in the metadata, so a file from elsewhere is told apart at once. */
export const LAB_FILE_FORMAT = 'illustrated-transformer-live/lab-model/1';

export interface TrainedModelFile {
  config: ModelConfig;
  vocabularies: { source: readonly string[]; target: readonly string[] };
  settings: LabSettings;
  /** Steps the model was trained for. */
  step: number;
  params: Params;
}

/** The metadata entries of a lab file, each holding JSON text. */
const ENTRIES = {
  config: 'the model configuration',
  vocab: 'the source and target words',
  lab: 'the task and training settings',
  step: 'the number of steps trained',
} as const;

export function trainedModelToSafetensors(file: TrainedModelFile): Uint8Array {
  const { source, target } = file.vocabularies;
  return paramsToSafetensors(file.params, file.config, {
    format: LAB_FILE_FORMAT,
    config: JSON.stringify(file.config),
    vocab: JSON.stringify({ source, target }),
    lab: JSON.stringify(file.settings),
    step: JSON.stringify(file.step),
  });
}

/** A name for the saved file: `reverse-step-400.safetensors`. */
export function trainedModelFileName(settings: LabSettings, step: number): string {
  const task = settings.task.kind === 'translate' ? settings.task.direction : settings.task.kind;
  return `${task}-step-${step}.safetensors`;
}

/** The model a lab file holds; any fault throws a ModelFileError naming `fileName` and the part. */
export function trainedModelFromSafetensors(bytes: Uint8Array, fileName: string): TrainedModelFile {
  const { metadata } = readSafetensors(bytes, fileName);
  const fail = (message: string) =>
    new ModelFileError(`${fileName}: ${message}`, { code: 'model_load_failed', file: fileName });
  const entry = (key: keyof typeof ENTRIES): unknown => {
    const text = metadata[key];
    if (text === undefined) {
      throw fail(
        `its metadata has no "${key}" (${ENTRIES[key]}); the lab reads files it saved itself, ` +
          `which keep it there`,
      );
    }
    try {
      return JSON.parse(text);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw fail(`the metadata's "${key}" (${ENTRIES[key]}) is not valid JSON (${why})`);
    }
  };
  const config = parseModelConfig(entry('config'), `${fileName}, metadata "config"`);
  const vocabularies = parseVocabularies(entry('vocab'), `${fileName}, metadata "vocab"`);
  checkVocabulariesMatchConfig(vocabularies, config, `${fileName}, metadata "vocab"`);
  let settings: LabSettings;
  try {
    settings = parseLabSettings(entry('lab'), config);
  } catch (error) {
    if (error instanceof ModelFileError) throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw fail(`in the metadata's "lab" (${ENTRIES.lab}), ${why}`);
  }
  const step = entry('step');
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0) {
    throw fail(`the metadata's "step" should be a whole number of steps, found ${describe(step)}`);
  }
  if (step > LAB_LIMITS.steps.max) {
    throw fail(tooLarge(`the metadata's "step" (${ENTRIES.step})`, step, LAB_LIMITS.steps.max));
  }
  const params = paramsFromSafetensors(bytes, config, fileName);
  return {
    config,
    vocabularies: { source: vocabularies.source.tokens, target: vocabularies.target.tokens },
    settings,
    step,
    params,
  };
}

/**
 * A file's model must read and write the task's words, in the task's order, and accept its
 * longest sequence; otherwise a ModelFileError says which side differs and where.
 */
export function checkFileFitsTask(file: TrainedModelFile, task: TaskData, fileName: string): void {
  const sides = [
    ['source', file.vocabularies.source, task.source],
    ['target', file.vocabularies.target, task.target],
  ] as const;
  for (const [side, words, vocabulary] of sides) {
    const difference = firstDifference(words, vocabulary);
    if (difference) {
      throw new ModelFileError(
        `${fileName}: its ${side} words do not match those of the task "${task.label}": ${difference}`,
        { code: 'model_load_failed', file: fileName },
      );
    }
  }
  const needed = task.longest + 1;
  if (file.config.maxLength < needed) {
    throw new ModelFileError(
      `${fileName}: the model accepts sequences of ${file.config.maxLength} tokens, but the task ` +
        `"${task.label}" needs ${needed}`,
      { code: 'model_load_failed', file: fileName },
    );
  }
}

function firstDifference(words: readonly string[], vocabulary: Vocabulary): string | undefined {
  if (words.length !== vocabulary.size) {
    return `the file has ${words.length} words, the task ${vocabulary.size}`;
  }
  const at = words.findIndex((word, id) => word !== vocabulary.tokens[id]);
  if (at < 0) return undefined;
  return `word ${at} is ${JSON.stringify(words[at])} in the file but ${JSON.stringify(vocabulary.tokens[at])} in the task`;
}
