import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeSafetensors } from '../../src/engine/io/safetensors';
import { UNK } from '../../src/engine/model/config';
import { tensor } from '../../src/engine/tensor';
import { builtInUntrainedModel } from '../../src/worker/models';
import type { EngineError, ModelRef } from '../../src/worker/protocol';
import { startHarness, type Harness } from './harness';
import { addModel, smallModelFiles, startModelServer, type ModelServer } from './modelServer';
import { REAL_WORK } from '../waits';

const LANGUAGES = { source: 'en', target: 'fr' } as const;
const BUILT_IN: ModelRef = { kind: 'untrained', basedOn: null };
const GREEDY = { kind: 'greedy' } as const;

let server: ModelServer;
let harness: Harness;

beforeAll(async () => {
  server = await startModelServer();
});
afterAll(() => server.close());
afterEach(() => harness?.client.dispose());

function start(modelsUrl = server.modelsUrl, silenceLimitMs?: number): Harness {
  harness = startHarness(modelsUrl, silenceLimitMs);
  return harness;
}

/** The error the run `id` failed with. */
async function runError(h: Harness, id: number): Promise<EngineError> {
  await vi.waitFor(() => expect(h.failed.map((f) => f.id)).toContain(id), REAL_WORK);
  const failure = h.failed.find((f) => f.id === id);
  if (!failure) throw new Error('unreachable');
  return failure.error;
}

/** Loads `ref` and runs a sentence with it: the load's error, and the run's. */
async function loadAndRun(h: Harness, ref: ModelRef) {
  h.client.load(ref, LANGUAGES);
  const id = h.client.run(ref, 'i am a student', GREEDY);
  const error = await runError(h, id);
  await vi.waitFor(() => expect(h.loadFailed).toHaveLength(1), REAL_WORK);
  return { loadError: h.loadFailed[0].error, runError: error };
}

describe('errors from what the reader types', () => {
  it('empty_input: nothing but spaces', async () => {
    const h = start();
    h.client.load(BUILT_IN, LANGUAGES);
    for (const sentence of ['', '   \n\t ']) {
      const error = await runError(h, h.client.run(BUILT_IN, sentence, GREEDY));
      expect(error).toMatchObject({ code: 'empty_input', message: expect.stringMatching(/Type/) });
    }
  });

  it('too_long: one token past the model limit of maxLength − 1; at the limit it runs', async () => {
    const h = start();
    h.client.load(BUILT_IN, LANGUAGES);
    const limit = builtInUntrainedModel(LANGUAGES).info.config.maxLength - 1;
    const words = (n: number) => Array.from({ length: n }, () => 'the').join(' ');
    const error = await runError(h, h.client.run(BUILT_IN, words(limit + 1), GREEDY));
    expect(error).toMatchObject({ code: 'too_long', limit, length: limit + 1 });
    expect(error.message).toContain(String(limit));
    const atLimit = h.client.run(BUILT_IN, words(limit), GREEDY);
    await vi.waitFor(() => expect(h.finished.map((r) => r.id)).toContain(atLimit), REAL_WORK);
  });

  it('too_long: 10,000 characters are refused with the limit, not run', async () => {
    const h = start();
    h.client.load(BUILT_IN, LANGUAGES);
    const error = await runError(h, h.client.run(BUILT_IN, 'the cat '.repeat(1250), GREEDY));
    expect(error).toMatchObject({ code: 'too_long', length: 2500 });
  });

  it('unknown_words: the run goes on with <unk>, naming the words with known ones nearby', async () => {
    const h = start();
    h.client.load(BUILT_IN, LANGUAGES);
    const id = h.client.run(BUILT_IN, 'the zebra didnt cross the stret', GREEDY);
    await vi.waitFor(() => expect(h.finished).toHaveLength(1), REAL_WORK);
    const { result } = h.finished[0];
    expect(h.finished[0].id).toBe(id);
    const warning = result.unknownWords;
    expect(warning?.code).toBe('unknown_words');
    expect(warning?.words.map((w) => w.word)).toEqual(['zebra', 'didnt', 'stret']);
    const known = new Set(builtInUntrainedModel(LANGUAGES).source.tokens);
    for (const w of warning?.words ?? []) {
      expect(w.suggestions.length).toBeGreaterThan(0);
      expect(w.suggestions.every((s) => known.has(s))).toBe(true);
    }
    expect(warning?.words[1].suggestions[0]).toBe("didn't");
    expect(warning?.words[2].suggestions[0]).toBe('street');
    expect(warning?.message).toMatch(/“zebra”, “didnt” and “stret”.*<unk>/);
    expect([...result.srcIds].filter((i) => i === UNK)).toHaveLength(3);
  });
});

describe('errors from model files', () => {
  it('model_load_failed: a file missing on the server (404), named', async () => {
    const { files } = smallModelFiles();
    addModel(server, 'no-weights', {
      'config.json': files['config.json'],
      'vocab.json': files['vocab.json'],
    });
    const errors = await loadAndRun(start(), { kind: 'shipped', name: 'no-weights' });
    for (const error of [errors.loadError, errors.runError]) {
      expect(error).toMatchObject({
        code: 'model_load_failed',
        file: 'model.safetensors',
        reason: 'not_found',
      });
      expect(error.message).toMatch(/model\.safetensors.*404/);
    }
  });

  it('model_load_failed: the server cannot be reached', async () => {
    const closed = await startModelServer();
    await closed.close();
    const { loadError } = await loadAndRun(start(closed.modelsUrl), {
      kind: 'shipped',
      name: 'anything',
    });
    expect(loadError).toMatchObject({ code: 'model_load_failed', reason: 'fetch_failed' });
  });

  it('model_load_failed: a corrupt safetensors file (cut short)', async () => {
    const { files } = smallModelFiles();
    const weights = files['model.safetensors'];
    addModel(server, 'cut-short', { ...files, 'model.safetensors': weights.slice(0, 1000) });
    const { loadError } = await loadAndRun(start(), { kind: 'shipped', name: 'cut-short' });
    expect(loadError).toMatchObject({
      code: 'model_load_failed',
      file: 'model.safetensors',
      reason: 'corrupt',
    });
  });

  it('model_load_failed: a config file that is not JSON', async () => {
    const { files } = smallModelFiles();
    addModel(server, 'bad-config', {
      ...files,
      'config.json': new TextEncoder().encode('{"dModel": 16,'),
    });
    const { loadError } = await loadAndRun(start(), { kind: 'shipped', name: 'bad-config' });
    expect(loadError).toMatchObject({ code: 'model_load_failed', file: 'config.json' });
    expect(loadError.message).toMatch(/not valid JSON/);
  });

  it('invalid_weights: a mis-shaped tensor, with the shape expected and the shape found', async () => {
    const { files, params, config } = smallModelFiles();
    const name = 'encoder.layers.0.ffn.linear1.weight';
    const swapped = new Map(params);
    swapped.set(name, tensor([config.dModel, config.dFF]));
    addModel(server, 'mis-shaped', { ...files, 'model.safetensors': writeSafetensors(swapped) });
    const { loadError, runError } = await loadAndRun(start(), {
      kind: 'shipped',
      name: 'mis-shaped',
    });
    expect(loadError).toEqual(runError);
    expect(loadError).toMatchObject({
      code: 'invalid_weights',
      file: 'model.safetensors',
      tensor: name,
      expected: [config.dFF, config.dModel],
      found: [config.dModel, config.dFF],
    });
    expect(loadError.message).toContain('[32, 16]');
  });
});

describe('a worker that dies', () => {
  /**
   * What a browser delivers to the page when its worker dies of an uncaught error: an error
   * event on the Worker object (the client then terminates what is left of it).
   */
  const crash = (worker: Worker) => worker.dispatchEvent(new Event('error', { cancelable: true }));

  it('worker_crashed: the run in flight fails, a new worker reloads the model, and says so', async () => {
    const h = start();
    h.client.load(BUILT_IN, LANGUAGES);
    await vi.waitFor(() => expect(h.loaded).toHaveLength(1), REAL_WORK);
    const lost = h.client.run(BUILT_IN, 'i am a student', GREEDY);
    crash(h.workers[0]);
    const error = await runError(h, lost);
    expect(error).toMatchObject({
      code: 'worker_crashed',
      message: expect.stringMatching(/restarted/),
    });
    expect(h.restarts).toEqual([{ error, restarted: true }]);
    expect(h.workers).toHaveLength(2);
    await vi.waitFor(() => expect(h.loaded).toHaveLength(2), REAL_WORK);
    const next = h.client.run(BUILT_IN, 'i am a student', GREEDY);
    await vi.waitFor(() => expect(h.finished.map((r) => r.id)).toEqual([next]), REAL_WORK);
  });

  it('a killed idle worker is replaced and the next run works', async () => {
    const h = start();
    h.client.load(BUILT_IN, LANGUAGES);
    const first = h.client.run(BUILT_IN, 'thanks', GREEDY);
    await vi.waitFor(() => expect(h.finished.map((r) => r.id)).toEqual([first]), REAL_WORK);
    crash(h.workers[0]);
    const next = h.client.run(BUILT_IN, 'i am a student', GREEDY);
    await vi.waitFor(() => expect(h.finished.map((r) => r.id)).toEqual([first, next]), REAL_WORK);
    expect(h.failed).toEqual([]);
    expect(h.workers).toHaveLength(2);
  });

  it('a worker killed without a word is found silent, replaced, and the next run works', async () => {
    const h = start(server.modelsUrl, 300);
    h.client.load(BUILT_IN, LANGUAGES);
    const first = h.client.run(BUILT_IN, 'thanks', GREEDY);
    await vi.waitFor(() => expect(h.finished.map((r) => r.id)).toEqual([first]), REAL_WORK);
    h.workers[0].terminate();
    const unanswered = h.client.run(BUILT_IN, 'i am a student', GREEDY);
    const error = await runError(h, unanswered);
    expect(error.message).toMatch(/stopped answering/);
    expect(h.workers).toHaveLength(2);
    const next = h.client.run(BUILT_IN, 'i am a student', GREEDY);
    await vi.waitFor(() => expect(h.finished.map((r) => r.id)).toEqual([first, next]), REAL_WORK);
  });

  it('a worker that dies again and again before answering is not restarted forever', async () => {
    // Each worker is asked for a model whose files the server holds back, and dies waiting.
    server.held.add('held/');
    const h = start();
    const ref: ModelRef = { kind: 'shipped', name: 'held' };
    h.client.load(ref, LANGUAGES);
    for (let i = 0; i < 3; i++) {
      await vi.waitFor(
        () =>
          // Its three files; the optional kinds.json is asked for beside them.
          expect(server.received.filter((p) => p.startsWith('held/'))).toHaveLength(4 * (i + 1)),
        REAL_WORK,
      );
      crash(h.workers[i]);
    }
    server.release();
    expect(h.workers).toHaveLength(3);
    expect(h.restarts.map((r) => r.restarted)).toEqual([true, true, false]);
    expect(h.restarts[2].error.message).toMatch(/Press Retry, or reload the page/);
    expect(h.loadFailed.map((f) => f.error.code)).toEqual(['worker_crashed']);
  });
});
