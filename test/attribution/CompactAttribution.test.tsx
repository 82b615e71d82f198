// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useStore } from '../../src/store';
import { CompactAttribution } from '../../src/views/attribution/CompactAttribution';
import { compactRows, shouldPick } from '../../src/views/attribution/compact';
import { MODEL_INFO, makeRun, storeRun } from '../views/runFixture';

const store = () => useStore.getState();
const f = (...values: number[]) => new Float32Array(values);
const methods = {
  rollout: { method: 'rollout', rollout: { source: f(0.1, 0.5, 0.2, 0.1, 0.1), prefix: f(1) } },
  saliency: { method: 'saliency', saliency: { source: f(0.1, 0.2, -0.9, 0.1, 0), logProb: -1 } },
} as const;

beforeEach(() => resetStore());
afterEach(() => cleanup());

describe('compact attribution', () => {
  it('names the strongest source word of rollout and of gradient × input, by size', () => {
    const rows = compactRows(methods);
    expect(rows.map((r) => [r.method, r.strongest])).toEqual([
      ['rollout', 1],
      ['saliency', 2],
    ]);
  });

  it('asks for its word only on screen, for the page’s own run, when another is explained', () => {
    const view = { onScreen: true, ownRun: true, position: 2, target: 0 };
    expect(shouldPick(view)).toBe(true);
    expect(shouldPick({ ...view, onScreen: false })).toBe(false);
    expect(shouldPick({ ...view, ownRun: false })).toBe(false);
    expect(shouldPick({ ...view, target: 2 })).toBe(false);
  });

  it('picks the section’s word in the page’s store and draws the attributions that arrive', () => {
    const run = storeRun(makeRun());
    useStore.setState({ modelInfo: MODEL_INFO, lastGood: run });
    render(<CompactAttribution position={2} />);
    expect(store().attributionWord).toBe(2);
    expect(screen.getByRole('status').textContent).toMatch(/Working out/);

    act(() => {
      store().attributionStarted(5, run.id, 2);
      store().attributionReceived(5, methods.rollout);
      store().attributionReceived(5, methods.saliency);
    });
    const strip = screen.getByTestId('compact-attribution');
    const rows = within(strip).getAllByRole('row');
    expect(rows.map((r) => r.dataset.strongest)).toEqual(['machines', 'are']);
    const values = [...rows[1].querySelectorAll('td')].map((td) => Number(td.dataset.value));
    expect(values).toEqual(Array.from(methods.saliency.saliency.source));
    expect(within(strip).getByRole('button', { name: /See every method for/ })).toBeTruthy();
  });

  it('says so when its word cannot be explained, instead of working on it for ever', () => {
    const run = storeRun(makeRun());
    useStore.setState({ modelInfo: MODEL_INFO, lastGood: run });
    render(<CompactAttribution position={2} />);
    act(() => {
      store().attributionStarted(5, run.id, 2);
      store().attributionFailed(5, {
        code: 'invalid_request',
        message: 'This word cannot be explained: no such word.',
      });
    });
    expect(screen.getByRole('status').textContent).toBe(
      'This word cannot be explained: no such word.',
    );
  });

  it('leaves the page’s word alone for a run that is not the page’s own', () => {
    const run = storeRun(makeRun());
    useStore.setState({ modelInfo: MODEL_INFO, lastGood: run });
    render(<CompactAttribution position={2} run={{ ...run, id: 2 }} />);
    expect(store().attributionWord).toBeNull();
    expect(screen.getByText(/for the sentence in the box only/)).toBeTruthy();
  });
});
