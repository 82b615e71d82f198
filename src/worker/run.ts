/**
 * One run of the engine on a prepared source, streamed: each stage is packed and posted as soon
 * as the engine has computed it (the source's embeddings, each encoder layer, each decoding
 * step, the decoder, the output), before the next is computed. Between two stages the worker
 * takes the messages queued meanwhile, so that a cancel or a newer run stops this one inside
 * the translation, and the rest of it is never computed.
 */
import { writeNames } from './names';
import { hypothesisTokens } from '../engine';
import { EOS } from '../engine';
import type { HeadAblation } from '../engine';
import type { DecodeStep, DecodingChoice, Stage, Trace } from '../engine';
import { translateStages } from '../engine';
import { detokenize } from '../engine';
import type { LoadedModel } from './models';
import { packTensors, type PackedTensors } from './packing';
import type { ReturnedBeam, RunResult, RunTimings } from './protocol';
import type { PreparedSource } from './source';

export interface PackedStage {
  name: string;
  step: DecodeStep | null;
  stepToken: string | null;
  packed: PackedTensors;
}

export interface RunHooks {
  postStage: (stage: PackedStage) => void;
  /** False once a cancel or a newer run has arrived. */
  isCurrent: () => boolean;
  /** Resolves after the messages queued so far have been handled. */
  yieldToMessages: () => Promise<void>;
  /** A clock in milliseconds. */
  now: () => number;
}

export type RunOutcome = { result: RunResult; timings: Omit<RunTimings, 'totalMs'> } | null;

export interface RunOptions {
  /** Heads switched off, all of them heads the model has; none by default. */
  ablation?: HeadAblation;
}

/** Runs `source` through `model`, posting its stages; null if the run went stale on the way. */
export async function streamRun(
  model: LoadedModel,
  sentence: string,
  source: PreparedSource,
  decoding: DecodingChoice,
  hooks: RunHooks,
  options: RunOptions = {},
): Promise<RunOutcome> {
  const { now } = hooks;
  const { params, info } = model;
  const stages = translateStages(params, info.config, source.srcIds, decoding, options.ablation);
  let computeMs = 0;
  let packMs = 0;
  let traceBytes = 0;
  let count = 0;
  for (;;) {
    const computeStarted = now();
    const next = stages.next();
    computeMs += now() - computeStarted;
    if (next.done) {
      await hooks.yieldToMessages();
      if (!hooks.isCurrent()) return null;
      const result = runResult(model, sentence, source, next.value);
      return {
        result: { ...result, ablatedHeads: options.ablation ?? [] },
        timings: { computeMs, packMs, stages: count, traceBytes },
      };
    }
    const packStarted = now();
    const stage = packStage(model, next.value);
    packMs += now() - packStarted;
    await hooks.yieldToMessages();
    if (!hooks.isCurrent()) return null;
    traceBytes += stage.packed.bytes.byteLength;
    count += 1;
    hooks.postStage(stage);
  }
}

/** A stage as the worker posts it: its tensors in one transferable buffer, its word if it chose one. */
function packStage(model: LoadedModel, stage: Stage): PackedStage {
  return {
    name: stage.name,
    step: stage.step ?? null,
    stepToken: stage.step ? model.target.tokenOf(stage.step.chosenId) : null,
    packed: packTensors(stage.tensors),
  };
}

/** Everything about a run except its tensors, in the reader's words. */
function runResult(
  model: LoadedModel,
  sentence: string,
  source: PreparedSource,
  trace: Trace,
): RunResult {
  const target = model.target;
  const language = model.info.languages.target;
  // A name slot the model wrote is shown as the name the reader typed.
  const nameOf = new Map(source.names.map(({ slot, name }) => [slot, name]));
  const asText = (ids: ArrayLike<number>) =>
    writeNames(
      Array.from(ids, (id) => target.tokenOf(id)),
      nameOf,
      language,
    );
  const sayable = (ids: ArrayLike<number>) =>
    detokenize(asText(Array.from(ids).filter((id) => id !== EOS)), language);
  const beam = trace.beam;
  const beams: ReturnedBeam[] = beam
    ? beam.best.map((nodeId) => {
        const ids = hypothesisTokens(beam, nodeId);
        return { tokens: asText(ids), translation: sayable(ids), score: beam.nodes[nodeId].score };
      })
    : [];
  return {
    sentence,
    srcIds: trace.srcIds,
    sourceTokens: source.tokens,
    tgtIds: trace.tgtIds,
    targetTokens: asText(trace.tgtIds),
    outputIds: trace.outputIds,
    outputTokens: asText(trace.outputIds),
    translation: sayable(trace.outputIds),
    steps: trace.steps,
    unknownWords: source.unknownWords,
    names: source.names.map(({ name, gender, knownName }) => ({ name, gender, knownName })),
    beam: beam ?? null,
    beams,
    greedy: trace.greedy
      ? {
          outputIds: trace.greedy.outputIds,
          outputTokens: asText(trace.greedy.outputIds),
          translation: sayable(trace.greedy.outputIds),
          steps: trace.greedy.steps,
        }
      : null,
  };
}
