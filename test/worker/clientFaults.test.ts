import { describe, expect, it } from 'vitest';
import { EngineClient } from '../../src/worker/client';
import type { EngineListener } from '../../src/worker/engineListener';
import type { EngineError, ModelRef } from '../../src/worker/protocol';
import { fakeWorkers } from './fakeWorker';

const MODEL: ModelRef = { kind: 'untrained', basedOn: null };
const LANGUAGES = { source: 'en', target: 'fr' } as const;
const GREEDY = { kind: 'greedy' } as const;

/** A client on fake workers, with what it tells the page recorded. */
function startClient() {
  const heard = {
    started: [] as number[],
    failed: [] as { id: number; error: EngineError }[],
    loadFailed: [] as EngineError[],
    restarts: [] as boolean[],
  };
  const listener: EngineListener = {
    modelLoaded: () => {},
    modelFailed: (_ref, error) => heard.loadFailed.push(error),
    runStarted: (id) => heard.started.push(id),
    stageReceived: () => {},
    runFinished: () => {},
    runFailed: (id, error) => heard.failed.push({ id, error }),
    workerRestarted: (_error, restarted) => heard.restarts.push(restarted),
  };
  const { workers, create } = fakeWorkers();
  const client = new EngineClient({
    modelsUrl: 'http://localhost/models/',
    listener,
    createWorker: create,
  });
  return { client, workers, heard };
}

describe('the engine client when its worker fails', () => {
  it('after giving up on a worker whose script fails to load, every later run fails at once', () => {
    const { client, workers, heard } = startClient();
    client.load(MODEL, LANGUAGES);
    for (let i = 0; i < 3; i++) workers[i].fail();
    expect(heard.restarts).toEqual([true, true, false]);
    expect(workers).toHaveLength(3);

    // Each later edit asks for a run: it must end, not stay "running" with no stage forever.
    for (const sentence of ['the cat', 'the cat sat']) {
      const id = client.run(MODEL, sentence, GREEDY);
      expect(heard.started).toContain(id);
      expect(heard.failed.find((f) => f.id === id)?.error).toMatchObject({
        code: 'worker_crashed',
        message: expect.stringMatching(/Press Retry, or reload the page/),
      });
    }
    expect(workers).toHaveLength(3);
  });

  it('Retry starts a new worker and loads the model into it again', () => {
    const { client, workers } = startClient();
    client.load(MODEL, LANGUAGES);
    for (let i = 0; i < 3; i++) workers[i].fail();
    client.retry();
    expect(workers).toHaveLength(4);
    client.run(MODEL, 'the cat', GREEDY);
    expect(workers[3].requests('load')).toHaveLength(1);
    expect(workers[3].requests('run')).toHaveLength(1);
  });

  it('a message that is null, or not a reply, does not throw: the worker is replaced', () => {
    for (const message of [null, undefined, 42, 'stage', [], { type: 'stage' }]) {
      const { client, workers, heard } = startClient();
      client.load(MODEL, LANGUAGES);
      const id = client.run(MODEL, 'the cat', GREEDY);
      expect(() => workers[0].reply(message)).not.toThrow();
      expect(heard.restarts).toEqual([true]);
      expect(heard.failed.find((f) => f.id === id)?.error.message).toMatch(
        /a message from the engine could not be read/,
      );
      client.dispose();
    }
  });

  it('a stage whose tensors do not fit its buffer does not throw: the worker is replaced', () => {
    const { client, workers, heard } = startClient();
    client.load(MODEL, LANGUAGES);
    const id = client.run(MODEL, 'the cat', GREEDY);
    const stage = {
      type: 'stage',
      id,
      name: 'source',
      step: null,
      stepToken: null,
      manifest: [{ name: 'src.embed', shape: [1000], byteOffset: 0, length: 1000 }],
      bytes: new Uint8Array(16),
      postedAt: 0,
    };
    expect(() => workers[0].reply(stage)).not.toThrow();
    expect(heard.restarts).toEqual([true]);
    expect(heard.failed[0].error.message).toMatch(/does not fit its buffer/);
  });

  it('a reply of a type it does not know is left alone', () => {
    const { client, workers, heard } = startClient();
    client.load(MODEL, LANGUAGES);
    workers[0].reply({ type: 'aReplyOfANewerWorker', id: 1 });
    expect(heard.restarts).toEqual([]);
  });
});
