// @vitest-environment jsdom
import '@vitest/web-worker';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectEngine, type EngineConnection } from '../../src/app/engineConnection';
import { SentenceBar } from '../../src/app/SentenceBar';
import { UntrainedNotice } from '../../src/app/UntrainedNotice';
import { useEngine } from '../../src/app/useEngine';
import { DEFAULT_SENTENCE, resetStore, useStore } from '../../src/store';
import { startEngineWorker } from '../../src/worker/client';
import { expectedTranslation } from '../e2e/expected';

const store = () => useStore.getState();

/**
 * The page fetches public/models/… from its own origin; here the origin is jsdom's, so serve the
 * project's public folder as a static server would, to run the shipped models as the page does.
 */
function servePublicFolder(): void {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = join('public', decodeURIComponent(new URL(href).pathname));
    if (!existsSync(path))
      return new Response('not found', { status: 404, statusText: 'Not Found' });
    return new Response(new Uint8Array(readFileSync(path)), { status: 200 });
  });
}

beforeEach(() => {
  resetStore();
  servePublicFolder();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The page's frame without its figures: the sentence box, connected to a real worker. */
function Frame() {
  useEngine();
  return (
    <>
      <UntrainedNotice />
      <SentenceBar />
    </>
  );
}

describe('the sentence box, with the engine in a worker', () => {
  it('translates the default sentence, then each new sentence typed, as the engine does', async () => {
    render(<Frame />);
    const translation = () => screen.getByTestId('translation');
    await waitFor(() => expect(translation().dataset.state).toBe('fresh'), { timeout: 20_000 });
    expect(translation().textContent).toBe(expectedTranslation(DEFAULT_SENTENCE));
    // The page opens with a shipped, trained model: no warning about random weights.
    expect(screen.queryByTestId('untrained-notice')).toBeNull();

    fireEvent.change(screen.getByLabelText(/Your sentence/), {
      target: { value: 'i am a student' },
    });
    await waitFor(() => expect(translation().dataset.sentence).toBe('i am a student'), {
      timeout: 20_000,
    });
    expect(translation().dataset.state).toBe('fresh');
    expect(translation().textContent).toBe(expectedTranslation('i am a student'));
  });
});

describe('connectEngine', () => {
  let connection: EngineConnection | undefined;
  afterEach(() => connection?.disconnect());

  it('after a crash: says so in a banner, keeps the last good result, and the next sentence runs', async () => {
    const workers: Worker[] = [];
    connection = connectEngine({
      modelsUrl: 'http://localhost:3000/models/',
      createWorker: () => {
        const worker = startEngineWorker();
        workers.push(worker);
        return worker;
      },
    });
    await waitFor(() => expect(store().run.status).toBe('done'), { timeout: 20_000 });
    const good = store().lastGood;

    workers[0].dispatchEvent(new Event('error', { cancelable: true }));
    expect(store().banner?.error.message).toMatch(/restarted/);
    expect(store().lastGood).toBe(good);
    expect(workers).toHaveLength(2);

    store().setSentence('i am a student');
    await waitFor(() => expect(store().lastGood?.result.sentence).toBe('i am a student'), {
      timeout: 20_000,
    });
    expect(store().lastGood?.result.translation).toBe(expectedTranslation('i am a student'));
  });

  it('a sentence typed while another runs leaves only its own result', async () => {
    connection = connectEngine({ modelsUrl: 'http://localhost:3000/models/' });
    await waitFor(() => expect(store().run.status).toBe('done'), { timeout: 20_000 });
    const finished: string[] = [];
    const unsubscribe = useStore.subscribe((state, previous) => {
      if (state.lastGood !== previous.lastGood && state.lastGood) {
        finished.push(state.lastGood.result.sentence);
      }
    });
    for (const sentence of ['i', 'i am', 'i am a', 'i am a student']) store().setSentence(sentence);
    await waitFor(() => expect(store().lastGood?.result.sentence).toBe('i am a student'), {
      timeout: 20_000,
    });
    unsubscribe();
    expect(finished).toEqual(['i am a student']);
  });
});
