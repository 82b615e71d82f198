/**
 * The whole encoder-decoder Transformer in tfjs, built from the blocks of tfjsLayers.ts: a
 * reference the engine is compared with (every trace name), a loss to take reference gradients
 * of, and a greedy decoder that recomputes the prefix at every step (tfjs has no KV cache).
 */
import * as tf from '@tensorflow/tfjs';
import { BOS, PAD, type ModelConfig } from '../../src/engine/model/config';
import type { AblatedSublayer, HeadAblation } from '../../src/engine/model/ablation';
import { decoderLayerPrefix, encoderLayerPrefix, type Params } from '../../src/engine/model/params';
import {
  addAndNorm,
  embed,
  feedForward,
  linear,
  multiHeadAttention,
  positionalEncoding,
  recorded,
  weightOf,
  type TfParams,
  type TfTrace,
} from './tfjsLayers';

export type { TfParams, TfTrace } from './tfjsLayers';

/**
 * Engine parameters as tfjs tensors on the current backend. The numbers are copied: tfjs's CPU
 * backend would otherwise keep the very same buffer, and any later change of the engine's
 * weights (a training step) would silently change the reference too.
 */
export function toTfParams(params: Params): TfParams {
  const converted: TfParams = new Map();
  for (const [name, t] of params) converted.set(name, tf.tensor(t.data.slice(), [...t.shape]));
  return converted;
}

/** Frees every tensor of a parameter map or a trace. */
export function disposeAll(tensors: Map<string, tf.Tensor>): void {
  for (const t of tensors.values()) t.dispose();
}

/**
 * The ids as `{side}.tokens` (S), then §3.4–3.5: token embedding × √d_model plus positional
 * encoding, as `{side}.embed`, `.pe` and `.input` (S, d).
 */
function embedWithPositions(
  params: TfParams,
  config: ModelConfig,
  trace: TfTrace,
  side: 'src' | 'tgt',
  ids: readonly number[],
): tf.Tensor2D {
  recorded(trace, `${side}.tokens`, tf.tensor1d([...ids]));
  const table = weightOf(params, side === 'src' ? 'src_embed.weight' : 'tgt_embed.weight');
  const embedded = recorded(trace, `${side}.embed`, embed(table, ids, config.dModel));
  const positions = recorded(
    trace,
    `${side}.pe`,
    positionalEncoding(ids.length, config.dModel, config.positionalLayout),
  );
  return recorded(trace, `${side}.input`, tf.add(embedded, positions));
}

/** The heads of one sublayer that `ablation` switches off. */
function headsOff(ablation: HeadAblation, kind: AblatedSublayer, layer: number): number[] {
  return ablation.filter((a) => a.kind === kind && a.layer === layer).map((a) => a.head);
}

/**
 * §3.1, encoder: N layers of self-attention then feed-forward, each wrapped as
 * LayerNorm(x + Sublayer(x)). Returns the memory the decoder attends to (S, d).
 */
function encode(
  params: TfParams,
  config: ModelConfig,
  trace: TfTrace,
  srcIds: readonly number[],
  ablation: HeadAblation = [],
): tf.Tensor2D {
  const eps = config.layerNormEps;
  let x = embedWithPositions(params, config, trace, 'src', srcIds);
  for (let l = 0; l < config.encoderLayers; l++) {
    const p = encoderLayerPrefix(l);
    const t = `enc.${l}`;
    const attended = multiHeadAttention(params, trace, {
      paramPrefix: `${p}.self_attn`,
      tracePrefix: `${t}.self`,
      queryInput: x,
      keyValueInput: x,
      heads: config.heads,
      causal: false,
      silencedHeads: headsOff(ablation, 'enc', l),
    });
    const norm1 = addAndNorm(
      params,
      trace,
      { add: `${t}.add1`, norm: `${t}.norm1`, normParams: `${p}.norm1` },
      x,
      attended,
      eps,
    );
    const fed = feedForward(params, trace, `${p}.ffn`, `${t}.ffn`, norm1);
    x = addAndNorm(
      params,
      trace,
      { add: `${t}.add2`, norm: `${t}.norm2`, normParams: `${p}.norm2` },
      norm1,
      fed,
      eps,
    );
  }
  return x;
}

/**
 * §3.1, decoder: N layers of causal self-attention, encoder-decoder attention (queries from the
 * decoder, keys and values from the encoder's output) and feed-forward, each post-normed; then
 * the generator Linear and softmax of §3.4. Returns the logits (T, V_tgt).
 */
function decode(
  params: TfParams,
  config: ModelConfig,
  trace: TfTrace,
  memory: tf.Tensor2D,
  tgtInputIds: readonly number[],
  ablation: HeadAblation = [],
): tf.Tensor2D {
  const eps = config.layerNormEps;
  let y = embedWithPositions(params, config, trace, 'tgt', tgtInputIds);
  for (let l = 0; l < config.decoderLayers; l++) {
    const p = decoderLayerPrefix(l);
    const t = `dec.${l}`;
    const selfAttended = multiHeadAttention(params, trace, {
      paramPrefix: `${p}.self_attn`,
      tracePrefix: `${t}.self`,
      queryInput: y,
      keyValueInput: y,
      heads: config.heads,
      causal: true,
      silencedHeads: headsOff(ablation, 'dec-self', l),
    });
    const norm1 = addAndNorm(
      params,
      trace,
      { add: `${t}.add1`, norm: `${t}.norm1`, normParams: `${p}.norm1` },
      y,
      selfAttended,
      eps,
    );
    const crossAttended = multiHeadAttention(params, trace, {
      paramPrefix: `${p}.cross_attn`,
      tracePrefix: `${t}.cross`,
      queryInput: norm1,
      keyValueInput: memory,
      heads: config.heads,
      causal: false,
      silencedHeads: headsOff(ablation, 'dec-cross', l),
    });
    const norm2 = addAndNorm(
      params,
      trace,
      { add: `${t}.add2`, norm: `${t}.norm2`, normParams: `${p}.norm2` },
      norm1,
      crossAttended,
      eps,
    );
    const fed = feedForward(params, trace, `${p}.ffn`, `${t}.ffn`, norm2);
    y = addAndNorm(
      params,
      trace,
      { add: `${t}.add3`, norm: `${t}.norm3`, normParams: `${p}.norm3` },
      norm2,
      fed,
      eps,
    );
  }
  const logits = recorded(trace, 'out.logits', linear(params, 'generator', y));
  recorded(trace, 'out.probs', tf.softmax(logits));
  return logits;
}

/**
 * One teacher-forced pass: the source through the encoder, `tgtInputIds` (starting with <bos>)
 * through the decoder, the heads in `ablation` switched off. Returns every intermediate under
 * its trace name; the caller disposes them.
 */
export function referenceForward(
  params: TfParams,
  config: ModelConfig,
  srcIds: readonly number[],
  tgtInputIds: readonly number[],
  ablation: HeadAblation = [],
): Map<string, tf.Tensor> {
  const kept = tf.tidy(() => {
    const trace: TfTrace = new Map();
    const memory = encode(params, config, trace, srcIds, ablation);
    decode(params, config, trace, memory, tgtInputIds, ablation);
    return Object.fromEntries(trace);
  });
  return new Map(Object.entries(kept));
}

export interface TrainingPair {
  src: number[];
  /** Decoder input: <bos> then the target tokens. */
  tgtIn: number[];
  /** What each position should predict: the target tokens then <eos>. */
  tgtOut: number[];
}

/**
 * Label-smoothed cross-entropy (§5.4), PyTorch's CrossEntropyLoss(label_smoothing = ε):
 *   q = (1 − ε) · onehot(target) + ε / V,   loss = −Σ_v q_v log p_v
 * averaged over every target token of every pair; each pair runs on its own, unpadded.
 */
export function referenceLoss(
  params: TfParams,
  config: ModelConfig,
  pairs: readonly TrainingPair[],
  labelSmoothing: number,
): tf.Scalar {
  const vocabularySize = config.tgtVocabSize;
  return tf.tidy(() => {
    let total = tf.scalar(0);
    let tokenCount = 0;
    for (const pair of pairs) {
      if (pair.tgtIn.length !== pair.tgtOut.length) {
        throw new Error(
          `a pair's decoder input (${pair.tgtIn.length} tokens) and expected output ` +
            `(${pair.tgtOut.length} tokens) must have the same length`,
        );
      }
      const trace: TfTrace = new Map();
      const logits = decode(
        params,
        config,
        trace,
        encode(params, config, trace, pair.src),
        pair.tgtIn,
      );
      const logProbs = tf.logSoftmax(logits); // (T, V)
      const onehot = tf.oneHot(tf.tensor1d(pair.tgtOut, 'int32'), vocabularySize);
      const smoothed = tf.add(tf.mul(onehot, 1 - labelSmoothing), labelSmoothing / vocabularySize);
      total = tf.sub(total, tf.sum(tf.mul(smoothed, logProbs)));
      tokenCount += pair.tgtOut.length;
    }
    return tf.div(total, Math.max(tokenCount, 1));
  });
}

/**
 * Greedy decoding without a cache: encode once, then at every step run the decoder over the
 * whole prefix and append the most probable next token, never <pad> or <bos>; the heads in
 * `ablation` switched off. Returns the `steps` chosen ids (without <bos>), never stopping early.
 */
export function referenceGreedy(
  params: TfParams,
  config: ModelConfig,
  srcIds: readonly number[],
  steps: number,
  ablation: HeadAblation = [],
): number[] {
  const memory = tf.tidy(() => encode(params, config, new Map(), srcIds, ablation));
  const neverChosen = new Float32Array(config.tgtVocabSize);
  neverChosen[PAD] = neverChosen[BOS] = -Infinity;
  const prefix = [BOS];
  for (let step = 0; step < steps; step++) {
    const next = tf.tidy(() => {
      const logits = decode(params, config, new Map(), memory, prefix, ablation);
      const last = logits.slice([logits.shape[0] - 1, 0], [1, -1]);
      return tf.argMax(tf.add(last, tf.tensor2d(neverChosen, [1, neverChosen.length])), 1);
    });
    prefix.push(next.dataSync()[0]);
    next.dispose();
  }
  memory.dispose();
  return prefix.slice(1);
}
