import { describe, expect, it } from 'vitest';
import { PAPER_CONFIG, headSize } from '../../../src/engine';
import {
  concatPart,
  headOutputPart,
  headPart,
  inputPart,
  outputProjectionParts,
  projectionParts,
  sublayerOutputPart,
} from '../../../src/views/matrices/parts';
import { productCell } from '../../../src/views/matrices/ProductReadout';
import { PAPER_SIZES, shapeWithPaper, subscript } from '../../../src/views/matrices/shapes';
import { largestDifference, matricesRun, sublayer } from './fixtures';

const run = matricesRun();
const dk = headSize(run.config);
const d = run.config.dModel;

describe('shape captions', () => {
  it('put the model’s shape beside the paper’s', () => {
    expect(shapeWithPaper('Q₂', [9, 8], ['n', 64])).toBe('Q₂: 9 × 8 (paper: n × 64)');
  });

  it('take the paper’s sizes from its configuration', () => {
    expect(PAPER_SIZES).toEqual({
      dModel: PAPER_CONFIG.dModel,
      heads: PAPER_CONFIG.heads,
      headSize: 64,
    });
  });

  it('write head numbers as subscripts', () => {
    expect(subscript(0)).toBe('₀');
    expect(subscript(12)).toBe('₁₂');
  });
});

describe('the parts a figure draws', () => {
  const { matrices, parameters } = sublayer(run, 'encoder-self', 0);

  it('have the shapes of the configuration', () => {
    expect(inputPart(matrices, 'query').shape).toEqual([run.sourceTokens.length, d]);
    expect(headPart(matrices, 'K', 3).shape).toEqual([run.sourceTokens.length, dk]);
    expect(projectionParts(matrices, parameters, 'V', 3).weight.shape).toEqual([d, dk]);
    expect(outputProjectionParts(matrices, parameters).weight.shape).toEqual([d, d]);
    expect(concatPart(matrices).shape).toEqual([run.sourceTokens.length, d]);
  });

  it('leave the weights empty, not made up, when the page has no parameters', () => {
    expect(projectionParts(matrices, null, 'Q', 0).weight.values).toBeNull();
    expect(outputProjectionParts(matrices, null).bias.values).toBeNull();
    expect(headOutputPart(matrices, 0).values).not.toBeNull();
  });

  it('give back the sublayer output: Concat × W^O + b^O, every cell', () => {
    const concat = concatPart(matrices);
    const { weight, bias } = outputProjectionParts(matrices, parameters);
    const out = sublayerOutputPart(matrices);
    if (!concat.values || !weight.values || !bias.values || !out.values) throw new Error('empty');
    const rows = concat.shape[0];
    const recomputed = Array.from({ length: rows * d }, (_, i) =>
      productCell(
        concat.values ?? [],
        weight.values ?? [],
        bias.values ?? [],
        d,
        d,
        Math.floor(i / d),
        i % d,
      ),
    );
    expect(largestDifference(recomputed, out.values)).toBeLessThan(1e-5);
  });
});
