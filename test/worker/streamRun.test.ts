/**
 * A run streamed by the worker: each stage is posted as soon as the engine has computed it,
 * before the next is computed, and a run that goes stale between two stages stops there, the
 * rest of its translation never computed.
 */
import { describe, expect, it } from 'vitest';
import type { DecodingChoice } from '../../src/engine';
import { builtInUntrainedModel } from '../../src/worker/models';
import { streamRun, type RunHooks } from '../../src/worker/run';
import { isEngineError, prepareSource } from '../../src/worker/source';

const model = builtInUntrainedModel({ source: 'en', target: 'fr' });
const SENTENCE = "the animal didn't cross the street because it was too tired";
/** A beam search the engine refuses once it reaches decoding, after the encoder has run. */
const REFUSED_DECODING: DecodingChoice = {
  kind: 'beam',
  beamSize: 0,
  returnBeams: 1,
  lengthPenalty: 0.6,
};

function source() {
  const prepared = prepareSource(SENTENCE, model.source, model.info.config, 'en');
  if (isEngineError(prepared)) throw new Error(prepared.message);
  return prepared;
}

/** Hooks that write down each stage posted, and stay current while `current()` says so. */
function recording(current: (posted: string[]) => boolean) {
  const posted: string[] = [];
  const hooks: RunHooks = {
    postStage: (stage) => posted.push(stage.name),
    isCurrent: () => current(posted),
    yieldToMessages: () => Promise.resolve(),
    now: () => performance.now(),
  };
  return { posted, hooks };
}

describe('a streamed run', () => {
  const encoderStages = [
    'source',
    ...Array.from({ length: model.info.config.encoderLayers }, (_, l) => `enc.${l}`),
  ];

  it('posts the encoder’s stages as they are computed, before decoding has begun', async () => {
    const { posted, hooks } = recording(() => true);
    await expect(streamRun(model, SENTENCE, source(), REFUSED_DECODING, hooks)).rejects.toThrow(
      /beamSize must be a whole number of at least 1/,
    );
    expect(encoderStages.length).toBeGreaterThan(1);
    expect(posted).toEqual(encoderStages);
  });

  it('stops between two stages once it is stale: nothing more is posted or computed', async () => {
    const { posted, hooks } = recording((sent) => sent.length < 1);
    // The decoding would throw if it were ever computed; the stale run ends quietly before it.
    await expect(streamRun(model, SENTENCE, source(), REFUSED_DECODING, hooks)).resolves.toBeNull();
    expect(posted).toEqual(['source']);
  });

  it('posts every stage and ends with the result when it stays current', async () => {
    const { posted, hooks } = recording(() => true);
    const outcome = await streamRun(model, SENTENCE, source(), { kind: 'greedy' }, hooks);
    if (outcome === null) throw new Error('the run went stale');
    const steps = outcome.result.outputIds.length;
    expect(posted).toEqual([
      ...encoderStages,
      ...Array.from({ length: steps }, (_, t) => `decode.${t}`),
      'decoder',
      'output',
    ]);
    expect(outcome.timings.stages).toBe(posted.length);
  });
});
