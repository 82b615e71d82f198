/**
 * Every message a worker posts is checked before the page uses it: a worker with a bug, or
 * anything else that posts to the page's worker, must not make the page throw. The checks cover
 * the fields the client reads; a reply of a type the client does not know passes through its
 * envelope check and is then ignored, so a newer worker can add replies.
 */
import type { Reply } from './protocol';
import type { TrainingReply } from './trainingProtocol';

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number';
const isText = (value: unknown): value is string => typeof value === 'string';
const isList = (value: unknown): value is unknown[] => Array.isArray(value);
/** Read by its tag, not instanceof: a message may be cloned into another realm (in tests). */
const isBytes = (value: unknown): value is Uint8Array =>
  ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]';
const isManifest = (value: unknown): boolean =>
  isList(value) &&
  value.every(
    (entry) =>
      isObject(entry) &&
      isText(entry.name) &&
      isList(entry.shape) &&
      entry.shape.every(isNumber) &&
      isNumber(entry.byteOffset) &&
      isNumber(entry.length),
  );
const isError = (value: unknown): boolean =>
  isObject(value) && isText(value.code) && isText(value.message);

/** What each engine reply must hold, beyond its type and id. */
const ENGINE_REPLY_FIELDS: Record<string, (reply: Fields) => boolean> = {
  loaded: (r) =>
    isObject(r.model) &&
    isObject(r.model.config) &&
    isObject(r.vocabularies) &&
    isList(r.vocabularies.source) &&
    isList(r.vocabularies.target) &&
    isManifest(r.parameterManifest) &&
    isBytes(r.parameterBytes),
  stage: (r) =>
    isText(r.name) &&
    isManifest(r.manifest) &&
    isBytes(r.bytes) &&
    isNumber(r.postedAt) &&
    (r.step === null || isObject(r.step)),
  done: (r) => isObject(r.result) && isObject(r.timings),
  scored: (r) => isList(r.models) && isManifest(r.manifest) && isBytes(r.bytes),
  error: (r) => isError(r.error),
  attribution: (r) => isObject(r.attribution) && isText(r.attribution.method),
  attributed: (r) => isNumber(r.computeMs),
};

/** What each training reply must hold, beyond its type and id. */
const TRAINING_REPLY_FIELDS: Record<string, (reply: Fields) => boolean> = {
  trainStarted: (r) => isObject(r.info) && isObject(r.info.settings),
  trainProgress: (r) =>
    isText(r.status) &&
    isNumber(r.step) &&
    isNumber(r.firstStep) &&
    isList(r.losses) &&
    isList(r.heldOut) &&
    isObject(r.probe) &&
    isManifest(r.manifest) &&
    isBytes(r.bytes),
  trainStatus: (r) => isNumber(r.runId) && isText(r.status) && isNumber(r.step),
  trainedModel: (r) =>
    isNumber(r.runId) &&
    isNumber(r.step) &&
    isObject(r.settings) &&
    isObject(r.model) &&
    isManifest(r.model.manifest) &&
    isBytes(r.model.bytes),
  trainError: (r) => isError(r.error),
};

function checked<T>(data: unknown, fields: Record<string, (reply: Fields) => boolean>): T | null {
  if (!isObject(data) || !isText(data.type) || !isNumber(data.id)) return null;
  const check = Object.hasOwn(fields, data.type) ? fields[data.type] : undefined;
  return !check || check(data) ? (data as T) : null;
}

/** The engine worker's message as a reply, or null when it is not one. */
export function readReply(data: unknown): Reply | null {
  return checked<Reply>(data, ENGINE_REPLY_FIELDS);
}

/** The training worker's message as a reply, or null when it is not one. */
export function readTrainingReply(data: unknown): TrainingReply | null {
  return checked<TrainingReply>(data, TRAINING_REPLY_FIELDS);
}
