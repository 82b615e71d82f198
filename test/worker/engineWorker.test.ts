import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DecodingChoice, Stage } from '../../src/engine/model/trace';
import { translate } from '../../src/engine/model/translate';
import type { Tensor } from '../../src/engine/tensor';
import { builtInUntrainedModel, type LoadedModel } from '../../src/worker/models';
import type { ModelRef } from '../../src/worker/protocol';
import { isEngineError, prepareSource } from '../../src/worker/source';
import type { CompletedRun } from '../../src/worker/runTypes';
import { repliesTo, startHarness, type Harness } from './harness';
import { addModel, smallModelFiles, startModelServer, type ModelServer } from './modelServer';
import { REAL_WORK } from '../waits';

const LANGUAGES = { source: 'en', target: 'fr' } as const;
const BUILT_IN: ModelRef = { kind: 'untrained', basedOn: null };
const GREEDY: DecodingChoice = { kind: 'greedy' };
const BEAM: DecodingChoice = { kind: 'beam', beamSize: 3, returnBeams: 2, lengthPenalty: 0.6 };
const SENTENCE = "the animal didn't cross the street because it was too tired";

let server: ModelServer;
let harness: Harness;

beforeAll(async () => {
  server = await startModelServer();
});
afterAll(() => server.close());
afterEach(() => harness?.client.dispose());

function start(): Harness {
  harness = startHarness(server.modelsUrl);
  return harness;
}

/** The bits of a float32 array, so -0 and NaN compare exactly. */
const bits = (t: Tensor | undefined) =>
  t ? new Uint32Array(t.data.buffer, t.data.byteOffset, t.data.length) : undefined;

/** The engine called directly on the same model and sentence, with its stages' names. */
function direct(model: LoadedModel, sentence: string, decoding: DecodingChoice) {
  const source = prepareSource(sentence, model.source, model.info.config, 'en');
  if (isEngineError(source)) throw new Error(source.message);
  const stages: string[] = [];
  const trace = translate(model.params, model.info.config, source.srcIds, decoding, (s: Stage) =>
    stages.push(s.name),
  );
  return { trace, stages };
}

function expectSameTrace(run: CompletedRun, expected: ReturnType<typeof direct>) {
  expect(run.stagesReceived).toEqual(expected.stages);
  expect([...run.trace.keys()].sort()).toEqual([...expected.trace.tensors.keys()].sort());
  for (const [name, t] of expected.trace.tensors) {
    const got = run.trace.get(name);
    expect(got?.shape, name).toEqual(t.shape);
    expect(bits(got), name).toEqual(bits(t));
  }
  expect(run.result.srcIds).toEqual(expected.trace.srcIds);
  expect(run.result.tgtIds).toEqual(expected.trace.tgtIds);
  expect(run.result.outputIds).toEqual(expected.trace.outputIds);
  expect(run.result.steps).toEqual(expected.trace.steps);
  expect(run.result.beam).toEqual(expected.trace.beam ?? null);
}

async function finishedRun(h: Harness, id: number): Promise<CompletedRun> {
  await vi.waitFor(() => expect(h.finished.map((r) => r.id)).toContain(id), REAL_WORK);
  const run = h.finished.find((r) => r.id === id);
  if (!run) throw new Error(`run ${id} did not finish`);
  return run;
}

describe('a run through the worker', () => {
  it('streams its stages in order and reassembles the trace translate computes, bit for bit', async () => {
    const h = start();
    h.client.load(BUILT_IN, LANGUAGES);
    const id = h.client.run(BUILT_IN, SENTENCE, GREEDY);
    const run = await finishedRun(h, id);
    const expected = direct(builtInUntrainedModel(LANGUAGES), SENTENCE, GREEDY);
    expectSameTrace(run, expected);
    // Each stage arrived as its own message, in the engine's order, every one counted.
    expect(h.stages.map((p) => p.stagesReceived.at(-1))).toEqual(expected.stages);
    expect(run.stepTokens).toHaveLength(expected.trace.steps.length);
    expect(run.timings.stages).toBe(expected.stages.length);
    expect(h.loaded).toHaveLength(1);
    expect(h.loaded[0].trained).toBe(false);
  });

  it('sends each stage as one transferred buffer with a manifest, never tensors as JSON', async () => {
    const h = start();
    h.client.load(BUILT_IN, LANGUAGES);
    const id = h.client.run(BUILT_IN, SENTENCE, GREEDY);
    await finishedRun(h, id);
    const stages = repliesTo(h, id).filter((r) => r.type === 'stage');
    expect(stages.length).toBeGreaterThan(3);
    for (const stage of stages) {
      expect(stage.bytes.byteOffset).toBe(0);
      expect(stage.bytes.byteLength).toBe(stage.bytes.buffer.byteLength);
      expect(Object.keys(stage).sort()).toEqual(
        ['bytes', 'id', 'manifest', 'name', 'postedAt', 'step', 'stepToken', 'type'].sort(),
      );
    }
    const done = repliesTo(h, id).find((r) => r.type === 'done');
    expect(done && Object.values(done.result).some((v) => v instanceof Float32Array)).toBe(false);
  });

  it('runs beam search the same way, returning the beams the engine ranked best', async () => {
    const h = start();
    h.client.load(BUILT_IN, LANGUAGES);
    const id = h.client.run(BUILT_IN, 'i am a student', BEAM);
    const run = await finishedRun(h, id);
    const expected = direct(builtInUntrainedModel(LANGUAGES), 'i am a student', BEAM);
    expectSameTrace(run, expected);
    expect(run.result.beams).toHaveLength(expected.trace.beam?.best.length ?? -1);
  });

  it('loads a shipped model over HTTP and runs it exactly as the engine does', async () => {
    const model = smallModelFiles();
    addModel(server, 'small', model.files);
    const h = start();
    const ref: ModelRef = { kind: 'shipped', name: 'small' };
    h.client.load(ref, LANGUAGES);
    const id = h.client.run(ref, 'i am a student', GREEDY);
    const run = await finishedRun(h, id);
    expect(h.loaded[0]).toMatchObject({ trained: true, config: model.config });
    const loaded: LoadedModel = {
      ...builtInUntrainedModel(LANGUAGES),
      params: model.params,
      info: h.loaded[0],
    };
    expectSameTrace(run, direct(loaded, 'i am a student', GREEDY));
  });

  it('builds the "before training" twin of a shipped model from its config and vocabulary', async () => {
    const model = smallModelFiles();
    addModel(server, 'twin', {
      'config.json': model.files['config.json'],
      'vocab.json': model.files['vocab.json'],
    });
    const h = start();
    const ref: ModelRef = { kind: 'untrained', basedOn: 'twin' };
    h.client.load(ref, LANGUAGES);
    const id = h.client.run(ref, 'thanks', GREEDY);
    await finishedRun(h, id);
    expect(h.loaded[0]).toMatchObject({ trained: false, config: model.config });
  });
});

describe('the newest request wins', () => {
  it('a newer run replaces one in flight: the stale run is never computed nor reported', async () => {
    const h = start();
    h.client.load(BUILT_IN, LANGUAGES);
    const stale = h.client.run(BUILT_IN, 'i am a student', GREEDY);
    const newest = h.client.run(BUILT_IN, SENTENCE, GREEDY);
    await finishedRun(h, newest);
    expect(repliesTo(h, stale)).toEqual([]);
    expect(h.stages.every((p) => p.id === newest)).toBe(true);
    expect(h.finished.map((r) => r.id)).toEqual([newest]);
  });

  it('a run replaced between two of its stages stops there: no further stage, no done', async () => {
    const h = start();
    h.client.load(BUILT_IN, LANGUAGES);
    const stale = h.client.run(BUILT_IN, SENTENCE, GREEDY);
    let newest = -1;
    h.onStage = (progress) => {
      if (progress.id === stale && newest < 0) newest = h.client.run(BUILT_IN, 'thanks', GREEDY);
    };
    await vi.waitFor(() => expect(newest).toBeGreaterThan(0), REAL_WORK);
    await finishedRun(h, newest);
    const staleReplies = repliesTo(h, stale);
    expect(staleReplies.map((r) => r.type)).toEqual(['stage']);
    expect(h.stages.filter((p) => p.id === stale)).toHaveLength(1);
    expect(h.finished.map((r) => r.id)).toEqual([newest]);
  });

  it('a cancelled run reports nothing, and the next run works', async () => {
    const h = start();
    h.client.load(BUILT_IN, LANGUAGES);
    const cancelled = h.client.run(BUILT_IN, SENTENCE, GREEDY);
    h.client.cancel();
    const next = h.client.run(BUILT_IN, 'thanks', GREEDY);
    await finishedRun(h, next);
    expect(repliesTo(h, cancelled)).toEqual([]);
    expect(h.failed).toEqual([]);
  });
});
