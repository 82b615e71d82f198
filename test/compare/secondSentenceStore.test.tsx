// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RUN_SECTIONS } from '../../src/app/compare/postSections';
import {
  secondSentenceState,
  secondSentenceStore,
} from '../../src/app/compare/secondSentenceStore';
import { resetStore, useStore, type AppState } from '../../src/store';
import { SELF_ATTENTION_HIGH_LEVEL } from '../../src/views/attention';
import { SectionStoreContext } from '../../src/views/figureStore';
import { SECTIONS } from '../../src/views/sections';
import { modelInfo, progress } from '../store/fixtures';
import { CONFIG, engineRun } from './runs';

const store = () => useStore.getState();

beforeEach(() => {
  resetStore();
  store().modelLoaded(modelInfo(CONFIG));
});
afterEach(() => cleanup());

/** The first sentence's run on screen and the second's finished, as the two engines report. */
function bothRuns() {
  const first = engineRun(1, ['the', 'animal', 'was', 'tired']);
  const second = engineRun(1, ['the', 'animal', 'was', 'wide']);
  store().runStarted(1);
  store().runFinished(first);
  store().setCompareSentence('the animal was wide');
  store().compareRunStarted(1);
  store().compareRunFinished(second);
  return { first, second };
}

describe('the second sentence’s view of the store', () => {
  it('puts the second run where figures read a run, and keeps the rest of the page', () => {
    const { second } = bothRuns();
    const seen = secondSentenceState(store());
    expect(seen.lastGood).toBe(second);
    expect(seen.lastResult).toBe(second.result);
    expect(seen.run).toMatchObject({ status: 'done', trace: second.trace });
    expect(seen.sentence).toBe('the animal was wide');
    expect(seen.selection).toBe(store().selection);
    expect(seen.modelInfo).toBe(store().modelInfo);
    expect(seen.select).toBe(store().select);
  });

  it('never shows the first sentence’s run in flight, nor a run before the second has one', () => {
    bothRuns();
    store().runStarted(2);
    store().stageReceived(progress(2, ['source']));
    const seen = secondSentenceState(store());
    expect(seen.run.status).toBe('done');
    expect(seen.run.trace).toBe(store().compareRun.completed?.trace);
    resetStore();
    expect(secondSentenceState(store()).lastGood).toBeNull();
  });

  it('gives one state object per page state, and tells each listener only of real changes', () => {
    bothRuns();
    const derived = secondSentenceStore(useStore);
    expect(derived.getState()).toBe(derived.getState());
    const heard: [AppState, AppState][] = [];
    const other: AppState[] = [];
    const stop = derived.subscribe((state, previous) => heard.push([state, previous]));
    const stopOther = derived.subscribe((state) => other.push(state));
    store().select({ head: 2 });
    expect(heard).toHaveLength(1);
    expect(other).toHaveLength(1);
    expect(heard[0][0].selection.head).toBe(2);
    expect(heard[0][1].selection.head).toBe(0);
    stop();
    stopOther();
    store().select({ head: 3 });
    expect(heard).toHaveLength(1);
  });
});

describe('a section of the page under the second sentence’s store', () => {
  it('draws the second sentence’s numbers with the shared selection', () => {
    const { first, second } = bothRuns();
    store().select({ layer: 1, head: 2, queryToken: 1 });
    const { container } = render(
      <SectionStoreContext.Provider value={secondSentenceStore(useStore)}>
        <SELF_ATTENTION_HIGH_LEVEL.Component />
      </SectionStoreContext.Provider>,
    );
    const drawn = [...container.querySelectorAll('line.attn-line')]
      .map((line) => [
        Number(line.getAttribute('data-key')),
        Number(line.getAttribute('data-weight')),
      ])
      .sort((a, b) => a[0] - b[0])
      .map(([, weight]) => weight);
    const row = (run: typeof first) => {
      const weights = run.trace.get('enc.1.self.weights');
      if (!weights) throw new Error('no weights');
      const S = weights.shape[1];
      return [...weights.data.subarray((2 * S + 1) * S, (2 * S + 2) * S)];
    };
    expect(drawn).toEqual(row(second));
    expect(drawn).not.toEqual(row(first));
  });

  it('every section the compare view offers is one of the page’s, in the page’s order', () => {
    const order = SECTIONS.map((s) => s.id);
    const offered = RUN_SECTIONS.map((s) => s.id);
    expect(offered.length).toBeGreaterThan(10);
    expect(offered).toEqual(order.filter((id) => offered.includes(id)));
    expect(offered).not.toContain('training-lab');
    expect(offered).not.toContain('loss-function');
  });
});
