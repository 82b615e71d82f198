/**
 * The engine worker: owns the loaded models and runs them, so the page never does. It only
 * dispatches; the work is in session.ts and the modules it calls.
 */
import type { Request } from './protocol';
import { createEngineSession } from './session';
import { nextMacrotask } from './yieldToMessages';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const session = createEngineSession({
  post: (reply, transfer = []) => scope.postMessage(reply, transfer),
  fetchFile: (url) => fetch(url),
  yieldToMessages: nextMacrotask,
  now: () => performance.now(),
  wallClock: () => performance.timeOrigin + performance.now(),
});

scope.addEventListener('message', (event: MessageEvent<Request>) => {
  session.handle(event.data).catch((error: unknown) => {
    // Anything not turned into an error value is a bug: let it crash the worker the way the
    // page can see (an error event), which restarts it, rather than leave a run unanswered.
    setTimeout(() => {
      throw error;
    });
  });
});
