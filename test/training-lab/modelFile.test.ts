import { describe, expect, it } from 'vitest';
import { ModelFileError } from '../../src/engine/io/modelFileError';
import { readSafetensors, writeSafetensors } from '../../src/engine/io/safetensors';
import { initParams } from '../../src/engine/model/params';
import { DEFAULT_LAB_SETTINGS, labModelConfig } from '../../src/training/labSettings';
import { buildTask } from '../../src/training/tasks';
import {
  LAB_FILE_FORMAT,
  checkFileFitsTask,
  trainedModelFileName,
  trainedModelFromSafetensors,
  trainedModelToSafetensors,
  type TrainedModelFile,
} from '../../src/training/trainedModelFile';
import { packTrainedModel, unpackTrainedModel } from '../../src/worker/trainingHandoff';

const task = buildTask(DEFAULT_LAB_SETTINGS.task, 1);
const config = labModelConfig(DEFAULT_LAB_SETTINGS.model, task);
const saved: TrainedModelFile = {
  config,
  vocabularies: { source: task.source.tokens, target: task.target.tokens },
  settings: DEFAULT_LAB_SETTINGS,
  step: 250,
  params: initParams(config, 9),
};

/** The file's message, or a failure if reading it did not throw a ModelFileError. */
function messageOf(bytes: Uint8Array, fileName = 'mine.safetensors'): string {
  try {
    trainedModelFromSafetensors(bytes, fileName);
  } catch (error) {
    if (error instanceof ModelFileError) return error.message;
    throw error;
  }
  throw new Error('the file was accepted');
}

/** The saved file with its metadata replaced by `metadata`. */
function withMetadata(metadata: Record<string, string>): Uint8Array {
  return writeSafetensors(saved.params, metadata);
}

const savedMetadata = () => readSafetensors(trainedModelToSafetensors(saved), 'x').metadata;

describe('a model file saved by the lab', () => {
  it('holds the weights as tensors and the configuration, words, settings and step as metadata', () => {
    const { tensors, metadata } = readSafetensors(trainedModelToSafetensors(saved), 'x');
    expect([...tensors.keys()]).toEqual([...saved.params.keys()]);
    expect(metadata.format).toBe(LAB_FILE_FORMAT);
    expect(JSON.parse(metadata.config)).toEqual(config);
    expect(JSON.parse(metadata.vocab)).toEqual({
      source: task.source.tokens,
      target: task.target.tokens,
    });
    expect(JSON.parse(metadata.lab)).toEqual(DEFAULT_LAB_SETTINGS);
    expect(metadata.step).toBe('250');
    expect(trainedModelFileName(DEFAULT_LAB_SETTINGS, 250)).toBe('reverse-step-250.safetensors');
  });

  it('reads back exactly what was saved', () => {
    const read = trainedModelFromSafetensors(trainedModelToSafetensors(saved), 'mine.safetensors');
    expect(read.config).toEqual(config);
    expect(read.settings).toEqual(DEFAULT_LAB_SETTINGS);
    expect(read.step).toBe(250);
    expect(read.vocabularies).toEqual(saved.vocabularies);
    for (const [name, t] of saved.params) expect(read.params.get(name)?.data, name).toEqual(t.data);
    expect(() => checkFileFitsTask(read, task, 'mine.safetensors')).not.toThrow();
  });

  it('is refused without the metadata the lab needs, saying which part is missing', () => {
    const { lab: _lab, ...rest } = savedMetadata();
    expect(messageOf(withMetadata(rest))).toBe(
      'mine.safetensors: its metadata has no "lab" (the task and training settings); the lab ' +
        'reads files it saved itself, which keep it there',
    );
  });

  it('is refused when its step is beyond any run the lab trains, naming the step and the bound', () => {
    for (const [step, shown] of [
      [1e300, '1e+300'],
      [20_001, '20,001'],
    ] as const) {
      expect(messageOf(withMetadata({ ...savedMetadata(), step: JSON.stringify(step) }))).toBe(
        `mine.safetensors: the metadata's "step" (the number of steps trained) is ${shown}, ` +
          'above the 20,000 this page accepts',
      );
    }
  });

  it('is refused when its settings ask for more steps or examples than the lab trains', () => {
    const lab = JSON.parse(savedMetadata().lab) as Record<string, unknown>;
    const file = (change: Record<string, unknown>) =>
      withMetadata({ ...savedMetadata(), lab: JSON.stringify({ ...lab, ...change }) });
    expect(messageOf(file({ steps: 1e12 }))).toMatch(
      /the number of steps must be a whole number from 1 to 20000, found 1000000000000$/,
    );
    expect(messageOf(file({ task: { ...(lab.task as object), examples: 1e9 } }))).toMatch(
      /the number of examples must be a whole number from \d+ to \d+, found 1000000000$/,
    );
  });

  it('is refused when a tensor does not have the shape the configuration gives it', () => {
    const metadata = savedMetadata();
    const wider = JSON.stringify({ ...config, dFF: 256 });
    expect(messageOf(withMetadata({ ...metadata, config: wider }))).toBe(
      'mine.safetensors: the tensor "encoder.layers.0.ffn.linear1.weight" should have shape ' +
        '[256, 32] but has [128, 32]',
    );
  });

  it('is refused when its words and its configuration disagree', () => {
    const metadata = savedMetadata();
    const vocab = JSON.stringify({
      source: task.source.tokens.slice(0, 10),
      target: task.target.tokens,
    });
    expect(messageOf(withMetadata({ ...metadata, vocab }))).toBe(
      'mine.safetensors, metadata "vocab": the source list has 10 words but the model\'s ' +
        'configuration says srcVocabSize is 14',
    );
  });

  it('is refused by a task whose words differ, naming the first word that does', () => {
    const letters = buildTask({ ...DEFAULT_LAB_SETTINGS.task, symbols: 'letters' }, 1);
    const swapped = [...task.source.tokens];
    [swapped[4], swapped[5]] = [swapped[5], swapped[4]];
    const file = { ...saved, vocabularies: { source: swapped, target: task.target.tokens } };
    expect(() => checkFileFitsTask(file, task, 'mine.safetensors')).toThrow(
      'mine.safetensors: its source words do not match those of the task "reverse 3 to 8 digits": ' +
        'word 4 is "1" in the file but "0" in the task',
    );
    expect(() => checkFileFitsTask(saved, letters, 'mine.safetensors')).toThrow(
      'the file has 14 words, the task 30',
    );
  });
});

describe('a model handed over to the engine worker', () => {
  it('unpacks to the same configuration, words and weights', () => {
    const payload = packTrainedModel(config, saved.params, saved.vocabularies);
    const model = unpackTrainedModel(payload);
    expect(model.config).toEqual(config);
    expect(model.source.tokens).toEqual(task.source.tokens);
    for (const [name, t] of saved.params)
      expect(model.params.get(name)?.data, name).toEqual(t.data);
  });

  it('is refused when a parameter is missing, naming it and the shape it needs', () => {
    const params = new Map(saved.params);
    params.delete('generator.bias');
    const payload = packTrainedModel(config, params, saved.vocabularies);
    expect(() => unpackTrainedModel(payload)).toThrow(
      'the model trained in this page: the parameter "generator.bias" should have shape [14] but is missing',
    );
  });
});
