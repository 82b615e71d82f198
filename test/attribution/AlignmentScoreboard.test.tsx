// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useStore } from '../../src/store';
import { AlignmentScoreboard } from '../../src/views/attribution/AlignmentScoreboard';
import { MODEL_INFO, makeRun, storeRun } from '../views/runFixture';

const store = () => useStore.getState();
const { heads, decoderLayers } = MODEL_INFO.config;
/** Test-split scores as config.json would give them: head h of layer l scores (l + 1) · (h + 1) / 10. */
const TEST_SPLIT = Array.from({ length: decoderLayers }, (_, layer) => ({
  layer,
  perHead: Array.from({ length: heads }, (_, h) => ((layer + 1) * (h + 1)) / 10),
  averagedAccuracy: 0.35,
}));

/** The post's "i am a student" → "je suis étudiant", drawn from a seeded model's real weights. */
function postRun() {
  const run = storeRun(makeRun());
  return {
    ...run,
    result: {
      ...run.result,
      sourceTokens: ['i', 'am', 'a', 'student', '<eos>'],
      outputTokens: ['je', 'suis', 'étudiant', '<eos>'],
    },
  };
}

/** Right words of one head on that sentence, counted here from the weights by hand. */
function handScore(run: ReturnType<typeof postRun>, layer: number, head: number): number {
  const weights = run.trace.get(`dec.${layer}.cross.weights`);
  if (!weights) throw new Error('no weights');
  const [, rows, sources] = weights.shape;
  const gold = [
    [0, 0],
    [1, 1],
    [3, 2],
  ];
  let right = 0;
  for (const [source, output] of gold) {
    const row = Array.from(
      weights.data.subarray((head * rows + output) * sources, (head * rows + output + 1) * sources),
    );
    if (row.indexOf(Math.max(...row)) === source) right++;
  }
  return right;
}

beforeEach(() => resetStore());
afterEach(() => cleanup());

describe('AlignmentScoreboard', () => {
  it('shows each head’s test-split score and its score on a post sentence', () => {
    const run = postRun();
    useStore.setState({ modelInfo: { ...MODEL_INFO, alignment: TEST_SPLIT }, lastGood: run });
    render(<AlignmentScoreboard />);
    const board = screen.getByTestId('alignment-scoreboard');
    const switches = within(board).getAllByRole('button', { pressed: false });
    expect(switches).toHaveLength(heads * decoderLayers);
    for (const button of switches) {
      const layer = Number(button.dataset.layer);
      const head = Number(button.dataset.head);
      expect(Number(button.dataset.testSplit)).toBeCloseTo(((layer + 1) * (head + 1)) / 10, 6);
      expect(Number(button.dataset.liveCounted)).toBe(3);
      expect(Number(button.dataset.liveCorrect)).toBe(handScore(run, layer, head));
    }
    // The best head of each layer is the last one (its score is the largest).
    expect(within(board).getAllByText(/the layer’s best head/)).toHaveLength(decoderLayers);
    fireEvent.click(within(board).getByRole('button', { name: 'Show the scores as a table' }));
    const table = within(board).getByTestId('scoreboard-table');
    expect(within(table).getByText(`decoder layer 2, head ${heads} (best)`)).toBeTruthy();
    expect(within(table).getAllByText('35%')).toHaveLength(decoderLayers);
  });

  it('switches a head off through the page’s head switches', () => {
    useStore.setState({ modelInfo: { ...MODEL_INFO, alignment: TEST_SPLIT }, lastGood: postRun() });
    render(<AlignmentScoreboard />);
    const head = screen.getByRole('button', { name: /^decoder layer 2, head 3,/ });
    fireEvent.click(head);
    expect(store().ablatedHeads).toEqual([{ kind: 'dec-cross', layer: 1, head: 2 }]);
    expect(head.getAttribute('aria-pressed')).toBe('true');
  });

  it('says when the sentence has no gold alignment and the model no test-split scores', () => {
    useStore.setState({ modelInfo: MODEL_INFO, lastGood: storeRun(makeRun()) });
    render(<AlignmentScoreboard />);
    expect(screen.getByTestId('scoreboard-no-gold')).toBeTruthy();
    const board = screen.getByTestId('alignment-scoreboard');
    expect(within(board).getByText(/no test-split scores in this model/)).toBeTruthy();
    const first = within(board).getAllByRole('button', { pressed: false })[0];
    expect(first.dataset.liveCorrect).toBeUndefined();
    expect(first.dataset.testSplit).toBeUndefined();
  });
});
