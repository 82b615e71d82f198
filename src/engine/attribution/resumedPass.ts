/**
 * The explained word's decoder output with one head switched off, resumed from the model's own
 * trace and doing only the work that head can change:
 * - below the head's layer nothing changes, so the pass starts from the trace;
 * - in the head's own sublayer, Q, K, V and the attention weights are unchanged, so only
 *   Concat(head_1, …, 0, …, head_h) W^O is recomputed, from the traced z;
 * - while the encoder is untouched, every decoder layer's encoder-decoder K and V are the traced ones;
 * - the last decoder layer computes only the explained row (its self-attention still needs the
 *   keys and values of every row before it).
 * Each number is computed with the same ops in the same order as the whole pass, so the result
 * equals forwardTrace with that head off.
 */
import type { AblatedHead } from '../model/ablation';
import { headSize, type ModelConfig } from '../model/config';
import { encoderLayer } from '../model/layers';
import { TraceRecorder } from '../model/recorder';
import { addAndNormInto, combineHeadsInto, feedForwardInto, linearInto } from '../model/sublayers';
import type {
  AttentionWeights,
  DecoderLayerWeights,
  FeedForwardWeights,
  ModelWeights,
  NormWeights,
} from '../model/weights';
import { attendInto, splitHeadsInto } from '../ops/attention';
import type { Tensor } from '../tensor';
import { traced } from './word';

type Trace = ReadonlyMap<string, Tensor>;

/** Keys and values of one attention sublayer, each (h, length, d_k). */
interface KeysAndValues {
  keys: Float32Array;
  values: Float32Array;
  length: number;
}

/** K = x W^Kᵀ + b and V = x W^Vᵀ + b over x (length, d), split into heads. */
function keysAndValues(
  weights: AttentionWeights,
  x: Float32Array,
  length: number,
  config: ModelConfig,
): KeysAndValues {
  const d = config.dModel;
  const projected = new Float32Array(length * d);
  const keys = new Float32Array(length * d);
  const values = new Float32Array(length * d);
  linearInto(projected, x, weights.key, length);
  splitHeadsInto(keys, projected, length, config.heads, headSize(config), length, 0);
  linearInto(projected, x, weights.value, length);
  splitHeadsInto(values, projected, length, config.heads, headSize(config), length, 0);
  return { keys, values, length };
}

/**
 * MultiHead for the query rows (rows, d), the first of them at position firstQuery:
 * softmax(Q Kᵀ / √d_k) V per head, then Concat(…) W^O with the silenced heads' blocks zero.
 */
function attendRows(
  weights: AttentionWeights,
  queryRows: Float32Array,
  rows: number,
  firstQuery: number,
  kv: KeysAndValues,
  causal: boolean,
  config: ModelConfig,
): Float32Array {
  const { heads: h, dModel: d } = config;
  const dk = headSize(config);
  const projected = new Float32Array(rows * d);
  const q = new Float32Array(rows * d);
  linearInto(projected, queryRows, weights.query, rows);
  splitHeadsInto(q, projected, rows, h, dk, rows, 0);
  const scoreSize = h * rows * kv.length;
  const scores = new Float32Array(scoreSize);
  const scaled = new Float32Array(scoreSize);
  const attention = new Float32Array(scoreSize);
  const z = new Float32Array(rows * d);
  attendInto(scores, scaled, attention, z, q, kv.keys, kv.values, {
    heads: h,
    headSize: dk,
    queries: rows,
    keys: kv.length,
    keyCapacity: kv.length,
    firstQuery,
    causal,
  });
  const concat = new Float32Array(rows * d);
  const out = new Float32Array(rows * d);
  combineHeadsInto(concat, out, z, weights.output, rows, h, dk, weights.silencedHeads);
  return out;
}

/** Concat(head_1, …, 0, …, head_h) W^O for rows firstRow … length − 1, from the traced z (h, length, d_k). */
function withoutHead(
  trace: Trace,
  sublayer: string,
  weights: AttentionWeights,
  head: number,
  firstRow: number,
  config: ModelConfig,
): Float32Array {
  const { heads: h, dModel: d } = config;
  const dk = headSize(config);
  const z = traced(trace, `${sublayer}.z`);
  const length = z.shape[1];
  const rows = length - firstRow;
  const zRows = new Float32Array(rows * d);
  for (let i = 0; i < h; i++) {
    zRows.set(
      z.data.subarray((i * length + firstRow) * dk, (i * length + length) * dk),
      i * rows * dk,
    );
  }
  const concat = new Float32Array(rows * d);
  const out = new Float32Array(rows * d);
  combineHeadsInto(concat, out, zRows, weights.output, rows, h, dk, [head]);
  return out;
}

/** LayerNorm(x + sublayer) over `rows` rows. */
function addAndNorm(
  x: Float32Array,
  sublayerOut: Float32Array,
  norm: NormWeights,
  rows: number,
  config: ModelConfig,
): Float32Array {
  const sum = new Float32Array(rows * config.dModel);
  const out = new Float32Array(rows * config.dModel);
  addAndNormInto(sum, out, x, sublayerOut, norm, rows, config.dModel, config.layerNormEps);
  return out;
}

/** LayerNorm(x + FFN(x)) over `rows` rows: the last step of every layer. */
function feedForwardAndNorm(
  x: Float32Array,
  weights: { feedForward: FeedForwardWeights },
  norm: NormWeights,
  rows: number,
  config: ModelConfig,
): Float32Array {
  const hidden = new Float32Array(rows * config.dFF);
  const transformed = new Float32Array(rows * config.dModel);
  feedForwardInto(hidden, transformed, x, weights.feedForward, rows);
  return addAndNorm(x, transformed, norm, rows, config);
}

/** Where a decoder layer starts: its input y (T, d) and, for the head's own layer, what is known. */
interface DecoderLayerStart {
  y: Float32Array;
  /** The switched-off head, when it is in this layer. */
  head?: AblatedHead;
}

/** Rows firstRow … T − 1 of decoder layer l's output (§3.1: each sublayer is LayerNorm(x + Sublayer(x))). */
function decoderLayerRows(
  trace: Trace,
  l: number,
  weights: DecoderLayerWeights,
  start: DecoderLayerStart,
  memory: KeysAndValues,
  firstRow: number,
  config: ModelConfig,
): Float32Array {
  const d = config.dModel;
  const T = start.y.length / d;
  const rows = T - firstRow;
  const { head } = start;
  let norm1: Float32Array;
  if (head?.kind === 'dec-cross') {
    norm1 = traced(trace, `dec.${l}.norm1`).data.subarray(firstRow * d);
  } else {
    const selfOut =
      head?.kind === 'dec-self'
        ? withoutHead(trace, `dec.${l}.self`, weights.selfAttention, head.head, firstRow, config)
        : attendRows(
            weights.selfAttention,
            start.y.subarray(firstRow * d),
            rows,
            firstRow,
            keysAndValues(weights.selfAttention, start.y, T, config),
            true,
            config,
          );
    norm1 = addAndNorm(start.y.subarray(firstRow * d), selfOut, weights.norm1, rows, config);
  }
  const crossOut =
    head?.kind === 'dec-cross'
      ? withoutHead(trace, `dec.${l}.cross`, weights.crossAttention, head.head, firstRow, config)
      : attendRows(weights.crossAttention, norm1, rows, firstRow, memory, false, config);
  const norm2 = addAndNorm(norm1, crossOut, weights.norm2, rows, config);
  return feedForwardAndNorm(norm2, weights, weights.norm3, rows, config);
}

/** The encoder's output with `head` (an encoder head) switched off, all S rows. */
function encoderWithout(
  trace: Trace,
  head: AblatedHead,
  weights: ModelWeights,
  S: number,
): Float32Array {
  const { config } = weights;
  const l = head.layer;
  const layer = weights.encoder[l];
  const x = traced(trace, l === 0 ? 'src.input' : `enc.${l - 1}.norm2`).data;
  const attended = withoutHead(trace, `enc.${l}.self`, layer.selfAttention, head.head, 0, config);
  const norm1 = addAndNorm(x, attended, layer.norm1, S, config);
  let memory = feedForwardAndNorm(norm1, layer, layer.norm2, S, config);
  const recorder = new TraceRecorder();
  for (let above = l + 1; above < config.encoderLayers; above++) {
    memory = encoderLayer(recorder, above, weights.encoder[above], memory, S, config);
  }
  return memory;
}

/**
 * The last decoder layer's output row for the explained word (d), teacher-forced, with `head`
 * off. `ablated` are the weights with that head silenced (ablateWeights), `trace` the model's
 * pass as trained on the same words, position the explained row (the last of the trace).
 */
export function explainedRowWithout(
  trace: Trace,
  head: AblatedHead,
  ablated: ModelWeights,
  position: number,
): Float32Array {
  const { config } = ablated;
  const S = traced(trace, 'src.tokens').shape[0];
  const memoryKeys: (l: number) => KeysAndValues =
    head.kind === 'enc'
      ? (() => {
          const memory = encoderWithout(trace, head, ablated, S);
          return (l) => keysAndValues(ablated.decoder[l].crossAttention, memory, S, config);
        })()
      : (l) => ({
          keys: traced(trace, `dec.${l}.cross.k`).data,
          values: traced(trace, `dec.${l}.cross.v`).data,
          length: S,
        });
  const firstLayer = head.kind === 'enc' ? 0 : head.layer;
  let y = traced(trace, firstLayer === 0 ? 'tgt.input' : `dec.${firstLayer - 1}.norm3`).data;
  const last = config.decoderLayers - 1;
  for (let l = firstLayer; l <= last; l++) {
    const start = { y, head: head.kind !== 'enc' && l === head.layer ? head : undefined };
    y = decoderLayerRows(
      trace,
      l,
      ablated.decoder[l],
      start,
      memoryKeys(l),
      l === last ? position : 0,
      config,
    );
  }
  return y;
}
