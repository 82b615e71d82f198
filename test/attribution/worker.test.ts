/**
 * The worker's `attribute` request: every method streamed in order, equal to a direct engine
 * call on the same weights, a newer request making an older one stale, and a word past the
 * translation refused in plain words.
 */
import { describe, expect, it } from 'vitest';
import { explainWord, type Attribution } from '../../src/engine/attribution';
import type { ModelConfig } from '../../src/engine/model/config';
import { unpackTensors } from '../../src/worker/packing';
import type { AttributeRequest, DoneReply, Reply, Request } from '../../src/worker/protocol';
import { offlineSession } from '../worker/offlineSession';

const MODEL = { kind: 'untrained', basedOn: null } as const;

async function translated() {
  const { s, replies } = offlineSession();
  const load: Request = {
    type: 'load',
    id: 1,
    model: MODEL,
    modelsUrl: 'http://localhost/models/',
    languages: { source: 'en', target: 'fr' },
  };
  await s.handle(load);
  const sentence = 'the animal was tired';
  await s.handle({ type: 'run', id: 2, model: MODEL, sentence, decoding: { kind: 'greedy' } });
  const done = replies.find((r): r is DoneReply => r.type === 'done');
  const loaded = replies.find((r) => r.type === 'loaded');
  if (!done || loaded?.type !== 'loaded') throw new Error('the run did not finish');
  const params = unpackTensors({
    manifest: loaded.parameterManifest,
    bytes: loaded.parameterBytes,
  });
  const config: ModelConfig = loaded.model.config;
  const request = (id: number, position: number): AttributeRequest => ({
    type: 'attribute',
    id,
    model: MODEL,
    srcIds: done.result.srcIds,
    tgtIds: done.result.tgtIds,
    position,
    wordId: done.result.outputIds[position],
  });
  replies.length = 0;
  return { s, replies, params, config, request };
}

const attributionsOf = (replies: Reply[], id: number): Attribution[] =>
  replies.flatMap((r) => (r.type === 'attribution' && r.id === id ? [r.attribution] : []));

describe('the attribute request', () => {
  it('streams every method, then attributed, equal to the engine called directly', async () => {
    const { s, replies, params, config, request } = await translated();
    const asked = request(3, 1);
    await s.handle(asked);
    expect(replies.map((r) => r.type)).toEqual([...Array(5).fill('attribution'), 'attributed']);
    const direct = [...explainWord(params, config, asked)];
    expect(attributionsOf(replies, 3)).toEqual(direct);
  });

  it('drops an older request once a newer one comes: only the newer is answered to the end', async () => {
    const { s, replies, request } = await translated();
    const older = s.handle(request(3, 0));
    const newer = s.handle(request(4, 1));
    await Promise.all([older, newer]);
    expect(replies.filter((r) => r.type === 'attributed').map((r) => r.id)).toEqual([4]);
    expect(attributionsOf(replies, 4)).toHaveLength(5);
  });

  it('refuses a word past the end of the translation with a sentence a reader understands', async () => {
    const { s, replies, request } = await translated();
    await s.handle({ ...request(5, 0), position: 40 });
    expect(replies).toEqual([
      {
        type: 'error',
        id: 5,
        error: {
          code: 'invalid_request',
          message: expect.stringMatching(
            /^This word cannot be explained: the word to explain is number 40/,
          ),
        },
      },
    ]);
  });
});
