import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SENTENCE, resetStore, useStore } from '../../src/store';
import { secondSentenceFor } from '../../src/store/compareSlice';
import { completedRun } from '../store/fixtures';

const store = () => useStore.getState();
const error = { code: 'empty_input', message: 'Type a sentence.' } as const;

beforeEach(() => resetStore());

describe('the compare slice', () => {
  it('opens on the post’s pair: the sentence in the box, with “wide” for “tired”', () => {
    store().openCompare();
    expect(store().view).toBe('compare');
    expect(store().compareSentence).toBe(DEFAULT_SENTENCE.replace('tired', 'wide'));
    expect(secondSentenceFor('I am tired, so tired')).toBe('I am wide, so wide');
    expect(secondSentenceFor('a red apple')).toBe('a red apple');
  });

  it('keeps a second sentence already chosen, and takes one given', () => {
    store().setCompareSentence('the cat');
    store().openCompare();
    expect(store().compareSentence).toBe('the cat');
    store().openCompare('the dog');
    expect(store().compareSentence).toBe('the dog');
  });

  it('takes only the newest run’s answers, and keeps the last finished run while another runs', () => {
    store().compareRunStarted(1);
    store().compareRunStarted(2);
    store().compareRunFinished(completedRun(1, ['old'], 'vieux'));
    expect(store().compareRun.completed).toBeNull();
    store().compareRunFinished(completedRun(2, ['new'], 'nouveau'));
    expect(store().compareRun).toMatchObject({ id: 2, status: 'done' });
    store().compareRunStarted(3);
    expect(store().compareRun.completed?.result.translation).toBe('nouveau');
    store().compareRunFailed(2, error);
    expect(store().compareRun.status).toBe('running');
    store().compareRunFailed(3, error);
    expect(store().compareRun).toMatchObject({ status: 'failed', error });
    expect(store().compareRun.completed?.result.translation).toBe('nouveau');
  });

  it('a reset forgets the run, so that a new engine can number its runs from 1', () => {
    store().compareRunStarted(5);
    store().compareReset();
    store().compareRunStarted(1);
    expect(store().compareRun).toMatchObject({ id: 1, status: 'running', completed: null });
  });

  it('the comparison never touches the sentence in the box or its run', () => {
    store().runStarted(1);
    store().openCompare();
    store().compareRunStarted(1);
    store().compareRunFinished(completedRun(1, ['the', 'dog'], 'le chien'));
    expect(store().sentence).toBe(DEFAULT_SENTENCE);
    expect(store().run).toMatchObject({ id: 1, status: 'running' });
  });
});
