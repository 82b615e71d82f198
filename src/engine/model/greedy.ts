/**
 * Greedy decoding: at each step take the most probable next token and feed it back, until <eos>
 * or maxSteps. Two implementations with identical results: one with the key/value cache (each
 * step computes only the new position) and one recomputing the whole prefix every step.
 */
import { softmaxRowInto } from '../ops/softmax';
import { ablateWeights, type HeadAblation } from './ablation';
import { BOS, EOS, type ModelConfig } from './config';
import { NEVER_CHOSEN, argmax, describeStep } from './candidates';
import { checkSequence, decodeStack, embedSource, encodeStack } from './forward';
import {
  createSelfAttentionCache,
  createStepScratch,
  crossAttentionMemory,
  decoderStep,
} from './incremental';
import type { Params } from './params';
import { TraceRecorder } from './recorder';
import { linearInto } from './sublayers';
import type { DecodeStep } from './trace';
import { resolveWeights, type ModelWeights } from './weights';
import { runToEnd } from './runToEnd';

export interface GreedyOptions {
  /** Most tokens to produce (<eos> included). */
  maxSteps: number;
  /** Stop once <eos> is chosen; default true. False decodes exactly maxSteps tokens. */
  stopAtEos?: boolean;
  /** Heads switched off (ablation.ts); none by default. */
  ablatedHeads?: HeadAblation;
}

export interface GreedyResult {
  /** The chosen tokens, without <bos>; ends with <eos> when the model stopped. */
  outputIds: Int32Array;
  steps: DecodeStep[];
  /** Each step's next-token logits (V_tgt). */
  stepLogits: Float32Array[];
}

/** Told after each step its summary, logits and probabilities (V_tgt each): fresh arrays it may keep. */
export type OnGreedyStep = (step: DecodeStep, logits: Float32Array, probs: Float32Array) => void;

/** The encoder's output (S, d) for a checked source, intermediates discarded. */
export function encodeSource(weights: ModelWeights, srcIds: ArrayLike<number>): Float32Array {
  const { config } = weights;
  checkSequence(srcIds, config.srcVocabSize, config, 'source');
  const scratchTrace = new TraceRecorder();
  return encodeStack(
    scratchTrace,
    weights,
    embedSource(scratchTrace, weights, srcIds),
    srcIds.length,
  );
}

/** Throws a plain sentence unless maxSteps is a whole number from 0 to maxLength. */
export function checkMaxSteps(maxSteps: number, config: ModelConfig): void {
  if (!Number.isInteger(maxSteps) || maxSteps < 0 || maxSteps > config.maxLength) {
    throw new Error(
      `maxSteps must be a whole number from 0 to ${config.maxLength}, found ${maxSteps}`,
    );
  }
}

/** One step of greedy decoding as it is taken: its summary, logits and probabilities (V_tgt each). */
export interface GreedyStep {
  step: DecodeStep;
  logits: Float32Array;
  probs: Float32Array;
}

/**
 * The shared loop, one step at a time: `nextLogits(position, tokenId)` gives the logits after
 * feeding tokenId at position; the argmax over the tokens a decoder may write (not <pad>, not
 * <bos>) is chosen, yielded and fed back. Returns the whole result once decoding stops.
 */
function* greedySteps(
  config: ModelConfig,
  options: GreedyOptions,
  nextLogits: (position: number, tokenId: number) => Float32Array,
): Generator<GreedyStep, GreedyResult, void> {
  checkMaxSteps(options.maxSteps, config);
  const stopAtEos = options.stopAtEos ?? true;
  const vocab = config.tgtVocabSize;
  const outputIds: number[] = [];
  const steps: DecodeStep[] = [];
  const stepLogits: Float32Array[] = [];
  let tokenId = BOS;
  for (let position = 0; position < options.maxSteps; position++) {
    const logits = nextLogits(position, tokenId).slice();
    const probs = new Float32Array(vocab);
    softmaxRowInto(probs, 0, logits, 0, vocab);
    tokenId = argmax(logits, 0, vocab, NEVER_CHOSEN);
    const step = describeStep(logits, probs, 0, vocab, position, tokenId);
    outputIds.push(tokenId);
    steps.push(step);
    stepLogits.push(logits);
    yield { step, logits, probs };
    if (stopAtEos && tokenId === EOS) break;
  }
  return { outputIds: Int32Array.from(outputIds), steps, stepLogits };
}

/**
 * Greedy decoding with the key/value cache, from an encoded source (memory: S × d), one step at
 * a time: each step is yielded as soon as it is chosen.
 */
export function* greedyStepsFromMemory(
  weights: ModelWeights,
  memory: Float32Array,
  sourceLength: number,
  options: GreedyOptions,
): Generator<GreedyStep, GreedyResult, void> {
  const { config } = weights;
  const capacity = Math.max(options.maxSteps, 1);
  const cross = crossAttentionMemory(weights, memory, sourceLength);
  const cache = createSelfAttentionCache(config, capacity);
  const scratch = createStepScratch(config, capacity, sourceLength);
  return yield* greedySteps(config, options, (position, tokenId) =>
    decoderStep(weights, cross, cache, scratch, tokenId, position),
  );
}

/** Greedy decoding with the key/value cache, from an encoded source (memory: S × d). */
export function greedyFromMemory(
  weights: ModelWeights,
  memory: Float32Array,
  sourceLength: number,
  options: GreedyOptions,
  onStep?: OnGreedyStep,
): GreedyResult {
  const steps = greedyStepsFromMemory(weights, memory, sourceLength, options);
  return runToEnd(steps, onStep && (({ step, logits, probs }) => onStep(step, logits, probs)));
}

/** Greedy decoding of srcIds (ending with <eos>) with the key/value cache. */
export function greedyDecode(
  params: Params,
  config: ModelConfig,
  srcIds: ArrayLike<number>,
  options: GreedyOptions,
): GreedyResult {
  const weights = ablateWeights(resolveWeights(params, config), options.ablatedHeads ?? []);
  return greedyFromMemory(weights, encodeSource(weights, srcIds), srcIds.length, options);
}

/**
 * Greedy decoding that runs the whole decoder over <bos> + every token so far at each step,
 * as if there were no cache: the reference the cached version must equal, and its benchmark.
 */
export function greedyDecodeWithoutCache(
  params: Params,
  config: ModelConfig,
  srcIds: ArrayLike<number>,
  options: GreedyOptions,
): GreedyResult {
  const weights = ablateWeights(resolveWeights(params, config), options.ablatedHeads ?? []);
  const memory = encodeSource(weights, srcIds);
  const prefix = [BOS];
  const logits = new Float32Array(config.tgtVocabSize);
  const recorder = new TraceRecorder();
  const decoding = greedySteps(config, options, (position, tokenId) => {
    prefix[position] = tokenId;
    const decoded = decodeStack(recorder, weights, prefix, memory, srcIds.length);
    // Only the last position's next-token logits are needed.
    linearInto(logits, decoded.subarray(position * config.dModel), weights.generator, 1);
    return logits;
  });
  return runToEnd(decoding);
}
