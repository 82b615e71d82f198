/**
 * The explained word's decoder output with each head of the model switched off alone, resumed
 * from the model's own trace and doing only the work a head can change:
 * - below a head's layer nothing changes, so its pass starts from the trace;
 * - in the head's own sublayer, Q, K, V and the attention weights are unchanged, so only
 *   Concat(head_1, …, 0, …, head_h) W^O is recomputed, from the traced z;
 * - the decoder's first self-attention sublayer (and its Add & Norm) and the queries of its
 *   first encoder-decoder sublayer never see the encoder: an encoder head leaves them as traced;
 * - while the encoder is untouched, every decoder layer's encoder-decoder K and V are the traced ones;
 * - the last decoder layer computes only the explained row (its self-attention still needs the
 *   keys and values of every row before it).
 * The passes of all heads run side by side as one stack (stack.ts), so each linear layer is
 * one large matrix product instead of one small product per head.
 */
import type { AblatedHead } from '../model/ablation';
import type { ModelConfig } from '../model/config';
import type {
  AttentionWeights,
  DecoderLayerWeights,
  EncoderLayerWeights,
  ModelWeights,
} from '../model/weights';
import type { Tensor } from '../tensor';
import {
  addAndNormEach,
  attendedEach,
  feedForwardAndNormEach,
  headRowsFrom,
  joined,
  lastRows,
  projectedHeads,
  repeated,
  withoutEachHead,
  type Attended,
  type PerVariant,
  type Stack,
} from './stack';
import { traced } from './word';

type Trace = ReadonlyMap<string, Tensor>;

/** Self-attention of every variant over its own rows, for its queries from row firstRow on. */
function selfAttendedEach(
  attention: AttentionWeights,
  x: Stack,
  firstRow: number,
  causal: boolean,
  config: ModelConfig,
): Stack {
  const queryRows = lastRows(x, firstRow, config.dModel);
  const kv: Attended = {
    keys: projectedHeads(attention.key, x, config),
    values: projectedHeads(attention.value, x, config),
    length: x.rows,
  };
  return attendedEach(
    projectedHeads(attention.query, queryRows, config),
    kv,
    attention.output,
    { variants: x.variants, rows: queryRows.rows, firstQuery: firstRow, causal },
    config,
  );
}

/** An encoder layer's first half over every variant: LayerNorm(x + SelfAttention(x)) (§3.1). */
function encoderNorm1Each(layer: EncoderLayerWeights, x: Stack, config: ModelConfig): Stack {
  const attended = selfAttendedEach(layer.selfAttention, x, 0, false, config);
  return addAndNormEach(x, attended, layer.norm1, config);
}

/**
 * The encoder's output (S rows) with each encoder head off, variant l·h + i having head i of
 * layer l off. Variants of lower layers pass through each layer whole; the layer's own variants
 * join them before its feed-forward sublayer.
 */
function encoderWithoutEachHead(trace: Trace, weights: ModelWeights, S: number): Stack {
  const { config } = weights;
  const { heads: h, dModel: d } = config;
  let memory: Stack = { data: new Float32Array(0), variants: 0, rows: S };
  weights.encoder.forEach((layer, l) => {
    const x = traced(trace, l === 0 ? 'src.input' : `enc.${l - 1}.norm2`).data;
    const z = traced(trace, `enc.${l}.self.z`).data;
    const own = addAndNormEach(
      repeated(x, h, S, d),
      withoutEachHead(z, S, layer.selfAttention.output, config),
      layer.norm1,
      config,
    );
    const norm1 =
      memory.variants > 0 ? joined([encoderNorm1Each(layer, memory, config), own], S) : own;
    memory = feedForwardAndNormEach(norm1, layer.feedForward, layer.norm2, config);
  });
  return memory;
}

/**
 * Each variant's encoder-decoder keys and values in decoder layer l: from its own memory for
 * the variants of encoder heads (the first `encoded.variants`), else the traced ones.
 */
function memoryOf(
  trace: Trace,
  l: number,
  attention: AttentionWeights,
  encoded: Stack,
  config: ModelConfig,
): Attended {
  const keys = projectedHeads(attention.key, encoded, config);
  const values = projectedHeads(attention.value, encoded, config);
  const tracedKeys = traced(trace, `dec.${l}.cross.k`).data;
  const tracedValues = traced(trace, `dec.${l}.cross.v`).data;
  const own = encoded.variants;
  return {
    keys: (v) => (v < own ? keys(v) : tracedKeys),
    values: (v) => (v < own ? values(v) : tracedValues),
    length: encoded.rows,
  };
}

/** Where the variants stand on entering decoder layer l. */
interface DecoderStart {
  /** Variants already through layer l − 1 (T rows each), those of encoder heads first; none at layer 0. */
  passing: Stack | null;
  /** How many variants switched off an encoder head: they come first in every stack. */
  encoderVariants: number;
}

/**
 * Rows firstRow … T − 1 of decoder layer l's output for the passing variants, then for the
 * layer's own self-attention heads, then its encoder-decoder heads, each switched off alone.
 */
function decoderLayerEach(
  trace: Trace,
  l: number,
  layer: DecoderLayerWeights,
  start: DecoderStart,
  memory: Attended,
  firstRow: number,
  config: ModelConfig,
): Stack {
  const { heads: h, dModel: d } = config;
  const T = traced(trace, 'tgt.tokens').shape[0];
  const rows = T - firstRow;
  const input = traced(trace, l === 0 ? 'tgt.input' : `dec.${l - 1}.norm3`).data;
  const tracedNorm1 = traced(trace, `dec.${l}.norm1`).data.subarray(firstRow * d);
  const headRows = (name: string) => headRowsFrom(traced(trace, name).data, T, firstRow, config);

  const passingNorm1 =
    start.passing === null
      ? repeated(tracedNorm1, start.encoderVariants, rows, d)
      : addAndNormEach(
          lastRows(start.passing, firstRow, d),
          selfAttendedEach(layer.selfAttention, start.passing, firstRow, true, config),
          layer.norm1,
          config,
        );
  const selfNorm1 = addAndNormEach(
    repeated(input.subarray(firstRow * d), h, rows, d),
    withoutEachHead(headRows(`dec.${l}.self.z`), rows, layer.selfAttention.output, config),
    layer.norm1,
    config,
  );
  const norm1 = joined([passingNorm1, selfNorm1], rows);

  // At layer 0 an encoder head's queries are the traced ones: its norm1 is the traced norm1.
  const projected = projectedHeads(layer.crossAttention.query, l === 0 ? selfNorm1 : norm1, config);
  let queries: PerVariant = projected;
  if (l === 0) {
    const tracedQueries = headRows(`dec.0.cross.q`);
    const ownQueries = start.encoderVariants;
    queries = (v) => (v < ownQueries ? tracedQueries : projected(v - ownQueries));
  }
  const crossShape = { variants: norm1.variants, rows, firstQuery: firstRow, causal: false };
  const crossed = attendedEach(queries, memory, layer.crossAttention.output, crossShape, config);
  const crossNorm2 = addAndNormEach(
    repeated(tracedNorm1, h, rows, d),
    withoutEachHead(headRows(`dec.${l}.cross.z`), rows, layer.crossAttention.output, config),
    layer.norm2,
    config,
  );
  const norm2 = joined([addAndNormEach(norm1, crossed, layer.norm2, config), crossNorm2], rows);
  return feedForwardAndNormEach(norm2, layer.feedForward, layer.norm3, config);
}

/** Where a head's row is in everyHead's order: encoder, then decoder self, then encoder-decoder. */
function headIndex({ kind, layer, head }: AblatedHead, config: ModelConfig): number {
  const { heads, encoderLayers, decoderLayers } = config;
  if (kind === 'enc') return layer * heads + head;
  const first = kind === 'dec-self' ? encoderLayers : encoderLayers + decoderLayers;
  return (first + layer) * heads + head;
}

/**
 * The last decoder layer's output row for the explained word with each head switched off alone,
 * teacher-forced: (heads, d), row i for the head everyHead lists i-th. `trace` is the model's
 * pass as trained on the same words; the explained word (position) is its last row.
 */
export function explainedRowsWithoutEachHead(
  trace: Trace,
  weights: ModelWeights,
  position: number,
): Float32Array {
  const { config } = weights;
  const { heads: h, dModel: d } = config;
  const S = traced(trace, 'src.tokens').shape[0];
  const T = traced(trace, 'tgt.tokens').shape[0];
  if (position !== T - 1) {
    throw new Error(`the run should end at the explained word ${position}, but it has ${T} rows`);
  }
  const encoded = encoderWithoutEachHead(trace, weights, S);
  const order: AblatedHead[] = [];
  for (let l = 0; l < config.encoderLayers; l++) {
    for (let head = 0; head < h; head++) order.push({ kind: 'enc', layer: l, head });
  }
  let passing: Stack | null = null;
  for (let l = 0; l < config.decoderLayers; l++) {
    const layer = weights.decoder[l];
    const memory = memoryOf(trace, l, layer.crossAttention, encoded, config);
    const start = { passing, encoderVariants: encoded.variants };
    const firstRow = l === config.decoderLayers - 1 ? position : 0;
    passing = decoderLayerEach(trace, l, layer, start, memory, firstRow, config);
    for (const kind of ['dec-self', 'dec-cross'] as const) {
      for (let head = 0; head < h; head++) order.push({ kind, layer: l, head });
    }
  }
  if (passing === null) throw new Error('the model has no decoder layer');
  const outputs = passing.data;
  const rows = new Float32Array(order.length * d);
  order.forEach((head, v) => {
    rows.set(outputs.subarray(v * d, (v + 1) * d), headIndex(head, config) * d);
  });
  return rows;
}
