/**
 * A macrotask boundary: resolves after the messages already queued for this thread have been
 * handled. A MessageChannel message is queued like them and, unlike setTimeout, is not clamped
 * to 4 ms once nested, so yielding between a run's stages costs microseconds.
 */
export function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
