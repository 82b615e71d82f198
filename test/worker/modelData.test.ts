/**
 * What the worker sends besides a run's trace: a model's words and parameters with `loaded`,
 * scores of a reference translation, greedy's result beside a beam search, and runs with heads
 * switched off. Every number is checked against the engine called directly.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { HeadAblation } from '../../src/engine/model/ablation';
import { BOS, EOS } from '../../src/engine/model/config';
import { forwardTrace } from '../../src/engine/model/forward';
import { initParams, parameterShapes, type Params } from '../../src/engine/model/params';
import type { DecodingChoice } from '../../src/engine/model/trace';
import { translate } from '../../src/engine/model/translate';
import type { Tensor } from '../../src/engine/tensor';
import { Vocabulary } from '../../src/engine/tokenizer/vocabulary';
import { UNTRAINED_SEED, builtInUntrainedModel } from '../../src/worker/models';
import type { ModelRef } from '../../src/worker/protocol';
import type { CompletedRun, ScoredReference } from '../../src/worker/runTypes';
import { isEngineError, prepareSource } from '../../src/worker/source';
import { repliesTo, startHarness, type Harness } from './harness';
import { addModel, smallModelFiles, startModelServer, type ModelServer } from './modelServer';
import { REAL_WORK } from '../waits';

const LANGUAGES = { source: 'en', target: 'fr' } as const;
const BUILT_IN: ModelRef = { kind: 'untrained', basedOn: null };
const SMALL: ModelRef = { kind: 'shipped', name: 'small' };
const GREEDY: DecodingChoice = { kind: 'greedy' };
const BEAM: DecodingChoice = { kind: 'beam', beamSize: 3, returnBeams: 2, lengthPenalty: 0.6 };
const SENTENCE = "the animal didn't cross the street because it was too tired";

let server: ModelServer;
let harness: Harness;
const small = smallModelFiles(9);

beforeAll(async () => {
  server = await startModelServer();
  addModel(server, 'small', small.files);
});
afterAll(() => server.close());
afterEach(() => harness?.client.dispose());

function start(): Harness {
  harness = startHarness(server.modelsUrl);
  return harness;
}

/**
 * The bits of a float32 array, so -0 and NaN compare exactly. Copied into a fresh typed array:
 * a buffer that came back from the worker belongs to another realm under the test environment.
 */
const bits = (t: Tensor | undefined) =>
  t ? Uint32Array.from(new Uint32Array(t.data.buffer, t.data.byteOffset, t.data.length)) : [];

async function finishedRun(h: Harness, id: number): Promise<CompletedRun> {
  await vi.waitFor(() => expect(h.finished.map((r) => r.id)).toContain(id), REAL_WORK);
  const run = h.finished.find((r) => r.id === id);
  if (!run) throw new Error(`run ${id} did not finish`);
  return run;
}

async function scored(h: Harness, id: number): Promise<ScoredReference> {
  await vi.waitFor(() => expect(h.scores.map((s) => s.id)).toContain(id), REAL_WORK);
  const score = h.scores.find((s) => s.id === id);
  if (!score) throw new Error(`score ${id} did not arrive`);
  return score;
}

/** out.probs of a teacher-forced pass over <bos> + the reference ids (without their <eos>). */
function expectedProbs(params: Params, srcIds: Int32Array, referenceIds: Int32Array) {
  const config = small.config;
  const input = [BOS, ...referenceIds.subarray(0, referenceIds.length - 1)];
  return forwardTrace(params, config, srcIds, input).get('out.probs');
}

describe('loaded', () => {
  it('brings both vocabularies and every parameter, bit for bit, in one transferred buffer', async () => {
    const h = start();
    const id = h.client.load(BUILT_IN, LANGUAGES);
    await vi.waitFor(() => expect(h.loaded).toHaveLength(1), REAL_WORK);
    const expected = builtInUntrainedModel(LANGUAGES);
    const { vocabularies, parameters } = h.contents[0];
    expect(vocabularies.source).toEqual(expected.source.tokens);
    expect(vocabularies.target).toEqual(expected.target.tokens);
    const shapes = parameterShapes(h.loaded[0].config);
    expect([...parameters.keys()].sort()).toEqual([...shapes.keys()].sort());
    for (const [name, t] of expected.params) {
      expect(parameters.get(name)?.shape, name).toEqual(t.shape);
      expect(bits(parameters.get(name)), name).toEqual(bits(t));
    }
    const reply = repliesTo(h, id).find((r) => r.type === 'loaded');
    if (reply?.type !== 'loaded') throw new Error('no loaded reply');
    // One buffer, wholly the parameters', described by a manifest.
    expect(reply.parameterBytes.byteOffset).toBe(0);
    expect(reply.parameterBytes.byteLength).toBe(reply.parameterBytes.buffer.byteLength);
    expect(reply.parameterManifest.map((entry) => entry.name).sort()).toEqual(
      [...shapes.keys()].sort(),
    );
  });

  it("brings a shipped model's own words and weights", async () => {
    const h = start();
    h.client.load(SMALL, LANGUAGES);
    await vi.waitFor(() => expect(h.loaded).toHaveLength(1), REAL_WORK);
    const vocabulary = JSON.parse(new TextDecoder().decode(small.files['vocab.json']));
    expect(h.contents[0].vocabularies).toEqual(vocabulary);
    for (const [name, t] of small.params) {
      expect(bits(h.contents[0].parameters.get(name)), name).toEqual(bits(t));
    }
  });
});

describe('score', () => {
  it('scores a reference with the trained model and its untrained twin, as forwardTrace does', async () => {
    const h = start();
    h.client.load(SMALL, LANGUAGES);
    const score = await scored(h, h.client.score(SMALL, 'i am a student', 'je suis étudiant'));
    const target = new Vocabulary(
      JSON.parse(new TextDecoder().decode(small.files['vocab.json'])).target,
    );
    expect(score.referenceTokens).toEqual(['je', 'suis', 'étudiant', '<eos>']);
    expect([...score.referenceIds]).toEqual([
      ...['je', 'suis', 'étudiant'].map((w) => target.idOf(w)),
      EOS,
    ]);
    expect(score.sourceTokens).toEqual(['i', 'am', 'a', 'student', '<eos>']);
    expect(score.models.map((m) => [m.name, m.trained])).toEqual([
      ['model', true],
      ['untrained', false],
    ]);
    const source = prepareSource(
      'i am a student',
      builtInUntrainedModel(LANGUAGES).source,
      small.config,
      'en',
    );
    if (isEngineError(source)) throw new Error(source.message);
    const trained = expectedProbs(small.params, source.srcIds, score.referenceIds);
    const untrained = expectedProbs(
      initParams(small.config, UNTRAINED_SEED),
      source.srcIds,
      score.referenceIds,
    );
    expect(score.models[0].probs.shape).toEqual([4, small.config.tgtVocabSize]);
    expect(bits(score.models[0].probs)).toEqual(bits(trained));
    expect(bits(score.models[1].probs)).toEqual(bits(untrained));
  });

  it('scores an untrained model once, as itself', async () => {
    const h = start();
    h.client.load(BUILT_IN, LANGUAGES);
    const score = await scored(h, h.client.score(BUILT_IN, 'thanks', 'merci'));
    expect(score.models.map((m) => [m.name, m.trained])).toEqual([['untrained', false]]);
    expect(score.referenceTokens).toEqual(['merci', '<eos>']);
  });

  it('never cancels the run in flight, and a newer score makes an older one stale', async () => {
    const h = start();
    h.client.load(BUILT_IN, LANGUAGES);
    const run = h.client.run(BUILT_IN, SENTENCE, GREEDY);
    const stale = h.client.score(BUILT_IN, 'thanks', 'merci');
    const newest = h.client.score(BUILT_IN, 'i am a student', 'je suis étudiant');
    await finishedRun(h, run);
    await scored(h, newest);
    expect(h.scores.map((s) => s.id)).toEqual([newest]);
    expect(repliesTo(h, stale)).toEqual([]);
    expect(h.failed).toEqual([]);
  });

  it('names unknown reference words with known ones nearby, and refuses an empty or long one', async () => {
    const h = start();
    h.client.load(BUILT_IN, LANGUAGES);
    const score = await scored(h, h.client.score(BUILT_IN, 'i am a student', 'je suis etudiant'));
    expect(score.referenceUnknownWords?.words.map((w) => w.word)).toEqual(['etudiant']);
    expect(score.referenceUnknownWords?.words[0].suggestions).toContain('étudiant');
    expect(score.unknownWords).toBeNull();

    const empty = h.client.score(BUILT_IN, 'i am a student', '   ');
    await vi.waitFor(() => expect(h.scoreFailures.map((f) => f.id)).toContain(empty), REAL_WORK);
    expect(h.scoreFailures.at(-1)?.error).toMatchObject({
      code: 'empty_input',
      message: expect.stringMatching(/reference/),
    });
    const long = h.client.score(BUILT_IN, 'thanks', Array(40).fill('merci').join(' '));
    await vi.waitFor(() => expect(h.scoreFailures.map((f) => f.id)).toContain(long), REAL_WORK);
    expect(h.scoreFailures.at(-1)?.error).toMatchObject({
      code: 'too_long',
      message: expect.stringMatching(/This reference has 40 words/),
    });
  });
});

describe('runs', () => {
  it("carry greedy decoding's result beside a beam search's, from the same model and sentence", async () => {
    const h = start();
    h.client.load(BUILT_IN, LANGUAGES);
    const beamRun = await finishedRun(h, h.client.run(BUILT_IN, 'i am a student', BEAM));
    const greedyRun = await finishedRun(h, h.client.run(BUILT_IN, 'i am a student', GREEDY));
    expect(beamRun.result.greedy?.outputIds).toEqual(greedyRun.result.outputIds);
    expect(beamRun.result.greedy?.outputTokens).toEqual(greedyRun.result.outputTokens);
    expect(beamRun.result.greedy?.translation).toBe(greedyRun.result.translation);
    expect(beamRun.result.greedy?.steps).toEqual(greedyRun.result.steps);
    expect(greedyRun.result.greedy).toBeNull();
  });

  it('switch off the heads asked for, exactly as the engine does, and say which', async () => {
    const h = start();
    h.client.load(BUILT_IN, LANGUAGES);
    const ablation: HeadAblation = [
      { kind: 'enc', layer: 1, head: 2 },
      { kind: 'dec-cross', layer: 0, head: 5 },
    ];
    // A head of a layer the model lacks is left out, not an error.
    const asked = [...ablation, { kind: 'enc', layer: 7, head: 0 } as const];
    const run = await finishedRun(h, h.client.run(BUILT_IN, SENTENCE, GREEDY, asked));
    const model = builtInUntrainedModel(LANGUAGES);
    const source = prepareSource(SENTENCE, model.source, model.info.config, 'en');
    if (isEngineError(source)) throw new Error(source.message);
    const expected = translate(
      model.params,
      model.info.config,
      source.srcIds,
      GREEDY,
      undefined,
      ablation,
    );
    expect(run.result.ablatedHeads).toEqual(ablation);
    expect(run.result.outputIds).toEqual(expected.outputIds);
    for (const [name, t] of expected.tensors)
      expect(bits(run.trace.get(name)), name).toEqual(bits(t));
    const plain = await finishedRun(h, h.client.run(BUILT_IN, SENTENCE, GREEDY));
    expect(plain.result.ablatedHeads).toEqual([]);
    expect(bits(plain.trace.get('out.logits'))).not.toEqual(bits(run.trace.get('out.logits')));
  });
});
