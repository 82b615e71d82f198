// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BEAM_LENGTH_PENALTY, resetStore, useStore } from '../../../src/store';
import { BeamSection } from '../../../src/views/decoding/BeamSection';
import { scoreGreedy } from '../../../src/views/decoding/beamSummary';
import { realRun, showRun } from './fixtures';

const beamOf = (beamSize: number) =>
  ({ kind: 'beam', beamSize, returnBeams: beamSize, lengthPenalty: BEAM_LENGTH_PENALTY }) as const;
const greedy = realRun({ kind: 'greedy' }, 33, undefined, 1);
const beam3 = realRun(beamOf(3), 33, undefined, 2);
const beam1 = realRun(beamOf(1), 33, undefined, 3);

function shownResults() {
  const table = screen.getByTestId('beam-results');
  return within(table)
    .getAllByRole('row')
    .filter((r) => r.hasAttribute('data-node-id'))
    .map((r) => {
      const cells = r.querySelectorAll('td');
      return {
        nodeId: Number(r.getAttribute('data-node-id')),
        words: cells[0].textContent ?? '',
        logProb: Number(cells[1].getAttribute('data-value')),
        score: Number(cells[3].getAttribute('data-value')),
      };
    });
}

beforeEach(() => resetStore());
afterEach(cleanup);

describe('the beam search figure', () => {
  it('draws every hypothesis with the score and status the search gave it', () => {
    showRun(beam3);
    render(<BeamSection />);
    const result = beam3.trace.beam;
    if (!result) throw new Error('no beam in the trace');
    const tree = screen.getByTestId('beam-tree');
    const boxes = tree.querySelectorAll('[data-node-id]');
    expect(boxes).toHaveLength(result.nodes.length);
    for (const box of boxes) {
      const node = result.nodes[Number(box.getAttribute('data-node-id'))];
      expect(Number(box.getAttribute('data-score'))).toBe(node.score);
      expect(box.getAttribute('data-status')).toBe(node.parent === -1 ? 'root' : node.status);
    }
    const statuses = new Set(result.nodes.slice(1).map((n) => n.status));
    expect(statuses.has('pruned')).toBe(true);
  });

  it('ranks the returned translations with the search’s own scores, best first', () => {
    showRun(beam3);
    render(<BeamSection />);
    const result = beam3.trace.beam;
    if (!result) throw new Error('no beam in the trace');
    const shown = shownResults();
    expect(shown.map((r) => r.nodeId)).toEqual(result.best);
    shown.forEach((row) => {
      expect(row.score).toBe(result.nodes[row.nodeId].score);
      expect(row.logProb).toBe(result.nodes[row.nodeId].logProb);
    });
    expect(shown[0].words).toContain(beam3.run.result.outputTokens.join(' '));
  });

  it('sets greedy decoding’s result beside the beams, scored the same way, from the beam run alone', () => {
    showRun(beam3);
    render(<BeamSection />);
    const row = screen.getByTestId('greedy-row');
    const expected = scoreGreedy(
      greedy.trace.steps,
      greedy.run.result.outputTokens,
      BEAM_LENGTH_PENALTY,
    );
    expect(row.textContent).toContain(greedy.run.result.outputTokens.join(' '));
    expect(Number(row.querySelectorAll('td')[3].getAttribute('data-value'))).toBe(expected.score);
  });

  it('finds with beam size 1 exactly greedy decoding’s translation and score', () => {
    expect(Array.from(beam1.trace.outputIds)).toEqual(Array.from(greedy.trace.outputIds));
    showRun(greedy);
    render(<BeamSection />);
    showRun(beam1);
    const [best] = shownResults();
    const expected = scoreGreedy(
      greedy.trace.steps,
      greedy.run.result.outputTokens,
      BEAM_LENGTH_PENALTY,
    );
    expect(best.score).toBeCloseTo(expected.score, 5);
    expect(screen.getByTestId('greedy-row').textContent).toContain('(the same as beam 1)');
  });

  it('shows a greedy run as such, then greedy’s result beside the beams of the next beam run', () => {
    showRun(greedy);
    render(<BeamSection />);
    expect(screen.getByTestId('beam-off')).toBeDefined();
    showRun(realRun(beamOf(2), 33, undefined, 4));
    expect(screen.getByTestId('greedy-row').textContent).toContain(
      greedy.run.result.outputTokens.join(' '),
    );
  });

  it('asks the store for the beam size and number of translations the reader picks', () => {
    render(<BeamSection />);
    fireEvent.change(screen.getByLabelText('beam size'), { target: { value: '4' } });
    expect(useStore.getState().decoding).toEqual({ ...beamOf(4), returnBeams: 2 });
    fireEvent.change(screen.getByLabelText('translations returned'), { target: { value: '3' } });
    expect(useStore.getState().decoding).toEqual({ ...beamOf(4), returnBeams: 3 });
    act(() => fireEvent.click(screen.getByLabelText('greedy')));
    expect(useStore.getState().decoding).toEqual({ kind: 'greedy' });
  });
});
