/**
 * Gradient × input saliency from the engine's backward pass against tfjs autograd on the same
 * weights. The source ids are all different, so the gradient of the embedding table's row id_s
 * is the gradient for source word s alone; and since e_s = E[id_s]·√d, Σ_k e_{s,k} ∂/∂e_{s,k}
 * equals Σ_k E[id_s,k] ∂/∂E[id_s,k], which tfjs gives directly.
 */
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradientTimesInput, type ExplainedWord } from '../../src/engine/attribution';
import { REFERENCE_CONFIG, type ModelConfig } from '../../src/engine/model/config';
import type { Params } from '../../src/engine/model/params';
import { selectCpuBackend } from '../reference/tfjsBackend';
import { disposeAll, referenceForward, toTfParams } from '../reference/tfjsTransformer';
import { setting } from './fixtures';

const TOLERANCE = 1e-4;
let largest = 0;

/** Σ_k E[id_s,k] · ∂ log p(word) / ∂E[id_s,k] for every source word, by tfjs autograd. */
function referenceSaliency(params: Params, config: ModelConfig, word: ExplainedWord): number[] {
  const tfParams = toTfParams(params);
  const table = tfParams.get('src_embed.weight') as tf.Tensor;
  const prefix = Array.from(word.tgtIds).slice(0, word.position + 1);
  const logProb = (embeddings: tf.Tensor): tf.Scalar => {
    const trace = referenceForward(
      new Map(tfParams).set('src_embed.weight', embeddings),
      config,
      Array.from(word.srcIds),
      prefix,
    );
    const probs = trace.get('out.probs') as tf.Tensor2D;
    const chosen = tf.log(tf.slice(probs, [word.position, word.wordId], [1, 1])).reshape([]);
    trace.delete('out.probs');
    disposeAll(trace);
    return chosen as tf.Scalar;
  };
  const gradient = tf.grad(logProb)(table);
  const rows = tf.mul(gradient, table).sum(1).arraySync() as number[];
  tf.dispose(gradient);
  disposeAll(tfParams);
  return Array.from(word.srcIds, (id) => rows[id]);
}

beforeAll(selectCpuBackend);
afterAll(() => {
  console.log(
    `saliency, engine vs tfjs autograd: largest |difference| ${largest.toExponential(2)}`,
  );
});

const DEEP: ModelConfig = { ...REFERENCE_CONFIG, encoderLayers: 3, decoderLayers: 1, heads: 8 };

describe.each([
  { label: 'reference config, word 3', config: REFERENCE_CONFIG, seed: 7, position: 3 },
  { label: 'reference config, first word', config: REFERENCE_CONFIG, seed: 8, position: 0 },
  { label: '3 encoder layers, 1 decoder layer, 8 heads', config: DEEP, seed: 9, position: 5 },
])('gradient × input on $label', ({ config, seed, position }) => {
  it('equals tfjs autograd of log p(word) for every source word', () => {
    const { params, word } = setting(config, seed, 10, position);
    const engine = gradientTimesInput(params, config, word);
    const reference = referenceSaliency(params, config, word);
    engine.source.forEach((value, s) => {
      const difference = Math.abs(value - reference[s]);
      largest = Math.max(largest, difference);
      expect(difference, `source word ${s}`).toBeLessThan(TOLERANCE);
    });
    expect(reference.some((value) => Math.abs(value) > 1e-3)).toBe(true);
  });

  it('reports the log-probability of the word, as the forward pass gives it', () => {
    const { params, word } = setting(config, seed, 10, position);
    const tfParams = toTfParams(params);
    const trace = referenceForward(
      tfParams,
      config,
      Array.from(word.srcIds),
      Array.from(word.tgtIds).slice(0, position + 1),
    );
    const probs = (trace.get('out.probs') as tf.Tensor).arraySync() as number[][];
    expect(gradientTimesInput(params, config, word).logProb).toBeCloseTo(
      Math.log(probs[position][word.wordId]),
      5,
    );
    disposeAll(trace);
    disposeAll(tfParams);
  });
});
