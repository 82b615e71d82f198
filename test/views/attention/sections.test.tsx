// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useStore } from '../../../src/store';
import type { CompletedRun } from '../../../src/worker/runTypes';
import {
  ATTENTION_MAPS,
  MANY_HEADS_LINES,
  SELF_ATTENTION_HIGH_LEVEL,
  SELF_ATTENTION_IN_DETAIL,
} from '../../../src/views/attention';
import { headRow } from '../../../src/views/attention/headSlices';
import { config, IT, itSentenceTrace, sourceTokens, targetTokens, traceTensor } from './fixtures';

const trace = itSentenceTrace();

/** The fixture's run as the store holds it once the worker has finished. */
function completedRun(): CompletedRun {
  return {
    id: 1,
    stagesReceived: ['source', 'enc.0', 'enc.1', 'decoder', 'output'],
    trace: trace.tensors,
    steps: trace.steps,
    stepTokens: targetTokens(trace).slice(1),
    result: {
      sentence: sourceTokens.slice(0, -1).join(' '),
      srcIds: trace.srcIds,
      sourceTokens,
      tgtIds: trace.tgtIds,
      targetTokens: targetTokens(trace),
      outputIds: trace.outputIds,
      outputTokens: targetTokens(trace).slice(1),
      steps: trace.steps,
      translation: targetTokens(trace).slice(1).join(' '),
      unknownWords: null,
      beam: null,
      beams: [],
    },
    timings: {
      totalMs: 1,
      computeMs: 1,
      packMs: 0,
      stages: 5,
      traceBytes: 0,
      roundTripMs: 1,
      transferMs: 0,
    },
  };
}

beforeEach(() => {
  resetStore();
  useStore.getState().modelLoaded({
    ref: { kind: 'untrained', basedOn: null },
    trained: false,
    config,
    parameterCount: 0,
    languages: { source: 'en', target: 'fr' },
  });
});
afterEach(cleanup);

function finishRun() {
  act(() => {
    useStore.setState({ lastGood: completedRun() });
  });
}

describe('attention sections', () => {
  it('wait for a run, then open on “it” with the lines of the selected layer and head', () => {
    const { container } = render(<SELF_ATTENTION_HIGH_LEVEL.Component />);
    expect(screen.getByText(/appears when the first run has finished/)).toBeTruthy();
    act(() => useStore.getState().select({ layer: 1, head: 2 }));
    finishRun();
    expect(useStore.getState().selection.queryToken).toBe(IT);
    const row = headRow(traceTensor('enc.1.self.weights'), 2, IT);
    const lines = container.querySelectorAll<SVGLineElement>('line.attn-line');
    expect(Array.from(lines, (l) => Number(l.dataset.weight)).sort((a, b) => a - b)).toEqual(
      Array.from(row).sort((a, b) => a - b),
    );
    expect(screen.getByRole('note').textContent).toMatch(/untrained/);
  });

  it('share one selection: a word chosen in the step-through moves the token view', () => {
    finishRun();
    const { container } = render(
      <>
        <SELF_ATTENTION_HIGH_LEVEL.Component />
        <SELF_ATTENTION_IN_DETAIL.Component />
      </>,
    );
    const words = screen.getByRole('group', { name: 'Chosen word' });
    fireEvent.click(within(words).getByRole('button', { name: 'street' }));
    expect(useStore.getState().selection.queryToken).toBe(5);
    const chosen = container.querySelector('.attn-token-query[data-chosen="true"]');
    expect(chosen?.textContent).toBe('street');
  });

  it('select a layer and head from the small multiples for every view', () => {
    finishRun();
    render(
      <>
        <MANY_HEADS_LINES.Component />
        <ATTENTION_MAPS.Component />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Layer 1, head 4' }));
    expect(useStore.getState().selection).toMatchObject({ layer: 0, head: 3 });
    const firstHead = screen.getByRole('group', { name: 'First head' });
    expect(
      within(firstHead).getByRole('button', { name: 'First head 4' }).getAttribute('aria-pressed'),
    ).toBe('true');
  });
});
