/**
 * The training worker: trains the lab's model in its own thread, apart from the engine worker,
 * so that the page and the translation keep answering while it trains. It only dispatches; the
 * work is in trainingSession.ts and the modules it calls.
 */
import type { TrainingRequest } from './trainingProtocol';
import { createTrainingSession } from './trainingSession';
import { nextMacrotask } from './yieldToMessages';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** One yield in this many goes through a timer (see yieldBetweenSlices). */
const TIMER_EVERY = 8;
let yields = 0;

/**
 * Training pauses between slices of steps to answer messages. Most pauses go through a
 * MessageChannel, which has no 4 ms clamp. One in TIMER_EVERY goes through a timer: where the
 * worker runs on the page's own thread (in tests), a MessageChannel's messages are answered in
 * one go before any timer, and the page's timers would wait until training ended.
 */
function yieldBetweenSlices(): Promise<void> {
  yields = (yields + 1) % TIMER_EVERY;
  return yields === 0 ? new Promise((resolve) => setTimeout(resolve, 0)) : nextMacrotask();
}

const session = createTrainingSession({
  post: (reply, transfer = []) => scope.postMessage(reply, transfer),
  yieldToMessages: yieldBetweenSlices,
  now: () => performance.now(),
});

scope.addEventListener('message', (event: MessageEvent<TrainingRequest>) => {
  session.handle(event.data).catch((error: unknown) => {
    // Anything not turned into an error value is a bug: let it crash the worker the way the
    // page can see (an error event) rather than leave the lab waiting.
    setTimeout(() => {
      throw error;
    });
  });
});
