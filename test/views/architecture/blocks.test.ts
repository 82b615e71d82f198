import { describe, expect, it } from 'vitest';
import {
  embeddingBlock,
  encoderMemoryName,
  layerBlocks,
  layerInputName,
  outputBlocks,
  sublayers,
} from '../../../src/views/architecture/blocks';
import { CONFIG, makeRun } from '../runFixture';

describe('blocks of the model', () => {
  it('feed each layer the output of the layer below, and the first the embeddings plus positions', () => {
    expect(layerInputName('encoder', 0)).toBe('src.input');
    expect(layerInputName('encoder', 1)).toBe('enc.0.norm2');
    expect(layerInputName('decoder', 0)).toBe('tgt.input');
    expect(layerInputName('decoder', 2)).toBe('dec.1.norm3');
  });

  it('name the encoder sublayers self-attention then feed forward, and the decoder three', () => {
    expect(sublayers('encoder', 0).map((b) => b.part)).toEqual(['self', 'ffn']);
    expect(sublayers('decoder', 1).map((b) => b.part)).toEqual(['self', 'cross', 'ffn']);
  });

  it('give each Add & Norm the sublayer input, the sublayer output and the sum', () => {
    const [, addNorm] = layerBlocks('encoder', 1);
    expect(addNorm).toMatchObject({
      input: 'enc.0.norm2',
      output: 'enc.1.norm1',
      residual: { sublayerOutput: 'enc.1.self.out', sum: 'enc.1.add1' },
    });
  });

  it('name only tensors the engine records, each one vector per token of width d_model or V', () => {
    const run = makeRun();
    const blocks = [
      embeddingBlock('encoder'),
      embeddingBlock('decoder'),
      ...Array.from({ length: CONFIG.encoderLayers }, (_, l) => layerBlocks('encoder', l)).flat(),
      ...Array.from({ length: CONFIG.decoderLayers }, (_, l) => layerBlocks('decoder', l)).flat(),
      ...outputBlocks(CONFIG.decoderLayers),
    ];
    const names = blocks.flatMap((b) => [
      b.input,
      b.output,
      ...(b.residual ? [b.residual.sublayerOutput, b.residual.sum] : []),
    ]);
    for (const name of names) {
      const t = run.get(name);
      expect(t.shape).toHaveLength(2);
      expect([CONFIG.dModel, CONFIG.tgtVocabSize]).toContain(t.shape[1]);
    }
    expect(run.get(encoderMemoryName(CONFIG.encoderLayers)).shape).toEqual([5, CONFIG.dModel]);
  });
});
