/**
 * An engine session run in the test's own thread, with no network (a model file fetched is a
 * failure) and every reply it posts recorded in order.
 */
import type { Reply } from '../../src/worker/protocol';
import { createEngineSession } from '../../src/worker/session';

export function offlineSession() {
  const replies: Reply[] = [];
  const s = createEngineSession({
    post: (reply) => replies.push(reply),
    fetchFile: () => Promise.reject(new Error('no network in this test')),
    yieldToMessages: () => new Promise<void>((resolve) => setTimeout(resolve)),
    now: () => performance.now(),
    wallClock: () => performance.now(),
  });
  return { s, replies };
}
