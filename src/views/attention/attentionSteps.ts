/**
 * The six steps of self-attention for one word (the post's "Self-Attention in Detail"), read
 * from the trace of one encoder layer and head. Every number is the trace's, except the weighted
 * value vectors of step 5, which are the trace's weights times the trace's values.
 */
import { traceName } from '../../engine';
import { attentionPrefix } from './attentionKinds';
import { headRow, headRows } from './headSlices';
import type { TraceTensors } from '../../worker/runTypes';
import type { AttentionPart, TraceName } from '../../engine';

/**
 * Queries, keys and values; scores; division by √d_k; softmax; weighted values; their sum. Their
 * titles, in each language, are the catalogue's `attention.stepTitles`.
 */
export const STEP_COUNT = 6;

export interface AttentionStepData {
  layer: number;
  head: number;
  query: number;
  dModel: number;
  /** d_k: the width of this head's queries, keys and values. */
  headSize: number;
  /** The input row x of the query word: the embedding + position in layer 0, else the layer below's output. */
  x: Float32Array;
  /** The trace name x was read from. */
  xName: string;
  q: Float32Array;
  keys: Float32Array[];
  values: Float32Array[];
  /** q · k_j for every key j (enc.{l}.self.scores). */
  scores: Float32Array;
  /** scores ÷ √d_k (enc.{l}.self.scaled). */
  scaled: Float32Array;
  /** softmax(scaled) (enc.{l}.self.weights). */
  weights: Float32Array;
  /** weights_j × v_j. */
  weightedValues: Float32Array[];
  /** Σ_j weights_j v_j as the engine computed it (enc.{l}.self.z). */
  z: Float32Array;
}

/** The trace name of the vectors encoder layer `layer` reads. */
export function layerInputName(layer: number): TraceName {
  return layer === 0 ? 'src.input' : traceName.enc(layer - 1).residual('norm2');
}

/** The steps' numbers, or null while the trace lacks the layer (it has not arrived yet). */
export function attentionSteps(
  trace: TraceTensors,
  layer: number,
  head: number,
  query: number,
): AttentionStepData | null {
  const prefix = attentionPrefix('encoder-self', layer);
  const xName = layerInputName(layer);
  const input = trace.get(xName);
  const parts: AttentionPart[] = ['q', 'k', 'v', 'scores', 'scaled', 'weights', 'z'];
  const [q, k, v, scores, scaled, weights, z] = parts.map((part) => trace.get(`${prefix}.${part}`));
  if (!input || !q || !k || !v || !scores || !scaled || !weights || !z) return null;
  const dModel = input.shape[1];
  const x = input.data.subarray(query * dModel, (query + 1) * dModel);
  const values = headRows(v, head);
  const weightRow = headRow(weights, head, query);
  return {
    layer,
    head,
    query,
    dModel,
    headSize: q.shape[2],
    x,
    xName,
    q: headRow(q, head, query),
    keys: headRows(k, head),
    values,
    scores: headRow(scores, head, query),
    scaled: headRow(scaled, head, query),
    weights: weightRow,
    weightedValues: values.map((value, j) => value.map((number) => weightRow[j] * number)),
    z: headRow(z, head, query),
  };
}

/** Σ_j of the weighted value vectors, element by element. */
export function sumOfVectors(vectors: readonly Float32Array[], width: number): Float64Array {
  const sum = new Float64Array(width);
  for (const vector of vectors) for (let c = 0; c < width; c++) sum[c] += vector[c];
  return sum;
}

/** Σ of a row of numbers, in double precision. */
export function total(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum;
}
