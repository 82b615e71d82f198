/**
 * A stand-in for a Worker that the test drives by hand: it records what the page posts, and
 * replies, fails or stays silent when the test says so.
 */
export class FakeWorker extends EventTarget {
  readonly posted: unknown[] = [];
  terminated = false;

  postMessage(message: unknown): void {
    if (!this.terminated) this.posted.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** The worker posts `data` to the page. */
  reply(data: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }

  /** The worker's script fails, as when it cannot be loaded. */
  fail(message = 'Failed to fetch the worker script'): void {
    const event = new Event('error', { cancelable: true });
    Object.defineProperty(event, 'message', { value: message });
    this.dispatchEvent(event);
  }

  /** The requests posted so far of one type. */
  requests(type: string): { type: string; id: number; [field: string]: unknown }[] {
    return this.posted.filter(
      (m): m is { type: string; id: number } =>
        typeof m === 'object' && m !== null && (m as { type?: unknown }).type === type,
    );
  }
}

/** Workers made by `create`, kept in order, as a `createWorker` option wants them. */
export function fakeWorkers(): { workers: FakeWorker[]; create: () => Worker } {
  const workers: FakeWorker[] = [];
  return {
    workers,
    create: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    },
  };
}
