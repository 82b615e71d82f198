/**
 * A shipped model is three files: model.safetensors (the weights), config.json (the architecture,
 * a ModelConfig) and vocab.json ({ "source": [...], "target": [...] }). Each is checked against
 * the others, and anything wrong becomes a ModelFileError that names the file and the fault.
 */
import {
  SPECIAL_TOKENS,
  validateConfig,
  type ModelConfig,
  type PositionalLayout,
} from '../model/config';
import { parameterCount, parameterShapes, type Params } from '../model/params';
import type { Tensor } from '../tensor';
import { Vocabulary, vocabularyProblem } from '../tokenizer/vocabulary';
import { describe, isPlainObject } from './json';
import { MAX_PARAMETERS, MODEL_LIMITS, tooLarge } from './limits';
import { ModelFileError, formatShapeList } from './modelFileError';
import { readSafetensors, writeSafetensors } from './safetensors';

export interface ModelVocabularies {
  source: Vocabulary;
  target: Vocabulary;
}

/**
 * The model's parameters from a weights file, in parameterShapes order. Every parameter the
 * configuration calls for must be there with its exact shape and only finite numbers, and the
 * file must hold nothing else.
 */
export function paramsFromSafetensors(
  bytes: Uint8Array,
  config: ModelConfig,
  fileName: string,
): Params {
  const { tensors } = readSafetensors(bytes, fileName);
  const invalid = (message: string, tensor: string, expected?: number[], found?: number[]) =>
    new ModelFileError(message, {
      code: 'invalid_weights',
      file: fileName,
      tensor,
      expected,
      found,
    });

  const params: Params = new Map();
  for (const [name, expected] of parameterShapes(config)) {
    const t = tensors.get(name);
    if (!t) {
      throw invalid(
        `${fileName} has no tensor "${name}": the model needs one of shape ${formatShapeList(expected)}`,
        name,
        expected,
      );
    }
    const found = [...t.shape];
    if (!sameShape(found, expected)) {
      throw invalid(
        `${fileName}: the tensor "${name}" should have shape ${formatShapeList(expected)} ` +
          `but has ${formatShapeList(found)}`,
        name,
        expected,
        found,
      );
    }
    const bad = firstNonFinite(t);
    if (bad) {
      throw invalid(
        `${fileName}: the tensor "${name}" holds ${bad.value} at ${formatShapeList(bad.position)}`,
        name,
      );
    }
    params.set(name, t);
  }
  const extra = [...tensors.keys()].filter((name) => !params.has(name));
  if (extra.length > 0) {
    const others = extra.length > 1 ? ` (and ${extra.length - 1} more)` : '';
    throw invalid(
      `${fileName} holds a tensor "${extra[0]}" that this model does not use${others}`,
      extra[0],
      undefined,
      [...(tensors.get(extra[0])?.shape ?? [])],
    );
  }
  return params;
}

/** The bytes of a weights file for `params`, written in parameterShapes order. */
export function paramsToSafetensors(
  params: Params,
  config: ModelConfig,
  metadata?: Record<string, string>,
  dtype: 'F32' | 'F16' = 'F32',
): Uint8Array {
  const ordered = new Map<string, Tensor>();
  for (const [name, expected] of parameterShapes(config)) {
    const t = params.get(name);
    if (!t) throw new Error(`the parameters have no "${name}" for this configuration`);
    if (!sameShape(t.shape, expected)) {
      throw new Error(
        `the parameter "${name}" should have shape ${formatShapeList(expected)} ` +
          `but has ${formatShapeList(t.shape)}`,
      );
    }
    ordered.set(name, t);
  }
  const extra = [...params.keys()].find((name) => !ordered.has(name));
  if (extra) throw new Error(`the parameter "${extra}" is not part of this configuration`);
  return writeSafetensors(ordered, metadata, dtype);
}

const WHOLE_NUMBER_FIELDS = {
  dModel: 'd_model, the width of every token vector',
  heads: 'h, the number of attention heads',
  dFF: 'd_ff, the width of the feed-forward layer',
  encoderLayers: 'the number of encoder layers',
  decoderLayers: 'the number of decoder layers',
  srcVocabSize: 'the size of the source vocabulary',
  tgtVocabSize: 'the size of the target vocabulary',
  maxLength: 'the longest sequence the model accepts',
} as const;

const POSITIONAL_LAYOUTS: readonly PositionalLayout[] = ['interleaved', 'concatenated'];

function isPositionalLayout(value: unknown): value is PositionalLayout {
  return POSITIONAL_LAYOUTS.some((layout) => layout === value);
}

/** A ModelConfig from the parsed JSON of a config file, checked field by field, then as a whole. */
export function parseModelConfig(json: unknown, fileName: string): ModelConfig {
  const fail = (message: string) =>
    new ModelFileError(`${fileName}: ${message}`, { code: 'model_load_failed', file: fileName });
  if (!isPlainObject(json)) {
    throw fail(`it should hold an object describing the model, found ${describe(json)}`);
  }
  const field = (key: string, meaning: string): unknown => {
    if (!Object.hasOwn(json, key)) throw fail(`"${key}" (${meaning}) is missing`);
    return json[key];
  };

  const wholeNumbers = {} as Record<keyof typeof WHOLE_NUMBER_FIELDS, number>;
  for (const [key, meaning] of Object.entries(WHOLE_NUMBER_FIELDS)) {
    const value = field(key, meaning);
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      throw fail(
        `"${key}" (${meaning}) should be a positive whole number, found ${describe(value)}`,
      );
    }
    const bound = MODEL_LIMITS[key as keyof typeof MODEL_LIMITS];
    if (value > bound) throw fail(tooLarge(`"${key}" (${meaning})`, value, bound));
    wholeNumbers[key as keyof typeof WHOLE_NUMBER_FIELDS] = value;
  }
  const layout = field('positionalLayout', 'how sines and cosines are laid out');
  if (!isPositionalLayout(layout)) {
    throw fail(
      `"positionalLayout" should be "interleaved" or "concatenated", found ${describe(layout)}`,
    );
  }
  const epsilon = field('layerNormEps', 'ε inside LayerNorm');
  if (typeof epsilon !== 'number' || !(epsilon > 0) || !Number.isFinite(epsilon)) {
    throw fail(
      `"layerNormEps" (ε inside LayerNorm) should be a small positive number, found ${describe(epsilon)}`,
    );
  }

  const config: ModelConfig = {
    ...wholeNumbers,
    positionalLayout: layout,
    layerNormEps: epsilon,
  };
  try {
    validateConfig(config);
  } catch (error) {
    throw fail(error instanceof Error ? error.message : String(error));
  }
  const parameters = parameterCount(config);
  if (parameters > MAX_PARAMETERS) {
    throw fail(tooLarge('the number of parameters its sizes give', parameters, MAX_PARAMETERS));
  }
  return config;
}

/** The source and target vocabularies from the parsed JSON of a vocab file. */
export function parseVocabularies(json: unknown, fileName: string): ModelVocabularies {
  const fail = (message: string) =>
    new ModelFileError(`${fileName}: ${message}`, { code: 'model_load_failed', file: fileName });
  if (!isPlainObject(json)) {
    throw fail(
      `it should hold an object with a "source" and a "target" list of words, found ${describe(json)}`,
    );
  }
  const list = (side: 'source' | 'target'): Vocabulary => {
    const words = json[side];
    if (!Array.isArray(words)) {
      throw fail(
        `"${side}" should be a list of words starting with ${SPECIAL_TOKENS.join(', ')}, found ${describe(words)}`,
      );
    }
    const bound = MODEL_LIMITS[side === 'source' ? 'srcVocabSize' : 'tgtVocabSize'];
    if (words.length > bound) {
      throw fail(tooLarge(`the number of words in "${side}"`, words.length, bound));
    }
    const problem = vocabularyProblem(words);
    if (problem) throw fail(`in the ${side} list, ${problem}`);
    return new Vocabulary(words as string[]);
  };
  return { source: list('source'), target: list('target') };
}

/** The vocabularies must have exactly as many words as the embedding tables have rows. */
export function checkVocabulariesMatchConfig(
  vocabularies: ModelVocabularies,
  config: ModelConfig,
  fileName: string,
): void {
  const sides = [
    ['source', vocabularies.source.size, 'srcVocabSize', config.srcVocabSize],
    ['target', vocabularies.target.size, 'tgtVocabSize', config.tgtVocabSize],
  ] as const;
  for (const [side, size, key, expected] of sides) {
    if (size !== expected) {
      throw new ModelFileError(
        `${fileName}: the ${side} list has ${size} words but the model's configuration ` +
          `says ${key} is ${expected}`,
        { code: 'model_load_failed', file: fileName },
      );
    }
  }
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((dim, i) => dim === b[i]);
}

/** The first NaN or ±Infinity of a tensor and where it sits, as indices along each axis. */
function firstNonFinite(t: Tensor): { value: number; position: number[] } | undefined {
  const index = t.data.findIndex((value) => !Number.isFinite(value));
  if (index < 0) return undefined;
  const position: number[] = [];
  let rest = index;
  for (let axis = t.shape.length - 1; axis >= 0; axis--) {
    position.unshift(rest % t.shape[axis]);
    rest = Math.floor(rest / t.shape[axis]);
  }
  return { value: t.data[index], position };
}

/** Each file's name, for messages; the defaults are the names under public/models/<name>/. */
export interface ModelFileNames {
  weights: string;
  config: string;
  vocabulary: string;
}

export const MODEL_FILE_NAMES: ModelFileNames = {
  weights: 'model.safetensors',
  config: 'config.json',
  vocabulary: 'vocab.json',
};

export interface LoadedModelFiles extends ModelVocabularies {
  config: ModelConfig;
  params: Params;
}

/**
 * A whole model from its three files, checked in the order that gives the clearest message:
 * the configuration alone, then the vocabularies against it, then the weights against it.
 */
export function modelFromFiles(
  files: { config: unknown; vocabulary: unknown; weights: Uint8Array },
  names: ModelFileNames = MODEL_FILE_NAMES,
): LoadedModelFiles {
  const config = parseModelConfig(files.config, names.config);
  const vocabularies = parseVocabularies(files.vocabulary, names.vocabulary);
  checkVocabulariesMatchConfig(vocabularies, config, names.vocabulary);
  const params = paramsFromSafetensors(files.weights, config, names.weights);
  return { config, params, ...vocabularies };
}
