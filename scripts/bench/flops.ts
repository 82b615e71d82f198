/**
 * How much arithmetic each case asks for, so the bench can say how close the engine comes to
 * what plain JavaScript can do. Only the matrix products are counted, a multiply-add as 2
 * floating-point operations (FLOPs); softmax, LayerNorm, ReLU and the residual additions add a
 * few per cent and are left out, so the figures are slight underestimates.
 *
 * With d = d_model, f = d_ff, V the target vocabulary, S source and T target tokens:
 *   encoder layer   Q, K, V and output projections 4·2·S·d², scores QKᵀ and weighted sum 2·2·S²·d,
 *                   feed-forward 2·2·S·d·f
 *   decoder layer   self-attention as above with T; encoder-decoder attention: Q and output
 *                   projections 2·2·T·d², K and V of the source 2·2·S·d², scores and sum 2·2·T·S·d;
 *                   feed-forward 2·2·T·d·f
 *   final Linear    2·T·d·V
 */
import type { ModelConfig } from '../../src/engine/model/config';

const product = (rows: number, inner: number, columns: number) => 2 * rows * inner * columns;

function encoderFlops(config: ModelConfig, source: number): number {
  const { dModel: d, dFF: f } = config;
  const layer =
    4 * product(source, d, d) + 2 * product(source, source, d) + 2 * product(source, d, f);
  return config.encoderLayers * layer;
}

/** The decoder for `queries` new tokens that each see `seen` target tokens (the cache included). */
function decoderFlops(config: ModelConfig, source: number, queries: number, seen: number): number {
  const { dModel: d, dFF: f } = config;
  const self = 4 * product(queries, d, d) + 2 * product(queries, seen, d);
  const cross = 2 * product(queries, d, d) + 2 * product(queries, source, d);
  const feedForward = 2 * product(queries, d, f);
  return config.decoderLayers * (self + cross + feedForward);
}

/** K and V of the source, once per decoder layer. */
const crossKeysValues = (config: ModelConfig, source: number) =>
  config.decoderLayers * 2 * product(source, config.dModel, config.dModel);

/** One teacher-forced pass: the encoder on S tokens, the decoder and final Linear on T. */
export function forwardFlops(config: ModelConfig, source: number, target: number): number {
  return (
    encoderFlops(config, source) +
    crossKeysValues(config, source) +
    decoderFlops(config, source, target, target) +
    product(target, config.dModel, config.tgtVocabSize)
  );
}

/** Greedy decoding of `steps` tokens with a key/value cache: each step computes one new token. */
export function cachedGreedyFlops(config: ModelConfig, source: number, steps: number): number {
  let total = encoderFlops(config, source) + crossKeysValues(config, source);
  for (let t = 1; t <= steps; t++)
    total += decoderFlops(config, source, 1, t) + product(1, config.dModel, config.tgtVocabSize);
  return total;
}

/**
 * A training step on a batch of `batchSize` pairs padded to S and T: the forward pass, then the
 * backward pass, which computes two products for each product of the forward (the gradient with
 * respect to the input and to the weights).
 */
export function trainingStepFlops(
  config: ModelConfig,
  batchSize: number,
  source: number,
  target: number,
): number {
  return 3 * batchSize * forwardFlops(config, source, target);
}

/** The ceiling: one square product of `size` rows, columns and depth. */
export const squareProductFlops = (size: number) => product(size, size, size);
