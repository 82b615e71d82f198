/**
 * The teacher-forced forward pass with the full trace: embeddings, the encoder stack, the
 * decoder stack over a given target prefix, and the output distribution (§3, Figure 1).
 */
import { softmaxRowsInto } from '../ops/softmax';
import type { Tensor } from '../tensor';
import { ablateWeights, type HeadAblation } from './ablation';
import type { ModelConfig } from './config';
import { checkIds, embedTokensInto } from './embedding';
import { decoderLayer, encoderLayer } from './layers';
import { TraceRecorder } from './recorder';
import type { Params } from './params';
import { linearInto } from './sublayers';
import { resolveWeights, type ModelWeights } from './weights';
import type { TraceName } from './traceNames';

/** Throws a plain sentence unless the ids form a sequence of 1 … maxLength known tokens. */
export function checkSequence(
  ids: ArrayLike<number>,
  vocabSize: number,
  config: ModelConfig,
  what: string,
): void {
  if (ids.length < 1 || ids.length > config.maxLength) {
    throw new Error(`the ${what} must hold 1 to ${config.maxLength} tokens, found ${ids.length}`);
  }
  checkIds(ids, vocabSize, what);
}

/** Token ids, their embeddings, positional encodings and sums: `{side}.tokens|embed|pe|input`. */
function embed(
  trace: TraceRecorder,
  side: 'src' | 'tgt',
  table: Float32Array,
  ids: ArrayLike<number>,
  config: ModelConfig,
): Float32Array {
  const length = ids.length;
  const shape = [length, config.dModel];
  const tokens = trace.record(`${side}.tokens`, [length]);
  for (let s = 0; s < length; s++) tokens[s] = ids[s];
  const embedded = trace.record(`${side}.embed`, shape);
  const pe = trace.record(`${side}.pe`, shape);
  const input = trace.record(`${side}.input`, shape);
  embedTokensInto(embedded, pe, input, table, ids, 0, config.dModel, config.positionalLayout);
  return input;
}

/** src.tokens, src.embed, src.pe, src.input; returns src.input (S, d). */
export function embedSource(
  trace: TraceRecorder,
  weights: ModelWeights,
  srcIds: ArrayLike<number>,
): Float32Array {
  return embed(trace, 'src', weights.srcEmbed, srcIds, weights.config);
}

/** The encoder stack over src.input (S, d); returns the last layer's output, the memory (S, d). */
export function encodeStack(
  trace: TraceRecorder,
  weights: ModelWeights,
  input: Float32Array,
  sourceLength: number,
): Float32Array {
  let x = input;
  weights.encoder.forEach((layer, l) => {
    x = encoderLayer(trace, l, layer, x, sourceLength, weights.config);
  });
  return x;
}

/**
 * tgt.* and every dec.{l}.* for the decoder input tgtIds (T) attending to memory (S, d);
 * returns the last decoder layer's output (T, d).
 */
export function decodeStack(
  trace: TraceRecorder,
  weights: ModelWeights,
  tgtIds: ArrayLike<number>,
  memory: Float32Array,
  sourceLength: number,
): Float32Array {
  let y = embed(trace, 'tgt', weights.tgtEmbed, tgtIds, weights.config);
  weights.decoder.forEach((layer, l) => {
    y = decoderLayer(trace, l, layer, y, tgtIds.length, memory, sourceLength, weights.config);
  });
  return y;
}

/** out.logits = y W_genᵀ + b and out.probs = softmax(out.logits), both (T, V_tgt). */
export function outputDistribution(
  trace: TraceRecorder,
  weights: ModelWeights,
  decoded: Float32Array,
  targetLength: number,
): { logits: Float32Array; probs: Float32Array } {
  const vocab = weights.config.tgtVocabSize;
  const logits = trace.record('out.logits', [targetLength, vocab]);
  linearInto(logits, decoded, weights.generator, targetLength);
  const probs = trace.record('out.probs', [targetLength, vocab]);
  softmaxRowsInto(probs, logits, targetLength, vocab);
  return { logits, probs };
}

/**
 * The teacher-forced pass: the source srcIds (ending with <eos>) through the encoder, the decoder
 * input tgtInputIds (starting with <bos>) through the decoder, every intermediate recorded;
 * the heads in `ablation` switched off (ablation.ts).
 */
export function forwardTrace(
  params: Params,
  config: ModelConfig,
  srcIds: ArrayLike<number>,
  tgtInputIds: ArrayLike<number>,
  ablation: HeadAblation = [],
): Map<TraceName, Tensor> {
  checkSequence(srcIds, config.srcVocabSize, config, 'source');
  checkSequence(tgtInputIds, config.tgtVocabSize, config, 'target');
  const weights = ablateWeights(resolveWeights(params, config), ablation);
  const trace = new TraceRecorder();
  const memory = encodeStack(trace, weights, embedSource(trace, weights, srcIds), srcIds.length);
  const decoded = decodeStack(trace, weights, tgtInputIds, memory, srcIds.length);
  outputDistribution(trace, weights, decoded, tgtInputIds.length);
  return trace.tensors;
}
