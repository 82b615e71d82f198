import { describe, expect, it } from 'vitest';
import { tensor } from '../../src/engine/tensor';
import type { ProbeSnapshot } from '../../src/worker/trainingListener';
import {
  MAX_CURVE_POINTS,
  averagedCurve,
  lossChartLayout,
} from '../../src/views/training-lab/lossChartLayout';
import {
  antiDiagonalShare,
  diagonalShare,
  headWeights,
  probeLayers,
  probeMatrix,
} from '../../src/views/training-lab/probeAttention';

const chart = (losses: number[], heldOut: { step: number; loss: number }[] = []) =>
  lossChartLayout({
    lossStart: 1,
    losses,
    heldOut,
    firstStep: 0,
    lastStep: 100,
    floor: 0.5,
    width: 500,
    height: 200,
  });

describe('the loss chart layout', () => {
  it('places each step at its loss: later steps to the right, lower losses lower down', () => {
    const layout = chart([3, 2, 1]);
    const [first, second, third] = layout.trainPoints;
    expect(layout.trainPoints.map((p) => p.step)).toEqual([1, 2, 3]);
    expect(second.x).toBeGreaterThan(first.x);
    expect(third.y).toBeGreaterThan(second.y);
    const drawn = layout.trainPath
      .split(/[ML]/)
      .filter(Boolean)
      .map((xy) => xy.split(',').map(Number));
    expect(drawn).toHaveLength(3);
    expect(drawn[0][0]).toBeCloseTo(first.x, 2);
    expect(drawn[0][1]).toBeCloseTo(first.y, 2);
  });

  it('spans the whole run on the x axis, from its first step to its last, whatever is trained yet', () => {
    const layout = chart([3]);
    expect(layout.xTicks[0]).toEqual({ value: 0, at: layout.plot.left });
    expect(layout.xTicks.at(-1)).toEqual({ value: 100, at: layout.plot.right });
  });

  it('keeps the highest loss and the floor inside the plot', () => {
    const layout = chart([4.2, 3], [{ step: 0, loss: 4.5 }]);
    for (const p of [...layout.trainPoints, ...layout.heldOutPoints]) {
      expect(p.y).toBeGreaterThanOrEqual(layout.plot.top);
      expect(p.y).toBeLessThanOrEqual(layout.plot.bottom);
    }
    expect(layout.floorY).toBeGreaterThan(layout.trainPoints[1].y);
    expect(layout.floorY).toBeLessThan(layout.plot.bottom);
  });

  it('averages a long run into at most MAX_CURVE_POINTS points, each the mean of its steps', () => {
    const losses = Array.from({ length: 1000 }, (_, i) => i % 3);
    const curve = averagedCurve(1, losses);
    expect(curve.length).toBeLessThanOrEqual(MAX_CURVE_POINTS);
    // Buckets of 3 steps: 0, 1, 2 → mean 1, centred on the middle step.
    expect(curve[0]).toEqual({ step: 2, loss: 1 });
    expect(averagedCurve(5, [1, 2])).toEqual([
      { step: 5, loss: 1 },
      { step: 6, loss: 2 },
    ]);
  });
});

/** A probe with two heads over source "a b <eos>" and target "b a <eos>". */
function probe(): ProbeSnapshot {
  // cross (h=2, T=3, S=3): head 0 on the diagonal, head 1 on the anti-diagonal of the words.
  const cross = tensor(
    [2, 3, 3],
    Float32Array.from([1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 0, 1, 0, 0, 0, 0, 1]),
  );
  const self = tensor([1, 3, 3], Float32Array.from([1, 0, 0, 0.5, 0.5, 0, 0.2, 0.3, 0.5]));
  return {
    step: 12,
    sourceTokens: ['a', 'b', '<eos>'],
    decoderInputs: ['<bos>', 'b', 'a'],
    expectedOutputs: ['b', 'a', '<eos>'],
    modelOutputs: ['b', 'a', '<eos>'],
    attention: new Map([
      ['enc.0.self.weights', self],
      ['dec.0.self.weights', self],
      ['dec.0.cross.weights', cross],
    ]),
  };
}

describe('the probe attention', () => {
  it('labels rows and columns by kind: decoder rows are the words written, keys what is read', () => {
    const p = probe();
    expect(probeMatrix(p, 'encoder-self', 0, 0)).toMatchObject({
      rowTokens: ['a', 'b', '<eos>'],
      colTokens: ['a', 'b', '<eos>'],
    });
    expect(probeMatrix(p, 'decoder-self', 0, 0)).toMatchObject({
      rowTokens: ['b', 'a', '<eos>'],
      colTokens: ['<bos>', 'b', 'a'],
    });
    expect(probeMatrix(p, 'cross', 0, 1)).toMatchObject({
      rows: 3,
      cols: 3,
      colTokens: ['a', 'b', '<eos>'],
    });
    expect(probeMatrix(p, 'cross', 1, 0)).toBeNull();
    expect(probeMatrix(p, 'cross', 0, 2)).toBeNull();
    expect(probeLayers(p, 'cross')).toBe(1);
  });

  it('averages the heads cell by cell', () => {
    const mean = headWeights(
      probe().attention.get('dec.0.cross.weights') ?? tensor([0]),
      'average',
    );
    expect(Array.from(mean)).toEqual([0.5, 0.5, 0, 0.5, 0.5, 0, 0, 0, 1]);
  });

  it('measures the diagonal and the anti-diagonal over the words, leaving <eos> out', () => {
    const p = probe();
    const diagonalHead = probeMatrix(p, 'cross', 0, 0);
    const antiHead = probeMatrix(p, 'cross', 0, 1);
    const mean = probeMatrix(p, 'cross', 0, 'average');
    if (!diagonalHead || !antiHead || !mean) throw new Error('missing matrix');
    expect([diagonalShare(diagonalHead), antiDiagonalShare(diagonalHead)]).toEqual([1, 0]);
    expect([diagonalShare(antiHead), antiDiagonalShare(antiHead)]).toEqual([0, 1]);
    expect([diagonalShare(mean), antiDiagonalShare(mean)]).toEqual([0.5, 0.5]);
  });
});
