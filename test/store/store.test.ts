// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useShallow } from 'zustand/react/shallow';
import {
  DEFAULT_SENTENCE,
  FIRST_SELECTION,
  modelChoices,
  replaceWholeWord,
  resetStore,
  selectRunStatus,
  selectShownTrace,
  selectSourceTokens,
  selectTensor,
  selectTranslation,
  useStore,
} from '../../src/store';
import type { ModelListing } from '../../src/worker/protocol';
import { completedRun, modelInfo, progress } from './fixtures';

const store = () => useStore.getState();
const listing: ModelListing = {
  name: 'en-fr',
  label: 'English → French',
  sourceLanguage: 'en',
  targetLanguage: 'fr',
};

beforeEach(() => resetStore());

describe('the store between tests', () => {
  it('resetStore brings back the first page state', () => {
    store().setSentence('something else');
    store().select({ layer: 1 });
    store().runStarted(3);
    resetStore();
    expect(store().sentence).toBe(DEFAULT_SENTENCE);
    expect(store().selection).toEqual(FIRST_SELECTION);
    expect(store().run.id).toBe(0);
  });

  it('each test starts from the default sentence, whatever the test before it typed', () => {
    expect(store().sentence).toBe(DEFAULT_SENTENCE);
    expect(store().run.status).toBe('idle');
    expect(store().lastGood).toBeNull();
  });
});

describe('model slice', () => {
  it('offers the built-in untrained model when no model is shipped', () => {
    expect(modelChoices([])).toEqual([
      expect.objectContaining({ key: 'untrained', trained: false }),
    ]);
    expect(store().modelKey).toBe('untrained');
  });

  it('pairs every shipped model with its untrained twin and picks the trained one first', () => {
    store().setModelListings([listing]);
    expect(store().models.map((m) => [m.key, m.trained])).toEqual([
      ['en-fr', true],
      ['untrained:en-fr', false],
    ]);
    expect(store().modelKey).toBe('en-fr');
    expect(store().modelStatus).toBe('loading');
  });

  it('a newly picked model clears the figures, not the translation in the sentence bar', () => {
    store().setModelListings([listing]);
    store().runStarted(1);
    store().runFinished(completedRun(1, ['hello'], 'bonjour'));
    store().selectModel('untrained:en-fr');
    expect(store().lastGood).toBeNull();
    expect(store().lastResult?.translation).toBe('bonjour');
  });

  it('ignores a pick that is not among the models', () => {
    store().selectModel('no-such-model');
    expect(store().modelKey).toBe('untrained');
  });

  it('ignores a load report for a model that is no longer picked', () => {
    store().setModelListings([listing]);
    store().modelLoaded(modelInfo());
    expect(store().modelInfo).toBeNull();
    expect(store().modelStatus).toBe('loading');
  });

  it('records a failed load with its error, for the picked model only', () => {
    const error = { code: 'worker_crashed', message: 'gone' } as const;
    store().modelFailed('en-fr', error);
    expect(store().modelStatus).toBe('loading');
    store().modelFailed('untrained', error);
    expect(store().modelStatus).toBe('failed');
    expect(store().modelError).toBe(error);
  });
});

describe('input slice', () => {
  it('replaces an unknown word wherever it stands alone, in any case', () => {
    expect(replaceWholeWord('Zebra and zebras, zebra.', 'zebra', 'horse')).toBe(
      'horse and zebras, horse.',
    );
    store().setSentence('the zebra was tired');
    store().replaceWord('zebra', 'animal');
    expect(store().sentence).toBe('the animal was tired');
  });

  it('treats the replaced word literally, not as a pattern', () => {
    expect(replaceWholeWord('a+b is a+b', 'a+b', 'sum')).toBe('sum is sum');
  });
});

describe('run slice', () => {
  it('streams stages into a new trace Map each time, so a selector sees every arrival', () => {
    store().runStarted(1);
    const before = selectShownTrace(store());
    store().stageReceived(progress(1, ['source']));
    const afterFirst = selectShownTrace(store());
    store().stageReceived(progress(1, ['source', 'enc.0']));
    expect(afterFirst).not.toBe(before);
    expect(selectShownTrace(store())).not.toBe(afterFirst);
    expect(store().run.stagesReceived).toEqual(['source', 'enc.0']);
  });

  it('drops stages, results and errors of a run that is not the newest', () => {
    store().runStarted(1);
    store().runStarted(2);
    store().stageReceived(progress(1, ['source']));
    store().runFinished(completedRun(1, ['old'], 'vieux'));
    store().runFailed(1, { code: 'empty_input', message: 'empty' });
    expect(store().run).toMatchObject({ id: 2, status: 'running', stagesReceived: [] });
    expect(store().lastGood).toBeNull();
  });

  it('never goes back to an older run id', () => {
    store().runStarted(5);
    store().runStarted(4);
    expect(store().run.id).toBe(5);
  });

  it('keeps the last good translation, greyed, when the next run fails', () => {
    store().runStarted(1);
    store().runFinished(completedRun(1, ['hello'], 'bonjour'));
    expect(selectTranslation(store())).toEqual({ text: 'bonjour', state: 'fresh' });
    store().runStarted(2);
    expect(selectTranslation(store())).toEqual({ text: 'bonjour', state: 'updating' });
    store().runFailed(2, { code: 'empty_input', message: 'Type a sentence.' });
    expect(selectTranslation(store())).toEqual({ text: 'bonjour', state: 'stale' });
    expect(selectTensor('src.embed')(store())?.shape).toEqual([2, 4]);
  });

  it('shows a finished run in the sentence bar at once, and gives it to the figures after', () => {
    store().runStarted(1);
    const first = completedRun(1, ['hello'], 'bonjour');
    store().resultArrived(first);
    expect(selectTranslation(store())).toEqual({ text: 'bonjour', state: 'fresh' });
    expect(selectSourceTokens(store())).toEqual(['hello', '<eos>']);
    expect(store().lastGood).toBeNull();
    store().runFinished(first);
    expect(store().lastGood).toBe(first);
    expect(store().run.result).toBe(first.result);
  });

  it('never gives the figures a run that a newer one replaced; its translation still stays', () => {
    store().runStarted(1);
    const first = completedRun(1, ['hello'], 'bonjour');
    store().resultArrived(first);
    store().runStarted(2);
    store().runFinished(first);
    expect(store().lastGood).toBeNull();
    store().runFailed(2, { code: 'empty_input', message: 'Type a sentence.' });
    expect(selectTranslation(store())).toEqual({ text: 'bonjour', state: 'stale' });
  });

  it('ignores a second ending of a run that has already ended', () => {
    store().runStarted(1);
    store().runFinished(completedRun(1, ['hello'], 'bonjour'));
    store().runFailed(1, { code: 'worker_crashed', message: 'gone' });
    expect(store().run.status).toBe('done');
  });
});

describe('selection slice', () => {
  it('stays at zero while nothing is loaded', () => {
    store().select({ layer: 3, head: 2, queryToken: 5, step: 1 });
    expect(store().selection).toEqual(FIRST_SELECTION);
  });

  it('is clamped to the model: layers, heads', () => {
    store().modelLoaded(modelInfo({ encoderLayers: 3, decoderLayers: 2, heads: 4 }));
    store().select({ layer: 10, head: -2 });
    expect(store().selection).toMatchObject({ layer: 2, head: 0 });
    store().select({ head: 3.4 });
    expect(store().selection.head).toBe(3);
  });

  it('is clamped to the run: query token within the source, step within the decoding', () => {
    store().runStarted(1);
    store().runFinished(completedRun(1, ['a', 'b', 'c'], 'x y'));
    store().select({ queryToken: 99, step: 99 });
    expect(store().selection).toMatchObject({ queryToken: 3, step: 1 });
    store().select({ queryToken: Number.NaN });
    expect(store().selection.queryToken).toBe(0);
  });

  it('shrinks to fit when a shorter sentence or a smaller model arrives', () => {
    store().modelLoaded(modelInfo({ heads: 8 }));
    store().runStarted(1);
    store().runFinished(completedRun(1, ['a', 'b', 'c', 'd'], 'x y z'));
    store().select({ head: 7, queryToken: 4, step: 2 });
    store().runStarted(2);
    store().runFinished(completedRun(2, ['a'], 'x'));
    expect(store().selection).toMatchObject({ head: 7, queryToken: 1, step: 0 });
    store().modelLoaded(modelInfo({ heads: 2 }));
    expect(store().selection.head).toBe(1);
  });
});

describe('selectors in components', () => {
  it('a useShallow selector re-renders on a status change but not on an unrelated one', () => {
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return useStore(useShallow(selectRunStatus));
    });
    const rendersAtStart = renders;
    act(() => store().setSentence('another sentence'));
    expect(renders).toBe(rendersAtStart);
    act(() => store().runStarted(1));
    expect(renders).toBe(rendersAtStart + 1);
    expect(result.current.status).toBe('running');
  });
});
