import { describe, expect, it } from 'vitest';
import { alignmentAccuracy, emptyTally, tallyAlignment } from '../../src/evaluation/alignment';
import { tensor } from '../../src/engine/tensor';

/** Weights (h, T, S) from nested rows, one block per head. */
function weights(perHead: number[][][]): ReturnType<typeof tensor> {
  const heads = perHead.length;
  const rows = perHead[0].length;
  const cols = perHead[0][0].length;
  return tensor([heads, rows, cols], Float32Array.from(perHead.flat(2)));
}

describe('alignment accuracy', () => {
  it('counts a head right when its strongest source word is the gold-aligned one', () => {
    // "a red apple" → "une pomme rouge": une↔a (0,0), pomme↔apple (2,1), rouge↔red (1,2).
    const gold: [number, number][] = [
      [0, 0],
      [2, 1],
      [1, 2],
    ];
    const crossWeights = weights([
      // head 0 follows the alignment, including the reordering
      [
        [0.7, 0.1, 0.1, 0.1],
        [0.1, 0.1, 0.7, 0.1],
        [0.1, 0.7, 0.1, 0.1],
      ],
      // head 1 walks the diagonal, less sharply, and misses the swap
      [
        [0.7, 0.1, 0.1, 0.1],
        [0.1, 0.6, 0.2, 0.1],
        [0.1, 0.2, 0.6, 0.1],
      ],
    ]);
    const tally = emptyTally(2);
    tallyAlignment(tally, crossWeights, gold, 3);
    const result = alignmentAccuracy(tally);
    expect(result.perHead).toEqual([1, 1 / 3]);
    expect(result.bestHead).toBe(0);
    expect(result.bestHeadAccuracy).toBe(1);
    // The sharper head wins the average: row 1 averages to [.1, .35, .45, .1].
    expect(tally.counted).toBe(3);
    expect(result.averagedAccuracy).toBe(1);
  });

  it('skips output words that have no gold link', () => {
    const crossWeights = weights([
      [
        [0.9, 0.1],
        [0.9, 0.1],
      ],
    ]);
    const tally = emptyTally(1);
    tallyAlignment(tally, crossWeights, [[0, 1]], 2);
    expect(tally.counted).toBe(1);
    expect(alignmentAccuracy(tally).bestHeadAccuracy).toBe(1);
  });

  it('reads links the other way round when the target language is first in the pair', () => {
    const crossWeights = weights([[[0.2, 0.8]]]);
    const tally = emptyTally(1);
    tallyAlignment(tally, crossWeights, [[0, 1]], 1, false);
    expect(alignmentAccuracy(tally).bestHeadAccuracy).toBe(1);
  });
});
