import { describe, expect, it } from 'vitest';
import { forwardTrace } from '../../src/engine';
import { REFERENCE_CONFIG, type ModelConfig } from '../../src/engine/model/config';
import { initParams } from '../../src/engine/model/params';
import { createBackprop, makeBatch } from '../../src/engine/train';
import { TINY_CONFIG, randomPairs, referencePair } from './fixtures';

const INTERLEAVED_CONFIG: ModelConfig = {
  ...REFERENCE_CONFIG,
  heads: 8,
  encoderLayers: 1,
  decoderLayers: 3,
  srcVocabSize: 41,
  tgtVocabSize: 37,
  positionalLayout: 'interleaved',
};

describe.each([
  ['tiny, concatenated positions', TINY_CONFIG],
  ['d_model 64, 8 heads, interleaved positions', INTERLEAVED_CONFIG],
])('the batched training forward (%s)', (_label, config) => {
  it("gives, sentence by sentence, the inference engine's teacher-forced logits despite padding", () => {
    const params = initParams(config, 2024);
    // Lengths 1 to 9, so most sentences are padded on both sides.
    const pairs = randomPairs(99, 6, config, 1, 9);
    const batch = makeBatch(pairs);
    const backprop = createBackprop(config, params);
    backprop.forward(batch, 0.1);
    const logits = backprop.logits();
    const vocab = config.tgtVocabSize;
    let worst = 0;
    pairs.forEach((pair, b) => {
      const { src, tgtIn } = referencePair(pair);
      const expected = forwardTrace(params, config, src, tgtIn).get('out.logits');
      expect(expected?.shape).toEqual([tgtIn.length, vocab]);
      const reference = expected?.data ?? new Float32Array();
      for (let t = 0; t < tgtIn.length; t++) {
        for (let v = 0; v < vocab; v++) {
          const difference = Math.abs(
            logits[(b * batch.tgtLength + t) * vocab + v] - reference[t * vocab + v],
          );
          worst = Math.max(worst, difference);
        }
      }
    });
    console.log(`largest logit difference ${worst.toExponential(2)}`);
    expect(worst).toBeLessThanOrEqual(1e-5);
  });
});
