/**
 * Scoring a reference translation, for the loss figure: the decoder reads <bos> and the
 * reference, teacher-forced, and row t of its out.probs is the distribution it predicts for
 * reference word t. Both the model and its untrained twin (same architecture and words, the
 * seeded weights every untrained model starts from) are scored, so the page can set the loss
 * before training beside the loss after.
 */
import { BOS } from '../engine';
import { forwardTrace } from '../engine';
import { initParams, type Params } from '../engine';
import type { Tensor } from '../engine';
import type { LoadedModel } from './models';
import { UNTRAINED_SEED } from './models';
import { packTensors, type PackedTensors } from './packing';
import type { EngineError, ScoredModelEntry, UnknownWordsWarning } from './protocol';
import { isEngineError, prepareSource } from './source';
import { errors as text } from '../i18n/en/errors';

export interface ReferenceScores {
  sourceTokens: string[];
  referenceTokens: string[];
  referenceIds: Int32Array;
  unknownWords: UnknownWordsWarning | null;
  referenceUnknownWords: UnknownWordsWarning | null;
  models: ScoredModelEntry[];
  packed: PackedTensors;
}

/** The twin's weights, made once per loaded model. */
const twins = new WeakMap<LoadedModel, Params>();

function untrainedTwin(model: LoadedModel): Params {
  let params = twins.get(model);
  if (!params) {
    params = initParams(model.info.config, UNTRAINED_SEED);
    twins.set(model, params);
  }
  return params;
}

/** The reference's own words for the errors a sentence can have. */
function aboutReference(error: EngineError): EngineError {
  if (error.code === 'empty_input') return { ...error, message: text.emptyReference };
  if (error.code === 'too_long') {
    return { ...error, message: text.referenceTooLong(error.length, error.limit) };
  }
  return error;
}

/** Scores `reference` as a translation of `sentence`, or says why it cannot. */
export function scoreReference(
  model: LoadedModel,
  sentence: string,
  reference: string,
): ReferenceScores | EngineError {
  const { config, languages } = model.info;
  const source = prepareSource(sentence, model.source, config, languages.source);
  if (isEngineError(source)) return source;
  // The reference is tokenized like a sentence of the target language; its ids end with <eos>,
  // the last word each position must predict.
  const target = prepareSource(reference, model.target, config, languages.target);
  if (isEngineError(target)) return aboutReference(target);
  const referenceIds = target.srcIds;
  const decoderInput = [BOS, ...referenceIds.subarray(0, referenceIds.length - 1)];

  const scored: [ScoredModelEntry, Params][] = [
    [
      { name: model.info.trained ? 'model' : 'untrained', trained: model.info.trained },
      model.params,
    ],
  ];
  if (model.info.trained)
    scored.push([{ name: 'untrained', trained: false }, untrainedTwin(model)]);
  const probs = new Map<string, Tensor>();
  for (const [entry, params] of scored) {
    const trace = forwardTrace(params, config, source.srcIds, decoderInput);
    const distribution = trace.get('out.probs');
    if (distribution) probs.set(`${entry.name}.out.probs`, distribution);
  }
  return {
    sourceTokens: source.tokens,
    referenceTokens: target.tokens,
    referenceIds,
    unknownWords: source.unknownWords,
    referenceUnknownWords: target.unknownWords,
    models: scored.map(([entry]) => entry),
    packed: packTensors(probs),
  };
}
