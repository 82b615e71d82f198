import { describe, expect, it } from 'vitest';
import { initParams, REFERENCE_CONFIG, forwardTrace } from '../../../src/engine';
import { BOS, EOS } from '../../../src/engine/model/config';
import { crossEntropyForward } from '../../../src/engine/train/loss';
import {
  LABEL_SMOOTHING,
  columnsWorthShowing,
  crossEntropy,
  lossPerPosition,
  lossTotals,
  oneHot,
  smoothedTarget,
  wordBars,
} from '../../../src/views/training-recap/targets';

const config = REFERENCE_CONFIG;
const vocab = config.tgtVocabSize;
const targetIds = Int32Array.from([7, 19, 33, EOS]);
const traceTensors = forwardTrace(
  initParams(config, 5),
  config,
  [6, 11, 2],
  [BOS, ...targetIds.slice(0, -1)],
);
const logits = traceTensors.get('out.logits');
const probs = traceTensors.get('out.probs');
if (!logits || !probs) throw new Error('no output layer in the trace');

describe('target distributions', () => {
  it('oneHot puts a single 1 at the word’s index', () => {
    const vector = oneHot(3, 6);
    expect(Array.from(vector)).toEqual([0, 0, 0, 1, 0, 0]);
  });

  it('smoothedTarget keeps 1 − ε + ε/V on the word, ε/V on every other, and sums to 1', () => {
    const vector = smoothedTarget(2, 50, 0.1);
    expect(vector[2]).toBeCloseTo(0.9 + 0.1 / 50, 6);
    expect(vector[0]).toBeCloseTo(0.1 / 50, 7);
    expect(vector.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });
});

describe('crossEntropy', () => {
  it('against a one-hot target is −ln of the target word’s probability', () => {
    expect(crossEntropy(oneHot(1, 3), [0.2, 0.5, 0.3])).toBeCloseTo(-Math.log(0.5), 12);
  });

  it('ignores words the target gives no mass, even with probability 0', () => {
    expect(crossEntropy(oneHot(0, 3), [1, 0, 0])).toBe(0);
  });

  it('is infinite when the model gives the target word probability 0', () => {
    expect(crossEntropy(smoothedTarget(0, 2, 0.1), [1, 0])).toBe(Infinity);
  });
});

describe('lossPerPosition', () => {
  const losses = lossPerPosition(targetIds, probs.data, vocab, LABEL_SMOOTHING);

  it('agrees with the training loss on a teacher-forced run of the engine', () => {
    const totals = lossTotals(losses);
    const training = crossEntropyForward(
      new Float32Array(targetIds.length * vocab),
      logits.data.slice(0, targetIds.length * vocab),
      targetIds,
      targetIds.length,
      vocab,
      LABEL_SMOOTHING,
    );
    expect(totals.smoothedMean).toBeCloseTo(training.loss, 4);
    expect(totals.oneHotMean).toBeCloseTo(training.crossEntropy, 4);
  });

  it('reads each position’s probability of its own target word', () => {
    losses.forEach((loss, t) => {
      expect(loss.targetId).toBe(targetIds[t]);
      expect(loss.targetProbability).toBe(probs.data[t * vocab + targetIds[t]]);
      expect(loss.oneHotLoss).toBeCloseTo(-Math.log(loss.targetProbability), 10);
    });
  });

  it('totals add the positions up and average them', () => {
    const totals = lossTotals(losses);
    expect(totals.smoothedSum).toBeCloseTo(
      losses.reduce((s, l) => s + l.smoothedLoss, 0),
      12,
    );
    expect(totals.smoothedMean).toBeCloseTo(totals.smoothedSum / losses.length, 12);
  });
});

describe('columnsWorthShowing', () => {
  it('keeps every target word and each row’s most probable words, in vocabulary order', () => {
    const rows = Float32Array.from([0.1, 0.6, 0.3, 0.0, 0.5, 0.1, 0.0, 0.4]);
    expect(columnsWorthShowing([3, 0], [rows], 4, 1)).toEqual([0, 1, 3]);
    expect(columnsWorthShowing([3, 0], [rows], 4, 2)).toEqual([0, 1, 2, 3]);
  });
});

describe('wordBars', () => {
  it('puts word i in slot i of an axis shared by every target, so two targets line up', () => {
    const hot = wordBars(oneHot(848, 1837), 800, 80, 848, 6);
    const smooth = wordBars(smoothedTarget(848, 1837, 0.1), 800, 80, 848, 6);
    for (const id of [0, 17, 848, 1836]) {
      expect(hot[id].x).toBe(smooth[id].x);
      expect(hot[id].width).toBe(smooth[id].width);
    }
    expect(hot[1836].x + hot[1836].width).toBeCloseTo(800, 9);
  });

  it('draws the chosen word at least as wide as asked, centred on its slot, as tall as p', () => {
    const [bar] = wordBars(oneHot(848, 1837), 800, 80, 848, 6).slice(848);
    expect(bar.width).toBe(6);
    expect(bar.x + bar.width / 2).toBeCloseTo((848.5 * 800) / 1837, 9);
    expect(bar.height).toBe(80);
  });

  it('keeps a tiny share visible as a 1 px floor, and no bar where p is 0', () => {
    const smooth = wordBars(smoothedTarget(3, 1837, 0.1), 800, 80, 3, 6);
    expect(smooth[0].height).toBe(1);
    expect(wordBars(oneHot(3, 1837), 800, 80, 3, 6)[0].height).toBe(0);
  });
});
