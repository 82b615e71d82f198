/**
 * A macrotask boundary: resolves after the messages already queued for this thread have been
 * handled. A MessageChannel message is queued like them and, unlike setTimeout, is not clamped
 * to 4 ms once nested, so yielding between a run's stages costs microseconds. One channel
 * serves every yield, its messages answered in order.
 */
let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

export function nextMacrotask(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const { port2 } = channel;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port2.postMessage(null);
  });
}
