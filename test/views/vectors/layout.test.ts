import { describe, expect, it } from 'vitest';
import {
  encoderFlowStages,
  meanAndDeviation,
  residualStages,
  stripCellWidth,
} from '../../../src/views/vectors/layout';

describe('encoderFlowStages', () => {
  it('starts layer 0 from the embeddings plus positions and later layers from the one below', () => {
    expect(encoderFlowStages(0).x.name).toBe('src.input');
    expect(encoderFlowStages(2).x.name).toBe('enc.1.norm2');
  });

  it('takes z from self-attention and r from the layer output', () => {
    const stages = encoderFlowStages(1);
    expect(stages.z.name).toBe('enc.1.self.out');
    expect(stages.r.name).toBe('enc.1.norm2');
  });
});

describe('residualStages', () => {
  it('lists input, sublayer output, sum and norm around each sublayer', () => {
    expect(residualStages(0)).toEqual({
      attention: {
        input: 'src.input',
        sublayer: 'enc.0.self.out',
        sum: 'enc.0.add1',
        norm: 'enc.0.norm1',
      },
      feedForward: {
        input: 'enc.0.norm1',
        sublayer: 'enc.0.ffn.out',
        sum: 'enc.0.add2',
        norm: 'enc.0.norm2',
      },
    });
  });
});

describe('stripCellWidth', () => {
  it('shares the width between the values, between 1 and 14 pixels', () => {
    expect(stripCellWidth(64, 128)).toBe(2);
    expect(stripCellWidth(4, 128)).toBe(14);
    expect(stripCellWidth(512, 128)).toBe(1);
  });
});

describe('meanAndDeviation', () => {
  it('gives the mean and the population standard deviation', () => {
    const { mean, deviation } = meanAndDeviation([1, 2, 3, 4]);
    expect(mean).toBe(2.5);
    expect(deviation).toBeCloseTo(Math.sqrt(1.25), 12);
  });
});
