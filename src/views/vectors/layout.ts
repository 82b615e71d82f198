/**
 * Pure helpers of the vector figures: which trace tensors each stage of an encoder layer shows,
 * how wide a vector strip is, and the statistics LayerNorm is about.
 */
import { traceName } from '../../engine';
import { layerInputName } from '../architecture/blocks';

export interface FlowStage {
  /** The post's letter for it: x, z, r. */
  symbol: string;
  /** Trace name of the (positions × d) tensor shown. */
  name: string;
}

/**
 * The vectors of the post's encoding figure, for layer `layer`: x enters, self-attention gives z,
 * the feed-forward network gives r, which goes up to the next encoder.
 */
export function encoderFlowStages(layer: number): { x: FlowStage; z: FlowStage; r: FlowStage } {
  return {
    x: { symbol: 'x', name: layerInputName('encoder', layer) },
    z: { symbol: 'z', name: traceName.enc(layer).self('out') },
    r: { symbol: 'r', name: traceName.enc(layer).residual('norm2') },
  };
}

/** The vectors around each Add & Norm of an encoder layer: input, sublayer output, sum, norm. */
export function residualStages(layer: number) {
  const enc = traceName.enc(layer);
  return {
    attention: {
      input: layerInputName('encoder', layer),
      sublayer: enc.self('out'),
      sum: enc.residual('add1'),
      norm: enc.residual('norm1'),
    },
    feedForward: {
      input: enc.residual('norm1'),
      sublayer: enc.ffn('out'),
      sum: enc.residual('add2'),
      norm: enc.residual('norm2'),
    },
  };
}

/** Width in pixels of each cell when `d` values share `maxWidth` pixels, at least 1 and at most 14. */
export function stripCellWidth(d: number, maxWidth: number): number {
  if (d <= 0) return 0;
  return Math.max(1, Math.min(14, maxWidth / d));
}

/** Mean and standard deviation of a vector: LayerNorm makes them 0 and 1 before its gain and bias. */
export function meanAndDeviation(values: ArrayLike<number>): { mean: number; deviation: number } {
  const n = values.length;
  if (n === 0) return { mean: 0, deviation: 0 };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i] - mean) ** 2;
  return { mean, deviation: Math.sqrt(squares / n) };
}
