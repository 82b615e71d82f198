import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BOS, EOS, REFERENCE_CONFIG, type ModelConfig } from '../../src/engine/model/config';
import { initParams } from '../../src/engine/model/params';
import { randomInt, seededRandom } from '../../src/engine/random';
import { selectCpuBackend } from './tfjsBackend';
import { positionalEncoding } from './tfjsLayers';
import {
  disposeAll,
  referenceForward,
  referenceGreedy,
  referenceLoss,
  toTfParams,
  type TfParams,
  type TrainingPair,
} from './tfjsTransformer';
import { expectedTraceShapes } from './traceShapes';

const INTERLEAVED_CONFIG: ModelConfig = {
  ...REFERENCE_CONFIG,
  dModel: 48,
  heads: 6,
  dFF: 96,
  encoderLayers: 1,
  decoderLayers: 3,
  srcVocabSize: 40,
  tgtVocabSize: 50,
  positionalLayout: 'interleaved',
};

/** Ids of ordinary words (past the four special tokens), seeded. */
function randomIds(seed: number, length: number, vocabularySize: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length }, () => 4 + randomInt(random, vocabularySize - 4));
}

function valuesOf(trace: Map<string, tf.Tensor>, name: string): Float32Array {
  const t = trace.get(name);
  if (!t) throw new Error(`the trace has no "${name}"`);
  return t.dataSync() as Float32Array;
}

/** Rows of width `width` from a flat buffer. */
function rowsOf(values: Float32Array, width: number): Float32Array[] {
  const rows: Float32Array[] = [];
  for (let start = 0; start < values.length; start += width) {
    rows.push(values.subarray(start, start + width));
  }
  return rows;
}

const sum = (values: ArrayLike<number>) => Array.from(values).reduce((a, b) => a + b, 0);

beforeAll(selectCpuBackend);

describe('positional encoding', () => {
  it('interleaved (§3.5) puts sin on even and cos on odd dimensions, d = 4', () => {
    const table = positionalEncoding(3, 4, 'interleaved');
    const rows = rowsOf(table.dataSync() as Float32Array, 4);
    for (let pos = 0; pos < 3; pos++) {
      // 10000^(2i/d) is 1 for i = 0 and 100 for i = 1.
      const expected = [Math.sin(pos), Math.cos(pos), Math.sin(pos / 100), Math.cos(pos / 100)];
      expected.forEach((value, column) => expect(rows[pos][column]).toBeCloseTo(value, 6));
    }
    table.dispose();
  });

  it('concatenated (Tensor2Tensor) puts all sines first and all cosines second, d = 4', () => {
    const table = positionalEncoding(3, 4, 'concatenated');
    const rows = rowsOf(table.dataSync() as Float32Array, 4);
    for (let pos = 0; pos < 3; pos++) {
      // n = 2 frequencies: inv_0 = 1, inv_1 = exp(−ln 10000) = 1/10000.
      const expected = [Math.sin(pos), Math.sin(pos / 1e4), Math.cos(pos), Math.cos(pos / 1e4)];
      expected.forEach((value, column) => expect(rows[pos][column]).toBeCloseTo(value, 6));
    }
    table.dispose();
  });
});

describe.each([
  ['the reference configuration', REFERENCE_CONFIG],
  ['an interleaved configuration with 6 heads', INTERLEAVED_CONFIG],
])('referenceForward on %s', (_label, config) => {
  const srcIds = [...randomIds(11, 6, config.srcVocabSize), EOS];
  const tgtIds = [BOS, ...randomIds(12, 4, config.tgtVocabSize)];
  let params: TfParams;
  let trace: Map<string, tf.Tensor>;

  beforeAll(() => {
    params = toTfParams(initParams(config, 5));
    trace = referenceForward(params, config, srcIds, tgtIds);
    return () => {
      disposeAll(trace);
      disposeAll(params);
    };
  });

  it('records exactly the trace names of the contract, each with its shape', () => {
    const expected = expectedTraceShapes(config, srcIds.length, tgtIds.length);
    expect([...trace.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [name, shape] of expected) expect(trace.get(name)?.shape, name).toEqual(shape);
  });

  it('softmax(rows) sums each row of every attention and of the output to 1', () => {
    const names = [...trace.keys()].filter((n) => n.endsWith('.weights') || n === 'out.probs');
    for (const name of names) {
      const t = trace.get(name) as tf.Tensor;
      for (const row of rowsOf(valuesOf(trace, name), t.shape[t.shape.length - 1])) {
        expect(sum(row), name).toBeCloseTo(1, 5);
      }
    }
  });

  it('hides later target positions from the decoder: −∞ before softmax, weight 0 after', () => {
    const length = tgtIds.length;
    for (let l = 0; l < config.decoderLayers; l++) {
      const scaled = valuesOf(trace, `dec.${l}.self.scaled`);
      const weights = valuesOf(trace, `dec.${l}.self.weights`);
      for (let index = 0; index < scaled.length; index++) {
        const query = Math.floor(index / length) % length;
        const key = index % length;
        if (key > query) {
          expect(scaled[index]).toBe(-Infinity);
          expect(weights[index]).toBe(0);
        } else {
          expect(Number.isFinite(scaled[index])).toBe(true);
          expect(weights[index]).toBeGreaterThan(0);
        }
      }
    }
  });

  it('scales the raw scores by 1/√d_k where nothing is masked', () => {
    const scores = valuesOf(trace, 'enc.0.self.scores');
    const scaled = valuesOf(trace, 'enc.0.self.scaled');
    const scale = Math.sqrt(config.dModel / config.heads);
    scores.forEach((score, i) => expect(scaled[i]).toBeCloseTo(score / scale, 5));
  });

  it('LayerNorm with fresh weights (γ = 1, β = 0) gives rows of mean 0 and variance 1', () => {
    for (const name of ['enc.0.norm1', `dec.${config.decoderLayers - 1}.norm3`]) {
      for (const row of rowsOf(valuesOf(trace, name), config.dModel)) {
        const mean = sum(row) / row.length;
        const variance = sum(row.map((x) => (x - mean) ** 2)) / row.length;
        expect(mean, name).toBeCloseTo(0, 5);
        expect(variance, name).toBeCloseTo(1, 3);
      }
    }
  });

  it('changing the last target token leaves every earlier output row unchanged', () => {
    const changed = [...tgtIds.slice(0, -1), tgtIds[tgtIds.length - 1] === 5 ? 6 : 5];
    const other = referenceForward(params, config, srcIds, changed);
    const before = rowsOf(valuesOf(trace, 'out.probs'), config.tgtVocabSize);
    const after = rowsOf(valuesOf(other, 'out.probs'), config.tgtVocabSize);
    for (let t = 0; t < tgtIds.length - 1; t++) expect(after[t]).toEqual(before[t]);
    expect(after[tgtIds.length - 1]).not.toEqual(before[tgtIds.length - 1]);
    disposeAll(other);
  });
});

describe('referenceLoss', () => {
  const config = INTERLEAVED_CONFIG;
  const pairs: TrainingPair[] = [3, 5].map((length, i) => {
    const words = randomIds(20 + i, length, config.tgtVocabSize);
    return {
      src: [...randomIds(30 + i, length + 1, config.srcVocabSize), EOS],
      tgtIn: [BOS, ...words],
      tgtOut: [...words, EOS],
    };
  });
  let params: TfParams;

  beforeAll(() => {
    params = toTfParams(initParams(config, 8));
    return () => disposeAll(params);
  });

  /** p(v | position t) of each pair, from the teacher-forced forward pass. */
  const probabilitiesOf = (pair: TrainingPair) => {
    const trace = referenceForward(params, config, pair.src, pair.tgtIn);
    const rows = rowsOf(valuesOf(trace, 'out.probs').slice(), config.tgtVocabSize);
    disposeAll(trace);
    return rows;
  };

  it('without smoothing is the mean of −log p(target) over every token of every pair', () => {
    const negativeLogs = pairs.flatMap((pair) =>
      probabilitiesOf(pair).map((row, t) => -Math.log(row[pair.tgtOut[t]])),
    );
    const loss = referenceLoss(params, config, pairs, 0);
    expect(loss.dataSync()[0]).toBeCloseTo(sum(negativeLogs) / negativeLogs.length, 4);
    loss.dispose();
  });

  it('with smoothing ε is −Σ q log p for q = (1 − ε)·onehot + ε/V, averaged', () => {
    const epsilon = 0.1;
    const V = config.tgtVocabSize;
    const perToken = pairs.flatMap((pair) =>
      probabilitiesOf(pair).map((row, t) => {
        let crossEntropy = 0;
        row.forEach((p, v) => {
          const q = (v === pair.tgtOut[t] ? 1 - epsilon : 0) + epsilon / V;
          crossEntropy -= q * Math.log(p);
        });
        return crossEntropy;
      }),
    );
    const loss = referenceLoss(params, config, pairs, epsilon);
    expect(loss.dataSync()[0]).toBeCloseTo(sum(perToken) / perToken.length, 4);
    loss.dispose();
  });

  it("its gradient for the generator's bias is the mean of (p − q) over tokens", () => {
    const epsilon = 0.1;
    const V = config.tgtVocabSize;
    const expected = new Float64Array(V);
    let tokens = 0;
    for (const pair of pairs) {
      probabilitiesOf(pair).forEach((row, t) => {
        row.forEach((p, v) => {
          expected[v] += p - ((v === pair.tgtOut[t] ? 1 - epsilon : 0) + epsilon / V);
        });
        tokens++;
      });
    }
    const bias = params.get('generator.bias') as tf.Tensor;
    const gradient = tf.grad((b: tf.Tensor) => {
      const withBias = new Map(params).set('generator.bias', b);
      return referenceLoss(withBias, config, pairs, epsilon);
    })(bias);
    const found = gradient.dataSync();
    expected.forEach((total, v) => expect(found[v]).toBeCloseTo(total / tokens, 5));
    gradient.dispose();
  });

  it('gives every parameter a finite, non-zero gradient', () => {
    const variables = new Map([...params].map(([name, t]) => [name, tf.variable(t, true, name)]));
    const { value, grads } = tf.variableGrads(() => referenceLoss(variables, config, pairs, 0.1));
    expect(Object.keys(grads).sort()).toEqual([...variables.keys()].sort());
    for (const [name, gradient] of Object.entries(grads)) {
      const values = gradient.dataSync();
      expect(values.every(Number.isFinite), name).toBe(true);
      expect(
        values.some((g) => g !== 0),
        name,
      ).toBe(true);
    }
    value.dispose();
    tf.dispose(grads);
    disposeAll(variables);
  });
});

describe('referenceGreedy', () => {
  it('picks at each step the most probable token of the teacher-forced pass over its output', () => {
    const config = REFERENCE_CONFIG;
    const params = toTfParams(initParams(config, 3));
    const srcIds = [...randomIds(40, 7, config.srcVocabSize), EOS];
    const output = referenceGreedy(params, config, srcIds, 6);
    expect(output).toHaveLength(6);

    const trace = referenceForward(params, config, srcIds, [BOS, ...output.slice(0, -1)]);
    const rows = rowsOf(valuesOf(trace, 'out.probs'), config.tgtVocabSize);
    rows.forEach((row, t) => expect(row.indexOf(Math.max(...row))).toBe(output[t]));
    disposeAll(trace);
    disposeAll(params);
  });
});

describe('toTfParams', () => {
  it('copies the numbers, so later changes to the engine weights do not reach tfjs', () => {
    const params = initParams(REFERENCE_CONFIG, 1);
    const converted = toTfParams(params);
    const bias = params.get('generator.bias');
    bias?.data.fill(7);
    expect(Array.from(converted.get('generator.bias')?.dataSync() ?? [])).not.toContain(7);
    disposeAll(converted);
  });
});
