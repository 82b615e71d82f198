/**
 * Models the worker can run: shipped ones fetched from public/models/<name>/ and checked file by
 * file, and untrained ones with seeded random weights, the "before training" comparison.
 */
import { readItHead } from './itHeadInfo';
import { readAlignment } from './alignmentInfo';
import { POST_SENTENCES, buildVocabulary } from '../corpus';
import { ModelFileError } from '../engine';
import {
  MODEL_FILE_NAMES,
  checkVocabulariesMatchConfig,
  modelFromFiles,
  parseModelConfig,
  parseVocabularies,
} from '../engine';
import type { ModelConfig } from '../engine';
import { initParams, parameterCount, type Params } from '../engine';
import { Vocabulary } from '../engine';
import { fetchFailed, modelFileError } from './errors';
import type {
  EngineError,
  LanguagePair,
  ModelInfo,
  ModelRef,
  TrainedModelPayload,
} from './protocol';
import { unpackTrainedModel } from './trainingHandoff';
import { WORD_KINDS_FILE, readWordKinds, type WordKinds } from './wordKinds';

export interface LoadedModel {
  info: ModelInfo;
  params: Params;
  source: Vocabulary;
  target: Vocabulary;
  /** The kinds of the source words (kinds.json), for unknown-word suggestions; absent without one. */
  sourceKinds?: WordKinds | null;
}

export type LoadOutcome = { ok: true; model: LoadedModel } | { ok: false; error: EngineError };

/** How the worker reads a file; the global fetch in the browser. */
export type FetchFile = (url: string) => Promise<Response>;

/** Every untrained model starts from this seed, so its numbers are the same on every visit. */
export const UNTRAINED_SEED = 1;

/** The architecture of the built-in untrained model, with the corpus's vocabulary sizes. */
export function builtInConfig(source: Vocabulary, target: Vocabulary): ModelConfig {
  return {
    dModel: 64,
    heads: 8,
    dFF: 256,
    encoderLayers: 2,
    decoderLayers: 2,
    srcVocabSize: source.size,
    tgtVocabSize: target.size,
    maxLength: 32,
    positionalLayout: 'concatenated',
    layerNormEps: 1e-5,
  };
}

/** The seeded model over the words of the post's own sentences, for when none is shipped. */
export function builtInUntrainedModel(languages: LanguagePair): LoadedModel {
  const source = new Vocabulary(buildVocabulary(POST_SENTENCES, languages.source));
  const target = new Vocabulary(buildVocabulary(POST_SENTENCES, languages.target));
  return untrained({ kind: 'untrained', basedOn: null }, builtInConfig(source, target), {
    source,
    target,
    languages,
  });
}

/**
 * Fetches, parses and checks the files `ref` needs, or for a model trained in the page the
 * weights it came with; never throws.
 */
export async function loadModel(
  ref: ModelRef,
  modelsUrl: string,
  languages: LanguagePair,
  fetchFile: FetchFile,
  trained?: TrainedModelPayload,
): Promise<LoadOutcome> {
  try {
    if (ref.kind === 'trained-in-browser') {
      const model = unpackTrainedModel(trained ?? missingWeights());
      return { ok: true, model: { info: describe(ref, model.config, true, languages), ...model } };
    }
    if (ref.kind === 'untrained' && ref.basedOn === null) {
      return { ok: true, model: builtInUntrainedModel(languages) };
    }
    const name = ref.kind === 'shipped' ? ref.name : ref.basedOn;
    const folder = new URL(`${encodeURIComponent(name ?? '')}/`, modelsUrl);
    const read = (file: string) => readFile(new URL(file, folder).href, file, fetchFile);
    const [config, vocabulary, weights, sourceKinds] = await Promise.all([
      read(MODEL_FILE_NAMES.config).then((bytes) => parseJson(bytes, MODEL_FILE_NAMES.config)),
      read(MODEL_FILE_NAMES.vocabulary).then((b) => parseJson(b, MODEL_FILE_NAMES.vocabulary)),
      ref.kind === 'shipped' ? read(MODEL_FILE_NAMES.weights) : null,
      readOptionalKinds(read, languages),
    ]);
    if (weights) {
      const files = modelFromFiles({ config, vocabulary, weights });
      const info = {
        ...describe(ref, files.config, true, languages),
        itHead: readItHead(config, files.config),
        alignment: readAlignment(config, files.config),
      };
      return { ok: true, model: { info, ...files, sourceKinds } };
    }
    const parsedConfig = parseModelConfig(config, MODEL_FILE_NAMES.config);
    const vocabularies = parseVocabularies(vocabulary, MODEL_FILE_NAMES.vocabulary);
    checkVocabulariesMatchConfig(vocabularies, parsedConfig, MODEL_FILE_NAMES.vocabulary);
    const model = untrained(ref, parsedConfig, { ...vocabularies, languages });
    return { ok: true, model: { ...model, sourceKinds } };
  } catch (error) {
    if (error instanceof FileUnavailable) return { ok: false, error: error.error };
    return { ok: false, error: modelFileError(error, MODEL_FILE_NAMES.weights) };
  }
}

/**
 * The words' kinds, if the model's folder has a kinds.json: a missing, unreadable or malformed
 * one is no kinds (suggestions by spelling only), never a model that fails to load.
 */
async function readOptionalKinds(
  read: (file: string) => Promise<Uint8Array>,
  languages: LanguagePair,
): Promise<WordKinds | null> {
  try {
    const json: unknown = JSON.parse(new TextDecoder().decode(await read(WORD_KINDS_FILE)));
    return readWordKinds(json, languages.source);
  } catch {
    return null;
  }
}

function missingWeights(): never {
  throw new ModelFileError('the model trained in this page came without its weights', {
    code: 'model_load_failed',
    file: 'the model trained in this page',
  });
}

function untrained(
  ref: ModelRef,
  config: ModelConfig,
  parts: { source: Vocabulary; target: Vocabulary; languages: LanguagePair },
): LoadedModel {
  return {
    info: describe(ref, config, false, parts.languages),
    params: initParams(config, UNTRAINED_SEED),
    source: parts.source,
    target: parts.target,
  };
}

function describe(
  ref: ModelRef,
  config: ModelConfig,
  trained: boolean,
  languages: LanguagePair,
): ModelInfo {
  return { ref, trained, config, parameterCount: parameterCount(config), languages };
}

/** A file that could not be fetched; carries the error the reader sees. */
class FileUnavailable extends Error {
  readonly error: EngineError;
  constructor(error: EngineError) {
    super(error.message);
    this.error = error;
  }
}

async function readFile(url: string, file: string, fetchFile: FetchFile): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetchFile(url);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new FileUnavailable(fetchFailed(file, 'fetch_failed', detail));
  }
  if (response.status === 404) throw new FileUnavailable(fetchFailed(file, 'not_found'));
  if (!response.ok) {
    throw new FileUnavailable(
      fetchFailed(file, 'http_error', `HTTP ${response.status} ${response.statusText}`.trim()),
    );
  }
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new FileUnavailable(fetchFailed(file, 'fetch_failed', detail));
  }
}

function parseJson(bytes: Uint8Array, file: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ModelFileError(`${file} is not valid JSON (${why})`, {
      code: 'model_load_failed',
      file,
    });
  }
}
