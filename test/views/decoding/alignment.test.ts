import { describe, expect, it } from 'vitest';
import { initParams, REFERENCE_CONFIG, translate } from '../../../src/engine';
import {
  alignmentMatrix,
  crossedPairs,
  describeAlignment,
  strongestColumns,
} from '../../../src/views/decoding/alignment';

const config = REFERENCE_CONFIG;
const trace = translate(initParams(config, 7), config, [5, 9, 12, 2], { kind: 'greedy' });
const weights = trace.tensors.get('dec.1.cross.weights');
if (!weights) throw new Error('the trace has no dec.1.cross.weights');
const [heads, targetLength, sourceLength] = weights.shape;
const rows = trace.steps.length;

describe('alignmentMatrix', () => {
  it('gives one head’s rows exactly as the trace holds them', () => {
    const matrix = alignmentMatrix(weights, 2, rows);
    expect(matrix.length).toBe(rows * sourceLength);
    for (let t = 0; t < rows; t++) {
      for (let s = 0; s < sourceLength; s++) {
        const inTrace = weights.data[(2 * targetLength + t) * sourceLength + s];
        expect(matrix[t * sourceLength + s]).toBe(inTrace);
      }
    }
  });

  it('averages the heads into rows that still sum to 1', () => {
    const matrix = alignmentMatrix(weights, 'average', rows);
    for (let t = 0; t < rows; t++) {
      let sum = 0;
      let expected = 0;
      for (let s = 0; s < sourceLength; s++) sum += matrix[t * sourceLength + s];
      for (let h = 0; h < heads; h++)
        expected += weights.data[(h * targetLength + t) * sourceLength];
      expect(sum).toBeCloseTo(1, 5);
      expect(matrix[t * sourceLength]).toBeCloseTo(expected / heads, 6);
    }
  });
});

describe('strongest links', () => {
  const matrix = Float32Array.from([0.1, 0.7, 0.2, 0.6, 0.3, 0.1, 0.2, 0.2, 0.6]);

  it('strongestColumns picks each row’s largest weight', () => {
    expect(strongestColumns(matrix, 3, 3)).toEqual([1, 0, 2]);
  });

  it('crossedPairs finds rows whose strongest columns come in the opposite order', () => {
    expect(crossedPairs([1, 0, 2])).toEqual([[0, 1]]);
    expect(crossedPairs([0, 1, 1, 2])).toEqual([]);
  });

  it('describes a reordering only when the strongest links cross', () => {
    const crossing = describeAlignment(
      ['une', 'pomme', 'rouge', '<eos>'],
      ['a', 'red', 'apple', '<eos>'],
      [0, 2, 1, 3],
    );
    expect(crossing).toContain('une → a, pomme → apple, rouge → red');
    expect(crossing).toContain('The order crosses: "rouge" comes after "pomme"');
    expect(crossing).not.toContain('<eos> →');
    const straight = describeAlignment(['je', 'suis'], ['i', 'am'], [0, 1]);
    expect(straight).toContain('keep the source');
    expect(straight).not.toContain('crosses');
  });

  it('finds in a real trace the source position each row weighs most', () => {
    const matrix = alignmentMatrix(weights, 'average', rows);
    const strongest = strongestColumns(matrix, rows, sourceLength);
    strongest.forEach((column, t) => {
      const row = Array.from(matrix.subarray(t * sourceLength, (t + 1) * sourceLength));
      expect(row[column]).toBe(Math.max(...row));
      expect(row.indexOf(Math.max(...row))).toBe(column);
    });
  });
});

describe('describeAlignment of a long translation', () => {
  it('spells out the first ten links and leaves the rest to the figure', () => {
    const words = Array.from({ length: 14 }, (_, i) => `w${i}`);
    const text = describeAlignment(
      words,
      words,
      words.map((_, i) => i),
    );
    expect(text).toContain('w9 → w9, and 4 more in the figure.');
    expect(text).not.toContain('w10 →');
  });
});
