/**
 * An `attribute` request: every attribution of one output word, each method posted as soon as
 * it is computed, giving way between methods to any newer request.
 */
import { explainWord, type Attribution } from '../engine';
import type { LoadedModel } from './models';
import type { AttributeRequest, EngineError, Reply } from './protocol';

export interface AttributionHooks {
  post: (reply: Reply) => void;
  /** False once a newer request has made this one stale. */
  isCurrent: () => boolean;
  yieldToMessages: () => Promise<void>;
  now: () => number;
}

/** A request the engine cannot explain (a word past the translation, an unknown id), in plain words. */
function invalidRequest(error: unknown): EngineError {
  const why = error instanceof Error ? error.message : String(error);
  return { code: 'invalid_request', message: `This word cannot be explained: ${why}.` };
}

/** Posts each method's attribution then `attributed`; returns an error value instead of throwing. */
export async function streamAttribution(
  model: LoadedModel,
  request: AttributeRequest,
  hooks: AttributionHooks,
): Promise<EngineError | null> {
  const { id, srcIds, tgtIds, position, wordId } = request;
  const methods = explainWord(model.params, model.info.config, {
    srcIds,
    tgtIds,
    position,
    wordId,
  });
  let computeMs = 0;
  for (;;) {
    const startedAt = hooks.now();
    let next: IteratorResult<Attribution>;
    try {
      next = methods.next();
    } catch (error) {
      return invalidRequest(error);
    }
    computeMs += hooks.now() - startedAt;
    if (next.done) break;
    hooks.post({ type: 'attribution', id, attribution: next.value });
    await hooks.yieldToMessages();
    if (!hooks.isCurrent()) return null;
  }
  hooks.post({ type: 'attributed', id, computeMs });
  return null;
}
