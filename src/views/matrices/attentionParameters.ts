/**
 * The four projections of one attention sublayer, read from a parameter map by the sublayer's
 * prefix (see attentionNames). Each is stored as in nn.Linear: weight (d_model out, d_model in),
 * bias (d_model), y = x Wᵀ + b.
 */
import type { Tensor } from '../../engine';

export interface Projection {
  weight: Tensor;
  bias: Tensor;
}

export interface AttentionParameters {
  query: Projection;
  key: Projection;
  value: Projection;
  output: Projection;
}

/** The sublayer's projections, or null when the map does not hold all of them. */
export function attentionParameters(
  params: ReadonlyMap<string, Tensor>,
  prefix: string,
): AttentionParameters | null {
  const projection = (name: string): Projection | null => {
    const weight = params.get(`${prefix}.${name}.weight`);
    const bias = params.get(`${prefix}.${name}.bias`);
    return weight && bias ? { weight, bias } : null;
  };
  const query = projection('q_proj');
  const key = projection('k_proj');
  const value = projection('v_proj');
  const output = projection('out_proj');
  return query && key && value && output ? { query, key, value, output } : null;
}
