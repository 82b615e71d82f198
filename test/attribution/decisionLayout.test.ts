import { describe, expect, it } from 'vitest';
import type { Decision, TwinDecision } from '../../src/engine/attribution';
import {
  carryingSublayer,
  decisionSentences,
  divergingBars,
  strongestHeads,
} from '../../src/views/attribution/decisionLayout';

/** A twin whose margin is `margin`, with two heads and two sublayers shifting it as given. */
function twin(margin: number, headShifts: number[], sublayerShifts: number[]): TwinDecision {
  return {
    outputIds: [5, 6, 2],
    step: 1,
    pronounId: 6,
    firstProbability: 0.5,
    secondProbability: 0.5,
    margin,
    heads: headShifts.map((shift, head) => ({ kind: 'dec-self', layer: 0, head, shift })),
    sublayers: sublayerShifts.map((shift, layer) => ({ kind: 'dec-self', layer, shift })),
    saliency: [],
    pronounAttention: [],
  };
}

describe('the il/elle decision figure', () => {
  it('scales diverging bars by the largest size, each on its own side', () => {
    const bars = divergingBars(['a', 'b'], [2, -4]);
    expect(bars.map((b) => [b.share, b.towardFirst])).toEqual([
      [0.5, true],
      [1, false],
    ]);
  });

  it('lists the heads that move the margin most, either way', () => {
    const strongest = strongestHeads(twin(1, [0.1, -3, 2], []), 2);
    expect(strongest.map((h) => h.head)).toEqual([1, 2]);
  });

  it('finds the sublayer that pushes toward the other pronoun', () => {
    // m = −2 favours elle: the push toward il is the positive shift.
    expect(carryingSublayer(twin(-2, [], [-1, 3, 1])).layer).toBe(1);
  });

  it('says which sublayer flips each sentence and that no single head decides alone', () => {
    const tired = twin(4, [-1, 0], [-6, -1]);
    const wide = twin(-5, [2, 0], [1, 9]);
    const decision: Decision = {
      twins: [tired, wide],
      ranking: [{ kind: 'dec-self', layer: 0, head: 0, carried: 1, flips: [false, false] }],
    };
    const said = decisionSentences(decision, ['tired', 'wide'], ['il', 'elle']);
    expect(said[0]).toBe(
      'For “tired” the model writes “il”; the part that carries it most is the decoder ' +
        'self-attention of layer 1: switching all its heads off turns “il” into “elle” for “tired”.',
    );
    expect(said[1]).toContain('decoder self-attention of layer 2');
    expect(said[1]).toContain('turns “elle” into “il” for “wide”');
    expect(said[2]).toContain('decoder self-attention, layer 1, head 1');
    expect(said[2]).toContain('no one head decides alone');
  });
});
