/**
 * What the encoder self-attention views share once a run is on screen: the layer and head the
 * selection points at, kept inside what this run holds, and the layer's tensors.
 */
import type { Tensor } from '../../engine';
import type { Selection } from '../../store';
import type { TraceTensors } from '../../worker/runTypes';
import { attentionPrefix, layersInTrace } from './attentionKinds';

export interface EncoderView {
  layer: number;
  layers: number;
  head: number;
  heads: number;
  query: number;
  /** enc.{layer}.self.weights (h, S, S). */
  weights: Tensor;
  /** d_k of this model, from enc.{layer}.self.q (h, S, d_k). */
  headSize: number;
}

/** The selection, clamped to this run's encoder; null while its first layer is missing. */
export function encoderView(
  trace: TraceTensors,
  selection: Selection,
  tokenCount: number,
): EncoderView | null {
  const layers = layersInTrace(trace, 'encoder-self');
  if (layers === 0 || tokenCount === 0) return null;
  const layer = Math.min(selection.layer, layers - 1);
  const prefix = attentionPrefix('encoder-self', layer);
  const weights = trace.get(`${prefix}.weights`);
  const q = trace.get(`${prefix}.q`);
  if (!weights || !q || weights.shape[1] !== tokenCount) return null;
  const heads = weights.shape[0];
  return {
    layer,
    layers,
    head: Math.min(selection.head, heads - 1),
    heads,
    query: Math.min(selection.queryToken, tokenCount - 1),
    weights,
    headSize: q.shape[2],
  };
}
