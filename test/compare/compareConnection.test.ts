// @vitest-environment jsdom
import '@vitest/web-worker';
import { waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectCompare } from '../../src/app/compare/compareConnection';
import { connectEngine } from '../../src/app/engineConnection';
import { resetStore, useStore } from '../../src/store';

const store = () => useStore.getState();
const MODELS_URL = 'http://localhost:3000/models/';
const LONG = { timeout: 20_000 };
const stops: (() => void)[] = [];

beforeEach(() => resetStore());
afterEach(() => stops.splice(0).forEach((stop) => stop()));

describe('the second sentence’s engine', () => {
  it('runs beside the sentence in the box: neither run cancels the other', async () => {
    const main = connectEngine({ modelsUrl: MODELS_URL });
    stops.push(main.disconnect);
    await waitFor(() => expect(store().run.status).toBe('done'), LONG);
    stops.push(connectCompare({ modelsUrl: MODELS_URL }));
    store().setCompareSentence('i am a teacher');
    store().setSentence('i am a student');
    await waitFor(() => {
      expect(store().lastGood?.result.sentence).toBe('i am a student');
      expect(store().compareRun.completed?.result.sentence).toBe('i am a teacher');
    }, LONG);
    expect(store().compareRun.status).toBe('done');
    expect(store().run.status).toBe('done');
  });

  it('gives the numbers the main engine gives for the same sentence', async () => {
    const main = connectEngine({ modelsUrl: MODELS_URL });
    stops.push(main.disconnect);
    await waitFor(() => expect(store().run.status).toBe('done'), LONG);
    store().setCompareSentence('i am a teacher');
    stops.push(connectCompare({ modelsUrl: MODELS_URL }));
    await waitFor(() => expect(store().compareRun.status).toBe('done'), LONG);
    store().setSentence('i am a teacher');
    await waitFor(() => expect(store().lastGood?.result.sentence).toBe('i am a teacher'), LONG);
    const second = store().compareRun.completed;
    const first = store().lastGood;
    expect(second?.result.translation).toBe(first?.result.translation);
    const weights = (run: typeof first) => [...(run?.trace.get('enc.0.self.weights')?.data ?? [])];
    expect(weights(second).length).toBeGreaterThan(0);
    expect(weights(second)).toEqual(weights(first));
  });

  it('follows the picked decoding, and says why a second sentence cannot run', async () => {
    const main = connectEngine({ modelsUrl: MODELS_URL });
    stops.push(main.disconnect);
    await waitFor(() => expect(store().run.status).toBe('done'), LONG);
    stops.push(connectCompare({ modelsUrl: MODELS_URL }));
    store().setCompareSentence('i am a teacher');
    await waitFor(() => expect(store().compareRun.status).toBe('done'), LONG);
    store().setDecoding({ kind: 'beam', beamSize: 3, returnBeams: 2, lengthPenalty: 0.6 });
    await waitFor(() => expect(store().compareRun.completed?.result.beams).toHaveLength(2), LONG);
    store().setCompareSentence('   ');
    await waitFor(() => expect(store().compareRun.status).toBe('failed'), LONG);
    expect(store().compareRun.error?.code).toBe('empty_input');
    expect(store().compareRun.completed?.result.sentence).toBe('i am a teacher');
  });
});
