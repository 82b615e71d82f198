/**
 * Many variants of one sentence's pass (one per switched-off head), stacked so each linear layer
 * runs once over every variant's rows: a matrix of many rows keeps the blocked matmul kernel
 * busy, where one variant's few rows (or one row) would leave most of it idle. Attention still
 * runs variant by variant, since each variant's queries may only see its own keys and values.
 *
 * Every row goes through the same steps as in forwardTrace, the linear layers on training's
 * kernel, so a variant's numbers equal those of a whole pass run with its head off up to float
 * rounding.
 */
import { headSize, type ModelConfig } from '../model/config';
import { addAndNormInto } from '../model/sublayers';
import type { FeedForwardWeights, Linear, NormWeights } from '../model/weights';
import { attendInto, mergeHeadsInto, splitHeadsInto } from '../ops/attention';
import { reluForward } from '../ops/elementwise';
import { linearForward } from '../ops/linear';

/**
 * out (rows, outFeatures) = x (rows, inFeatures) Wᵀ + b, on training's kernel: over hundreds of
 * rows it runs about 1.5 times as fast as the one a single pass uses, and its sums differ from
 * that one's only by float rounding.
 */
export function linearOverRows(
  out: Float32Array,
  x: Float32Array,
  linear: Linear,
  rows: number,
): void {
  linearForward(out, x, linear.weight, linear.bias, rows, linear.inFeatures, linear.outFeatures);
}

/** `variants` passes of `rows` rows each, (variants, rows, d) row-major. */
export interface Stack {
  data: Float32Array;
  variants: number;
  rows: number;
}

/** Per-head tensors of one variant, (h, rows, d_k), by variant index. */
export type PerVariant = (variant: number) => Float32Array;

/** The same rows (rows, d) for `variants` variants. */
export function repeated(x: Float32Array, variants: number, rows: number, d: number): Stack {
  const data = new Float32Array(variants * rows * d);
  for (let v = 0; v < variants; v++) data.set(x.subarray(0, rows * d), v * rows * d);
  return { data, variants, rows };
}

/** The stacks one after the other, each with the same rows per variant. */
export function joined(stacks: readonly Stack[], rows: number): Stack {
  const variants = stacks.reduce((sum, stack) => sum + stack.variants, 0);
  const data = new Float32Array(stacks.reduce((sum, stack) => sum + stack.data.length, 0));
  let offset = 0;
  for (const stack of stacks) {
    data.set(stack.data, offset);
    offset += stack.data.length;
  }
  return { data, variants, rows };
}

/** Rows firstRow … rows − 1 of every variant. */
export function lastRows(stack: Stack, firstRow: number, d: number): Stack {
  if (firstRow === 0) return stack;
  const rows = stack.rows - firstRow;
  const data = new Float32Array(stack.variants * rows * d);
  for (let v = 0; v < stack.variants; v++) {
    const from = (v * stack.rows + firstRow) * d;
    data.set(stack.data.subarray(from, from + rows * d), v * rows * d);
  }
  return { data, variants: stack.variants, rows };
}

/** Rows firstRow … of each head of a traced (h, length, d_k) tensor: (h, length − firstRow, d_k). */
export function headRowsFrom(
  perHead: Float32Array,
  length: number,
  firstRow: number,
  config: ModelConfig,
): Float32Array {
  if (firstRow === 0) return perHead;
  const dk = headSize(config);
  const rows = length - firstRow;
  const out = new Float32Array(config.heads * rows * dk);
  for (let i = 0; i < config.heads; i++) {
    out.set(perHead.subarray((i * length + firstRow) * dk, (i + 1) * length * dk), i * rows * dk);
  }
  return out;
}

/** x W ᵀ + b over every row of the stack, split into heads per variant: (h, rows, d_k) each. */
export function projectedHeads(linear: Linear, x: Stack, config: ModelConfig): PerVariant {
  const { heads: h, dModel: d } = config;
  const dk = headSize(config);
  const size = x.rows * d;
  const projected = new Float32Array(x.variants * size);
  linearOverRows(projected, x.data, linear, x.variants * x.rows);
  const split = new Float32Array(x.variants * size);
  for (let v = 0; v < x.variants; v++) {
    const from = projected.subarray(v * size);
    splitHeadsInto(split.subarray(v * size), from, x.rows, h, dk, x.rows, 0);
  }
  return (v) => split.subarray(v * size, (v + 1) * size);
}

/** What each variant's queries attend to: its keys and values, (h, length, d_k) each. */
export interface Attended {
  keys: PerVariant;
  values: PerVariant;
  length: number;
}

/**
 * MultiHead(Q, K, V) = Concat(head_1, …, head_h) W^O per variant (§3.2.2), with
 * head_i = softmax(Q_i K_iᵀ / √d_k) V_i; queries (h, rows, d_k) per variant, the first at
 * position firstQuery. Returns (variants, rows, d).
 */
export function attendedEach(
  queries: PerVariant,
  attended: Attended,
  output: Linear,
  shape: { variants: number; rows: number; firstQuery: number; causal: boolean },
  config: ModelConfig,
): Stack {
  const { heads: h, dModel: d } = config;
  const dk = headSize(config);
  const { variants, rows, firstQuery, causal } = shape;
  const scoreSize = h * rows * attended.length;
  const scores = new Float32Array(scoreSize);
  const scaled = new Float32Array(scoreSize);
  const weights = new Float32Array(scoreSize);
  const z = new Float32Array(rows * d);
  const concat = new Float32Array(variants * rows * d);
  for (let v = 0; v < variants; v++) {
    attendInto(scores, scaled, weights, z, queries(v), attended.keys(v), attended.values(v), {
      heads: h,
      headSize: dk,
      queries: rows,
      keys: attended.length,
      keyCapacity: attended.length,
      firstQuery,
      causal,
    });
    mergeHeadsInto(concat.subarray(v * rows * d), z, rows, h, dk);
  }
  const out = new Float32Array(variants * rows * d);
  linearOverRows(out, concat, output, variants * rows);
  return { data: out, variants, rows };
}

/**
 * One variant per head: Concat(head_1, …, 0, …, head_h) W^O with head i's block zero in
 * variant i, from a traced z (h, rows, d_k) the switching off does not change.
 */
export function withoutEachHead(
  z: Float32Array,
  rows: number,
  output: Linear,
  config: ModelConfig,
): Stack {
  const { heads: h, dModel: d } = config;
  const dk = headSize(config);
  const merged = new Float32Array(rows * d);
  mergeHeadsInto(merged, z, rows, h, dk);
  const concat = repeated(merged, h, rows, d);
  for (let head = 0; head < h; head++) {
    for (let row = 0; row < rows; row++) {
      const start = (head * rows + row) * d + head * dk;
      concat.data.fill(0, start, start + dk);
    }
  }
  const out = new Float32Array(h * rows * d);
  linearOverRows(out, concat.data, output, h * rows);
  return { data: out, variants: h, rows };
}

/** LayerNorm(x + sublayer) over every row of the stack (§3.1). */
export function addAndNormEach(
  x: Stack,
  sublayerOut: Stack,
  norm: NormWeights,
  config: ModelConfig,
): Stack {
  const rows = x.variants * x.rows;
  const sum = new Float32Array(rows * config.dModel);
  const out = new Float32Array(rows * config.dModel);
  addAndNormInto(
    sum,
    out,
    x.data,
    sublayerOut.data,
    norm,
    rows,
    config.dModel,
    config.layerNormEps,
  );
  return { data: out, variants: x.variants, rows: x.rows };
}

/**
 * LayerNorm(x + FFN(x)) over every row of the stack, the last step of every layer, with
 * FFN(x) = max(0, x W₁ᵀ + b₁) W₂ᵀ + b₂ (§3.3).
 */
export function feedForwardAndNormEach(
  x: Stack,
  feedForward: FeedForwardWeights,
  norm: NormWeights,
  config: ModelConfig,
): Stack {
  const rows = x.variants * x.rows;
  const hidden = new Float32Array(rows * config.dFF);
  const transformed = new Float32Array(rows * config.dModel);
  linearOverRows(hidden, x.data, feedForward.linear1, rows);
  reluForward(hidden, hidden, rows * config.dFF);
  linearOverRows(transformed, hidden, feedForward.linear2, rows);
  return addAndNormEach(x, { ...x, data: transformed }, norm, config);
}
