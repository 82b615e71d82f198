/**
 * Every matrix of one attention sublayer that the figures draw, gathered from the trace with the
 * token strings of its rows and columns. Null until the run holds all of them.
 */
import { headSize, type ModelConfig } from '../../engine';
import type { Tensor } from '../../engine';
import type { AttentionNames } from './attentionNames';

export interface AttentionMatrices {
  names: AttentionNames;
  heads: number;
  headSize: number;
  dModel: number;
  /** Tokens of the rows of Q (and of Z, concat, out), and of the rows of K and V. */
  queryTokens: readonly string[];
  keyTokens: readonly string[];
  /** X (queryLength, d): what the queries are computed from; keyInput likewise for K and V. */
  queryInput: Tensor;
  keyInput: Tensor;
  /** (h, queryLength, d_k) */
  q: Tensor;
  /** (h, keyLength, d_k) */
  k: Tensor;
  v: Tensor;
  /** Q Kᵀ / √d_k, masked where the decoder may not look ahead: (h, queryLength, keyLength). */
  scaled: Tensor;
  /** softmax of each row of `scaled`. */
  weights: Tensor;
  /** (h, queryLength, d_k) */
  z: Tensor;
  /** (queryLength, d) */
  concat: Tensor;
  out: Tensor;
}

export interface RunTokens {
  source: readonly string[];
  target: readonly string[];
}

export function attentionMatrices(
  trace: ReadonlyMap<string, Tensor>,
  names: AttentionNames,
  config: ModelConfig,
  tokens: RunTokens,
): AttentionMatrices | null {
  const part = (name: string) => trace.get(`${names.trace}.${name}`);
  const queryInput = trace.get(names.queryInput);
  const keyInput = trace.get(names.keyInput);
  const [q, k, v, scaled, weights, z, concat, out] = [
    'q',
    'k',
    'v',
    'scaled',
    'weights',
    'z',
    'concat',
    'out',
  ].map(part);
  if (!queryInput || !keyInput || !q || !k || !v || !scaled || !weights || !z || !concat || !out) {
    return null;
  }
  const queryTokens = names.querySide === 'source' ? tokens.source : tokens.target;
  const keyTokens = names.keySide === 'source' ? tokens.source : tokens.target;
  // Tokens and tensors of different runs may meet for a moment while a new run streams in.
  if (q.shape[1] !== queryTokens.length || k.shape[1] !== keyTokens.length) return null;
  return {
    names,
    heads: config.heads,
    headSize: headSize(config),
    dModel: config.dModel,
    queryTokens,
    keyTokens,
    queryInput,
    keyInput,
    q,
    k,
    v,
    scaled,
    weights,
    z,
    concat,
    out,
  };
}
