import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAD } from '../../src/engine/model/config';
import { initParams } from '../../src/engine/model/params';
import { makeBatch } from '../../src/engine/train';
import { randomPairs, referencePair, TINY_CONFIG } from '../train/fixtures';
import { selectCpuBackend } from './tfjsBackend';
import { batchedLoss, toBatchIds, type BatchIds, type FlatBatch } from './tfjsBatchedLoss';
import { disposeAll, referenceLoss, toTfParams, type TfParams } from './tfjsTransformer';

const config = TINY_CONFIG;
/** Five pairs of 2 to 8 words: every sentence but the longest on each side is padded. */
const pairs = randomPairs(61, 5, config, 2, 8);
const TOLERANCE = 1e-5;

function disposeIds(ids: BatchIds): void {
  tf.dispose([ids.src, ids.tgtIn, ids.tgtOut]);
}

/** The same batch with `extra` more <pad> columns on each side. */
function widened(batch: FlatBatch, extra: number): FlatBatch {
  const widen = (ids: ArrayLike<number>, length: number) => {
    const wider = new Int32Array(batch.batchSize * (length + extra)).fill(PAD);
    for (let b = 0; b < batch.batchSize; b++) {
      for (let t = 0; t < length; t++) wider[b * (length + extra) + t] = ids[b * length + t];
    }
    return wider;
  };
  return {
    ...batch,
    src: widen(batch.src, batch.srcLength),
    tgtIn: widen(batch.tgtIn, batch.tgtLength),
    tgtOut: widen(batch.tgtOut, batch.tgtLength),
    srcLength: batch.srcLength + extra,
    tgtLength: batch.tgtLength + extra,
  };
}

/** The largest |a − b| over two equally long lists. */
function largestDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let largest = 0;
  for (let i = 0; i < a.length; i++) largest = Math.max(largest, Math.abs(a[i] - b[i]));
  return largest;
}

beforeAll(selectCpuBackend);

describe('batchedLoss', () => {
  let params: TfParams;
  let ids: BatchIds;

  beforeAll(() => {
    params = toTfParams(initParams(config, 13));
    ids = toBatchIds(makeBatch(pairs));
    return () => {
      disposeIds(ids);
      disposeAll(params);
    };
  });

  it('pads sentences of different lengths on both sides', () => {
    const shortestSource = Math.min(...pairs.map((p) => p.src.length));
    const shortestTarget = Math.min(...pairs.map((p) => p.tgt.length));
    expect(shortestSource + 1).toBeLessThan(ids.src.shape[1]);
    expect(shortestTarget + 1).toBeLessThan(ids.tgtIn.shape[1]);
  });

  it.each([0, 0.1])('equals referenceLoss of the unpadded pairs, ε = %s', (epsilon) => {
    const batched = batchedLoss(params, config, ids, epsilon);
    const reference = referenceLoss(params, config, pairs.map(referencePair), epsilon);
    const [found, expected] = [batched.dataSync()[0], reference.dataSync()[0]];
    expect(Math.abs(found - expected)).toBeLessThanOrEqual(TOLERANCE);
    tf.dispose([batched, reference]);
  });

  it('more <pad> columns change nothing: padded keys are hidden and padded tokens unscored', () => {
    const wider = toBatchIds(widened(makeBatch(pairs), 3));
    const tight = batchedLoss(params, config, ids, 0.1);
    const padded = batchedLoss(params, config, wider, 0.1);
    expect(Math.abs(padded.dataSync()[0] - tight.dataSync()[0])).toBeLessThanOrEqual(TOLERANCE);
    tf.dispose([tight, padded]);
    disposeIds(wider);
  });

  it("gives every parameter referenceLoss's gradient (tf.grads) within 1e-5", () => {
    const names = [...params.keys()];
    const lossOf =
      (loss: (withParams: TfParams) => tf.Scalar) =>
      (...values: tf.Tensor[]) =>
        loss(new Map(names.map((name, i) => [name, values[i]])));
    const values = names.map((name) => params.get(name) as tf.Tensor);
    const batched = tf.grads(lossOf((p) => batchedLoss(p, config, ids, 0.1)))(values);
    const reference = tf.grads(
      lossOf((p) => referenceLoss(p, config, pairs.map(referencePair), 0.1)),
    )(values);
    names.forEach((name, i) => {
      const expected = reference[i].dataSync();
      expect(largestDifference(batched[i].dataSync(), expected), name).toBeLessThanOrEqual(
        TOLERANCE,
      );
      // Every parameter, both embedding tables included, takes part in the loss.
      expect(
        expected.some((g) => g !== 0),
        name,
      ).toBe(true);
    });
    tf.dispose([...batched, ...reference]);
  });

  it('refuses decoder inputs and outputs of different shapes', () => {
    const shorter = tf.slice(ids.tgtOut, [0, 0], [-1, ids.tgtOut.shape[1] - 1]);
    expect(() => batchedLoss(params, config, { ...ids, tgtOut: shorter }, 0.1)).toThrow(
      /same shape/,
    );
    shorter.dispose();
  });
});
