/** A real run of a seeded model for the matrices views: every number comes from the engine. */
import {
  EOS,
  BOS,
  REFERENCE_CONFIG,
  forwardTrace,
  initParams,
  type ModelConfig,
  type Params,
  type Tensor,
} from '../../../src/engine';
import { attentionMatrices } from '../../../src/views/matrices/attentionMatrices';
import type { TraceName } from '../../../src/engine';
import { attentionNames, type AttentionKind } from '../../../src/views/matrices/attentionNames';
import { attentionParameters } from '../../../src/views/matrices/attentionParameters';

/** Eight heads as in the built-in model, small enough to run in a moment. */
export const CONFIG: ModelConfig = { ...REFERENCE_CONFIG, heads: 8 };

export const SOURCE_TOKENS = ['the', 'animal', 'was', 'too', 'tired', '<eos>'];
export const TARGET_TOKENS = ['<bos>', "l'", 'animal', 'était'];

export interface MatricesRun {
  config: ModelConfig;
  params: Params;
  trace: Map<TraceName, Tensor>;
  sourceTokens: string[];
  targetTokens: string[];
}

export function matricesRun(seed = 7): MatricesRun {
  const params = initParams(CONFIG, seed);
  const srcIds = [10, 11, 12, 13, 14, EOS];
  const tgtIds = [BOS, 20, 21, 22];
  return {
    config: CONFIG,
    params,
    trace: forwardTrace(params, CONFIG, srcIds, tgtIds),
    sourceTokens: SOURCE_TOKENS,
    targetTokens: TARGET_TOKENS,
  };
}

/** (rows, inner) × (inner, cols) + bias, accumulated in double precision. */
export function multiplyAddBias(a: Tensor, b: Tensor, bias?: Tensor): Float64Array {
  const [rows, inner] = a.shape;
  const cols = b.shape[1];
  const out = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      let sum = bias ? bias.data[c] : 0;
      for (let i = 0; i < inner; i++) sum += a.data[r * inner + i] * b.data[i * cols + c];
      out[r * cols + c] = sum;
    }
  }
  return out;
}

/** Largest |a − b| over two equally long arrays. */
export function largestDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`lengths differ: ${a.length} and ${b.length}`);
  let largest = 0;
  for (let i = 0; i < a.length; i++) largest = Math.max(largest, Math.abs(a[i] - b[i]));
  return largest;
}

/** The matrices and weights of one sublayer of the run, as the figures receive them. */
export function sublayer(run: MatricesRun, kind: AttentionKind, layer: number) {
  const names = attentionNames(kind, layer, run.config);
  const matrices = attentionMatrices(run.trace, names, run.config, {
    source: run.sourceTokens,
    target: run.targetTokens,
  });
  if (!matrices) throw new Error(`the run lacks ${names.trace}`);
  return { names, matrices, parameters: attentionParameters(run.params, names.params) };
}

/** The trace tensor, failing the test if the engine did not record it. */
export function traced(run: MatricesRun, name: TraceName): Tensor {
  const t = run.trace.get(name);
  if (!t) throw new Error(`the trace has no ${name}`);
  return t;
}
