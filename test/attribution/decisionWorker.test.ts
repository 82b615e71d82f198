/**
 * The worker's `locateDecision` request: the answer equals a direct engine call on the same
 * weights and the post's twin sentences; a French → English model has nothing to decide and is
 * told so without computing; a model never loaded gets a plain error.
 */
import { describe, expect, it } from 'vitest';
import { locateDecision } from '../../src/engine/attribution';
import type { ModelConfig } from '../../src/engine/model/config';
import { decisionInputs } from '../../src/worker/decision';
import { builtInUntrainedModel } from '../../src/worker/models';
import { unpackTensors } from '../../src/worker/packing';
import type { DecisionReply } from '../../src/worker/protocol';
import { offlineSession } from '../worker/offlineSession';

const MODEL = { kind: 'untrained', basedOn: null } as const;

async function asked(languages: { source: 'en' | 'fr'; target: 'en' | 'fr' }, load = true) {
  const { s, replies } = offlineSession();
  const modelsUrl = 'http://localhost/models/';
  if (load) await s.handle({ type: 'load', id: 1, model: MODEL, modelsUrl, languages });
  await s.handle({ type: 'locateDecision', id: 2, model: MODEL });
  const answer = replies.find((r): r is DecisionReply => r.type === 'decision');
  if (!answer) throw new Error('no decision reply');
  return { answer, replies };
}

describe('the locateDecision request', () => {
  it('answers with the engine’s own decision for the post’s twin sentences', async () => {
    const { answer, replies } = await asked({ source: 'en', target: 'fr' });
    const loaded = replies.find((r) => r.type === 'loaded');
    if (loaded?.type !== 'loaded' || answer.outcome.kind !== 'located')
      throw new Error('not located');
    const params = unpackTensors({
      manifest: loaded.parameterManifest,
      bytes: loaded.parameterBytes,
    });
    const config: ModelConfig = loaded.model.config;
    const inputs = decisionInputs(builtInUntrainedModel({ source: 'en', target: 'fr' }));
    if ('reason' in inputs) throw new Error(inputs.reason);
    expect(inputs.twins.map((t) => t.cue)).toEqual(['tired', 'wide']);
    const direct = locateDecision(params, config, inputs.sentences, inputs.pronouns);
    expect(answer.outcome.decision).toEqual(direct);
    expect(answer.outcome.twins[0].source.slice(0, 2)).toEqual(['the', 'animal']);
  });

  it('says why a French → English model has no pronoun to choose', async () => {
    const { answer } = await asked({ source: 'fr', target: 'en' });
    expect(answer.outcome.kind).toBe('nothingToDecide');
    if (answer.outcome.kind === 'nothingToDecide') {
      expect(answer.outcome.reason).toMatch(/"il"/);
      // The page writes this reason in its own language from `why`.
      expect(answer.outcome.why).toBe('fromFrench');
    }
  });

  it('says so when the model was never loaded', async () => {
    const { answer } = await asked({ source: 'en', target: 'fr' }, false);
    expect(answer.outcome.kind).toBe('failed');
  });
});
