/**
 * The engine's forward pass against an independent implementation of the same model in tfjs
 * (test/reference), on the same weights: every intermediate of the trace, by name.
 */
import type * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forwardTrace, greedyDecode, type HeadAblation } from '../../src/engine';
import { BOS, EOS, REFERENCE_CONFIG, type ModelConfig } from '../../src/engine/model/config';
import { initParams } from '../../src/engine/model/params';
import { randomInt, seededRandom } from '../../src/engine/random';
import type { Tensor } from '../../src/engine/tensor';
import { selectCpuBackend } from '../reference/tfjsBackend';
import {
  disposeAll,
  referenceForward,
  referenceGreedy,
  toTfParams,
} from '../reference/tfjsTransformer';

const TOLERANCE = 1e-5;

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

interface Case {
  label: string;
  config: ModelConfig;
  seed: number;
  sourceWords: number;
  targetWords: number;
}

const CASES: Case[] = [
  {
    label: 'reference config, 9 source / 7 target',
    config: REFERENCE_CONFIG,
    seed: 1,
    sourceWords: 8,
    targetWords: 6,
  },
  {
    label: 'reference config, 3 source / 12 target',
    config: REFERENCE_CONFIG,
    seed: 2,
    sourceWords: 2,
    targetWords: 11,
  },
  {
    label: 'interleaved d 48 × 6 heads, 13 / 5',
    config: INTERLEAVED_CONFIG,
    seed: 3,
    sourceWords: 12,
    targetWords: 4,
  },
  {
    label: 'interleaved d 48 × 6 heads, <eos> / <bos> only',
    config: INTERLEAVED_CONFIG,
    seed: 4,
    sourceWords: 0,
    targetWords: 0,
  },
];

/** Ids of ordinary words (past the four special tokens), seeded. */
function randomIds(seed: number, length: number, vocabularySize: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length }, () => 4 + randomInt(random, vocabularySize - 4));
}

/**
 * The largest |engine − reference| over a tensor. Infinite entries (the causal mask's −∞) must be
 * the same infinity in both and count as no difference; a NaN anywhere makes the result NaN.
 */
function largestDifference(engine: Float32Array, reference: Float32Array): number {
  let largest = 0;
  for (let i = 0; i < engine.length; i++) {
    const a = engine[i];
    const b = reference[i];
    if (!Number.isFinite(a) || !Number.isFinite(b)) {
      if (a !== b) return Number.NaN;
      continue;
    }
    largest = Math.max(largest, Math.abs(a - b));
  }
  return largest;
}

/** Largest difference per trace name over every case, printed once at the end. */
const largestByName = new Map<string, number>();

function printDifferenceTable(): void {
  if (largestByName.size === 0) return;
  const width = Math.max(...[...largestByName.keys()].map((name) => name.length));
  // Runs of different depths add names in different places: list them in the model's order.
  const section = (name: string) => ['src', 'enc', 'tgt', 'dec', 'out'].indexOf(name.split('.')[0]);
  const rows = [...largestByName].sort(([a], [b]) => section(a) - section(b));
  const lines = rows.map(
    ([name, difference]) => `${name.padEnd(width)}  ${difference.toExponential(2)}`,
  );
  // A NaN (an infinity in one trace only) ranks worst.
  const [worstName, overall] = [...largestByName].reduce((worst, entry) =>
    Number.isNaN(worst[1]) || entry[1] <= worst[1] ? worst : entry,
  );
  console.log(
    [
      `engine vs tfjs reference: largest |difference| per trace name over ${CASES.length} runs`,
      ...lines,
      `overall largest: ${overall.toExponential(2)} (${worstName}), tolerance ${TOLERANCE}`,
    ].join('\n'),
  );
}

beforeAll(selectCpuBackend);
afterAll(printDifferenceTable);

describe.each(CASES)('engine forwardTrace vs tfjs on $label', (testCase) => {
  const { config, seed } = testCase;
  const srcIds = [...randomIds(100 + seed, testCase.sourceWords, config.srcVocabSize), EOS];
  const tgtIds = [BOS, ...randomIds(200 + seed, testCase.targetWords, config.tgtVocabSize)];
  let engineTrace: Map<string, Tensor>;
  let referenceTrace: Map<string, tf.Tensor>;

  beforeAll(() => {
    const params = initParams(config, seed);
    const tfParams = toTfParams(params);
    engineTrace = forwardTrace(params, config, srcIds, tgtIds);
    referenceTrace = referenceForward(tfParams, config, srcIds, tgtIds);
    disposeAll(tfParams);
    return () => disposeAll(referenceTrace);
  });

  it('records the same set of trace names', () => {
    expect([...engineTrace.keys()].sort()).toEqual([...referenceTrace.keys()].sort());
  });

  it(`matches every intermediate within ${TOLERANCE}, with −∞ exactly where the mask hides`, () => {
    for (const [name, engineTensor] of engineTrace) {
      const reference = referenceTrace.get(name);
      if (!reference) throw new Error(`the engine records "${name}", the reference does not`);
      expect([...engineTensor.shape], name).toEqual(reference.shape);
      const difference = largestDifference(engineTensor.data, reference.dataSync() as Float32Array);
      largestByName.set(name, Math.max(largestByName.get(name) ?? 0, difference));
      expect(difference, name).toBeLessThanOrEqual(TOLERANCE);
    }
  });
});

describe.each([
  ['the reference config', REFERENCE_CONFIG],
  ['the interleaved config', INTERLEAVED_CONFIG],
])('engine greedy decoding (KV cache) vs tfjs recomputing, on %s', (_label, config) => {
  const steps = 8;
  const srcIds = [...randomIds(300, 9, config.srcVocabSize), EOS];

  it(`chooses the same ${steps} tokens, each step's logits within ${TOLERANCE} of the reference`, () => {
    const params = initParams(config, 9);
    const tfParams = toTfParams(params);
    const engine = greedyDecode(params, config, srcIds, { maxSteps: steps, stopAtEos: false });
    const referenceIds = referenceGreedy(tfParams, config, srcIds, steps);
    expect(Array.from(engine.outputIds)).toEqual(referenceIds);

    // With the causal mask, row t of a teacher-forced pass over the output is step t's logits.
    const trace = referenceForward(tfParams, config, srcIds, [BOS, ...referenceIds.slice(0, -1)]);
    const logits = trace.get('out.logits')?.dataSync() as Float32Array;
    const V = config.tgtVocabSize;
    engine.stepLogits.forEach((stepLogits, t) => {
      const difference = largestDifference(stepLogits, logits.subarray(t * V, (t + 1) * V));
      expect(difference, `step ${t}`).toBeLessThanOrEqual(TOLERANCE);
    });
    disposeAll(trace);
    disposeAll(tfParams);
  });
});

describe('engine with heads switched off vs tfjs with the same heads off', () => {
  const config = INTERLEAVED_CONFIG;
  const ablation: HeadAblation = [
    { kind: 'enc', layer: 0, head: 4 },
    { kind: 'dec-self', layer: 2, head: 0 },
    { kind: 'dec-cross', layer: 1, head: 5 },
    { kind: 'dec-cross', layer: 1, head: 2 },
  ];
  const srcIds = [...randomIds(400, 8, config.srcVocabSize), EOS];
  const tgtIds = [BOS, ...randomIds(401, 6, config.tgtVocabSize)];

  it(`matches every intermediate within ${TOLERANCE}`, () => {
    const params = initParams(config, 10);
    const tfParams = toTfParams(params);
    const engineTrace = forwardTrace(params, config, srcIds, tgtIds, ablation);
    const referenceTrace = referenceForward(tfParams, config, srcIds, tgtIds, ablation);
    const plainReference = referenceForward(tfParams, config, srcIds, tgtIds);
    for (const [name, engineTensor] of engineTrace) {
      const reference = referenceTrace.get(name)?.dataSync() as Float32Array;
      expect(largestDifference(engineTensor.data, reference), name).toBeLessThanOrEqual(TOLERANCE);
    }
    // The switched-off heads made a difference the reference sees too.
    const plainLogits = plainReference.get('out.logits')?.dataSync() as Float32Array;
    const logits = engineTrace.get('out.logits')?.data ?? new Float32Array();
    expect(largestDifference(logits, plainLogits)).toBeGreaterThan(TOLERANCE);
    disposeAll(referenceTrace);
    disposeAll(plainReference);
    disposeAll(tfParams);
  });

  it('greedy decoding (KV cache) chooses the tokens the reference chooses', () => {
    const params = initParams(config, 11);
    const tfParams = toTfParams(params);
    const steps = 8;
    const engine = greedyDecode(params, config, srcIds, {
      maxSteps: steps,
      stopAtEos: false,
      ablatedHeads: ablation,
    });
    expect(Array.from(engine.outputIds)).toEqual(
      referenceGreedy(tfParams, config, srcIds, steps, ablation),
    );
    disposeAll(tfParams);
  });
});
