/**
 * How a model trained in the page reaches the engine worker, which then runs it like any other:
 * the training worker packs its parameters into one buffer, the page keeps the newest such
 * hand-over here, and the engine client attaches it to the `load` of a `trained-in-browser`
 * model (again after a worker restart, which is why it is kept). The engine worker checks it
 * with the same care as a file.
 */
import { ModelFileError, formatShapeList } from '../engine';
import {
  checkVocabulariesMatchConfig,
  parseModelConfig,
  parseVocabularies,
  type LoadedModelFiles,
} from '../engine';
import type { ModelConfig } from '../engine';
import { parameterShapes, type Params } from '../engine';
import { packTensors, unpackTensors } from './packing';
import type { ModelRef, TrainedModelPayload } from './protocol';

/** What the reader knows the handed-over model as, in messages. */
const WHAT = 'the model trained in this page';

let newest: { name: string; payload: TrainedModelPayload } | null = null;

/** Keeps `payload` as the trained model called `name`; returns the ref that loads it. */
export function handOverTrainedModel(name: string, payload: TrainedModelPayload): ModelRef {
  newest = { name, payload };
  return { kind: 'trained-in-browser', name };
}

/** The weights to send with a load of `ref`, if it is the trained model handed over last. */
export function handedOverModel(ref: ModelRef): TrainedModelPayload | undefined {
  return ref.kind === 'trained-in-browser' && newest?.name === ref.name
    ? newest.payload
    : undefined;
}

/** The parameters, configuration and words of a model, packed to cross to another thread. */
export function packTrainedModel(
  config: ModelConfig,
  params: Params,
  vocabularies: { source: readonly string[]; target: readonly string[] },
): TrainedModelPayload {
  const { manifest, bytes } = packTensors(params);
  return {
    config: { ...config },
    vocabularies: { source: [...vocabularies.source], target: [...vocabularies.target] },
    manifest,
    bytes,
  };
}

/**
 * The model a payload holds, checked like a model's files: a sound configuration, vocabularies
 * of its sizes, and every parameter it calls for with its exact shape (ModelFileError otherwise).
 * The parameters are views into the payload's buffer.
 */
export function unpackTrainedModel(payload: TrainedModelPayload): LoadedModelFiles {
  const config = parseModelConfig(payload.config, WHAT);
  const vocabularies = parseVocabularies(payload.vocabularies, WHAT);
  checkVocabulariesMatchConfig(vocabularies, config, WHAT);
  let tensors: Params;
  try {
    tensors = unpackTensors(payload);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ModelFileError(`${WHAT}: ${why}`, { code: 'model_load_failed', file: WHAT });
  }
  const params: Params = new Map();
  for (const [name, expected] of parameterShapes(config)) {
    const t = tensors.get(name);
    const found = t ? [...t.shape] : undefined;
    if (!t || found?.join() !== expected.join()) {
      const has = found ? `has shape ${formatShapeList(found)}` : 'is missing';
      throw new ModelFileError(
        `${WHAT}: the parameter "${name}" should have shape ${formatShapeList(expected)} but ${has}`,
        { code: 'invalid_weights', file: WHAT, tensor: name, expected, found },
      );
    }
    params.set(name, t);
  }
  return { config, params, ...vocabularies };
}
