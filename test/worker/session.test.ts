import { describe, expect, it } from 'vitest';
import { EOS, UNK } from '../../src/engine/model/config';
import { Vocabulary } from '../../src/engine/tokenizer/vocabulary';
import { modelKey, modelRefFromKey } from '../../src/worker/modelKey';
import { builtInConfig } from '../../src/worker/models';
import type { ModelRef, Reply, Request } from '../../src/worker/protocol';
import { createEngineSession } from '../../src/worker/session';
import {
  LONGEST_WORD_WITH_SUGGESTIONS,
  isEngineError,
  prepareSource,
} from '../../src/worker/source';

const vocabulary = new Vocabulary(['<pad>', '<bos>', '<eos>', '<unk>', 'the', 'cat', 'sat', '.']);
const config = builtInConfig(vocabulary, vocabulary);

describe('prepareSource', () => {
  it('gives the ids of the typed tokens, then <eos>', () => {
    const source = prepareSource('The cat sat.', vocabulary, config, 'en');
    expect(isEngineError(source)).toBe(false);
    if (isEngineError(source)) return;
    expect([...source.srcIds]).toEqual([4, 5, 6, 7, EOS]);
    expect(source.tokens).toEqual(['the', 'cat', 'sat', '.', '<eos>']);
    expect(source.unknownWords).toBeNull();
  });

  it('names each unknown word once, reads it as <unk>, and suggests known words', () => {
    const source = prepareSource('the cot sat the cot', vocabulary, config, 'en');
    if (isEngineError(source)) throw new Error(source.message);
    expect([...source.srcIds]).toEqual([4, UNK, 6, 4, UNK, EOS]);
    // "the" shares no letter in place with "cot", so it is no suggestion.
    expect(source.unknownWords?.words).toEqual([{ word: 'cot', suggestions: ['cat', 'sat'] }]);
  });

  it('suggests nothing for a word too long to be a typo (a paste), without measuring it', () => {
    const long = 'x'.repeat(LONGEST_WORD_WITH_SUGGESTIONS + 1);
    const source = prepareSource(`the ${long}`, vocabulary, config, 'en');
    if (isEngineError(source)) throw new Error(source.message);
    expect(source.unknownWords?.words).toEqual([{ word: long, suggestions: [] }]);
    expect(source.unknownWords?.message).toContain(`(${long.length} characters)`);
    expect(source.unknownWords?.message).not.toContain(long);
  });

  it('suggests no word for one that shares nothing with any known word (emoji, other scripts)', () => {
    const source = prepareSource('the 😴 שלום caat', vocabulary, config, 'en');
    if (isEngineError(source)) throw new Error(source.message);
    expect(source.unknownWords?.words).toEqual([
      { word: '😴', suggestions: [] },
      { word: 'שלום', suggestions: [] },
      { word: 'caat', suggestions: expect.arrayContaining(['cat']) },
    ]);
  });

  it('refuses an empty sentence and one longer than maxLength − 1 tokens', () => {
    expect(prepareSource(' \u200f ', vocabulary, config, 'en')).toMatchObject({
      code: 'empty_input',
    });
    const tooMany = Array(config.maxLength).fill('cat').join(' ');
    expect(prepareSource(tooMany, vocabulary, config, 'en')).toMatchObject({
      code: 'too_long',
      limit: config.maxLength - 1,
      length: config.maxLength,
    });
  });
});

describe('modelKey', () => {
  it('names every kind of model by a key that gives the model back', () => {
    const refs: ModelRef[] = [
      { kind: 'shipped', name: 'en-fr' },
      { kind: 'untrained', basedOn: 'en-fr' },
      { kind: 'untrained', basedOn: null },
    ];
    expect(refs.map(modelKey)).toEqual(['en-fr', 'untrained:en-fr', 'untrained']);
    for (const ref of refs) expect(modelRefFromKey(modelKey(ref))).toEqual(ref);
  });
});

describe('createEngineSession', () => {
  /** A session whose yields are released by hand, to interleave requests exactly. */
  function session() {
    const replies: Reply[] = [];
    const yields: (() => void)[] = [];
    const s = createEngineSession({
      post: (reply) => replies.push(reply),
      fetchFile: () => Promise.reject(new Error('no network in this test')),
      yieldToMessages: () => new Promise<void>((resolve) => yields.push(resolve)),
      now: () => 0,
      wallClock: () => 0,
    });
    const settle = () => new Promise((resolve) => setTimeout(resolve));
    /** Lets the session past its next yield, and on until it waits again. */
    const releaseOne = async () => {
      await settle();
      yields.shift()?.();
      await settle();
    };
    const releaseYields = async () => {
      await settle();
      while (yields.length > 0) await releaseOne();
    };
    return { s, replies, releaseOne, releaseYields };
  }
  const load: Request = {
    type: 'load',
    id: 1,
    model: { kind: 'untrained', basedOn: null },
    modelsUrl: 'http://localhost/models/',
    languages: { source: 'en', target: 'fr' },
  };
  const run = (id: number): Request => ({
    type: 'run',
    id,
    model: { kind: 'untrained', basedOn: null },
    sentence: 'i am a student',
    decoding: { kind: 'greedy' },
  });

  it('answers a run for a model never loaded with model_load_failed, not_loaded', async () => {
    const { s, replies, releaseYields } = session();
    const handled = s.handle(run(2));
    await releaseYields();
    await handled;
    expect(replies).toEqual([
      { type: 'error', id: 2, error: expect.objectContaining({ reason: 'not_loaded' }) },
    ]);
  });

  it('stops a run cancelled while it waits for its turn: nothing is posted for it', async () => {
    const { s, replies, releaseYields } = session();
    await s.handle(load);
    const running = s.handle(run(2));
    await s.handle({ type: 'cancel', id: 3, runId: 2 });
    await releaseYields();
    await running;
    expect(replies.map((r) => r.type)).toEqual(['loaded']);
  });

  it('stops a run cancelled between two stages, after the stages already posted', async () => {
    const { s, replies, releaseOne, releaseYields } = session();
    await s.handle(load);
    const running = s.handle(run(2));
    await releaseOne(); // the yield before computing: the run computes every stage
    await releaseOne(); // the yield before the first stage: it is posted
    await s.handle({ type: 'cancel', id: 3, runId: 2 });
    await releaseYields();
    await running;
    expect(replies.map((r) => r.type)).toEqual(['loaded', 'stage']);
  });

  it('loads a model once for many load requests', async () => {
    const { s, replies } = session();
    await Promise.all([s.handle(load), s.handle({ ...load, id: 5 })]);
    expect(replies.map((r) => [r.type, r.id])).toEqual([
      ['loaded', 1],
      ['loaded', 5],
    ]);
  });
});
