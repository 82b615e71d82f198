import { beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useStore } from '../../src/store';

beforeEach(resetStore);

describe('where il/elle is decided, in the store', () => {
  const state = () => useStore.getState();
  const reason = {
    kind: 'nothingToDecide',
    reason: 'French to English',
    why: 'fromFrench',
  } as const;

  it('is asked for one model, sent once, and takes only its own answer', () => {
    state().askDecision('shipped:en-fr');
    expect(state().decision.status).toBe('wanted');
    state().decisionStarted(4, 'shipped:en-fr');
    expect(state().decision).toMatchObject({ id: 4, status: 'running' });
    state().decisionArrived(3, reason);
    expect(state().decision.status).toBe('running');
    state().decisionArrived(4, reason);
    expect(state().decision).toMatchObject({ status: 'done', outcome: reason });
  });

  it('is not started for a model other than the one asked about', () => {
    state().askDecision('shipped:en-fr');
    state().decisionStarted(5, 'shipped:fr-en');
    expect(state().decision).toMatchObject({ id: 0, status: 'wanted' });
  });
});
