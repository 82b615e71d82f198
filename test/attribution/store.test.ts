import { beforeEach, describe, expect, it } from 'vitest';
import type { Attribution } from '../../src/engine/attribution';
import { resetStore, selectAttributionTarget, useStore } from '../../src/store';
import { completedRun } from '../store/fixtures';

const rollout: Attribution = {
  method: 'rollout',
  rollout: { source: new Float32Array([0.5, 0.5]), prefix: new Float32Array([0]) },
};

beforeEach(resetStore);

describe('the word to explain', () => {
  const showRun = (translation: string) =>
    useStore.setState({ lastGood: completedRun(7, ['it', 'was', 'tired'], translation) });

  it('is the pronoun of the translation by default, else its first word', () => {
    showRun("parce qu' il était fatigué");
    expect(selectAttributionTarget(useStore.getState())?.position).toBe(2);
    showRun('le chat');
    expect(selectAttributionTarget(useStore.getState())?.position).toBe(0);
  });

  it("is the reader's pick while the translation has that word", () => {
    showRun("parce qu' il était fatigué");
    useStore.getState().pickAttributionWord(3);
    expect(selectAttributionTarget(useStore.getState())).toMatchObject({ runId: 7, position: 3 });
    showRun('le chat');
    expect(selectAttributionTarget(useStore.getState())?.position).toBe(0);
  });

  it('is nothing before a translation', () => {
    expect(selectAttributionTarget(useStore.getState())).toBeNull();
  });
});

describe('attributions in the store', () => {
  it('keeps only the newest request, each method as it arrives', () => {
    const state = () => useStore.getState();
    state().attributionStarted(3, 7, 1);
    state().attributionStarted(2, 7, 0);
    expect(state().attribution).toMatchObject({ id: 3, status: 'running' });
    state().attributionReceived(2, rollout);
    expect(state().attribution.methods).toEqual({});
    state().attributionReceived(3, rollout);
    expect(state().attribution.methods.rollout).toBe(rollout);
    state().attributionFinished(3, 12.5);
    expect(state().attribution).toMatchObject({ status: 'done', computeMs: 12.5 });
  });
});
