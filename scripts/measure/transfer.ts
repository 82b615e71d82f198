/**
 * Worker-to-page transfer time per MB of trace: a packed buffer (float32 tensors on 16-byte
 * boundaries, as packing.ts lays them out) bounced between a worker and the page, transferred
 * each way, stamped in the worker just before posting and read on arrival, on one clock
 * (timeOrigin + now).
 */
import type { Page } from '@playwright/test';

/**
 * In a worker: pack `megabytes` of float32 tensors into one buffer, then bounce it between the
 * worker and the page `trips` times, transferred each way. Reusing the buffer keeps allocation
 * and garbage collection out of the timing; timing many trips at once gets past the coarse
 * clock pages have (0.1 ms).
 */
const TRANSFER_PROBE = `
let packed = null;
self.onmessage = (event) => {
  if (event.data.megabytes) {
    const align = (n) => Math.ceil(n / 16) * 16;
    const tensorBytes = 16 * 1024 + 4;
    const count = Math.floor((event.data.megabytes * 1024 * 1024) / align(tensorBytes));
    const manifest = [];
    let end = 0;
    for (let i = 0; i < count; i++) {
      const byteOffset = align(end);
      manifest.push({ name: 'tensor.' + i, shape: [tensorBytes / 4], byteOffset, length: tensorBytes / 4 });
      end = byteOffset + tensorBytes;
    }
    const buffer = new ArrayBuffer(align(end));
    for (const entry of manifest) new Float32Array(buffer, entry.byteOffset, entry.length).fill(0.5);
    packed = { manifest, bytes: new Uint8Array(buffer) };
  } else {
    packed.bytes = event.data.bytes;
  }
  self.postMessage({ ...packed, postedAt: performance.timeOrigin + performance.now() }, [
    packed.bytes.buffer,
  ]);
};
`;

export interface TransferTiming {
  megabytes: number;
  /** Median of one-way times, each read on the page's coarse clock. */
  oneWayMs: number;
  /** A batch's time over its number of transfers (two per trip); the median batch. */
  amortizedMs: number;
}

export async function measureTransfer(
  page: Page,
  sizes: number[],
  trips: number,
  batches: number,
): Promise<TransferTiming[]> {
  // Written without named inner functions: the script runner would wrap those in a helper
  // that does not exist inside the page.
  return page.evaluate(
    async ({ probe, sizes, trips, batches }) => {
      const url = URL.createObjectURL(new Blob([probe], { type: 'text/javascript' }));
      const worker = new Worker(url);
      const results: { megabytes: number; oneWayMs: number; amortizedMs: number }[] = [];
      for (const megabytes of sizes) {
        const oneWay: number[] = [];
        const batchMs: number[] = [];
        let arrivals = 0;
        let batchStart = 0;
        await new Promise<void>((resolve, reject) => {
          worker.onmessage = (event: MessageEvent<{ postedAt: number; bytes: Uint8Array }>) => {
            const arrived = performance.timeOrigin + performance.now();
            const { bytes, postedAt } = event.data;
            if (bytes.byteLength < megabytes * 1000 * 1000) reject(new Error('the buffer shrank'));
            // The first arrival includes packing the buffer and only starts the clock.
            if (arrivals > 0) oneWay.push(arrived - postedAt);
            if (arrivals % trips === 0) {
              if (arrivals > 0) batchMs.push((arrived - batchStart) / (2 * trips));
              batchStart = arrived;
            }
            arrivals += 1;
            if (batchMs.length === batches) resolve();
            else worker.postMessage({ bytes }, [bytes.buffer]);
          };
          worker.postMessage({ megabytes });
        });
        oneWay.sort((a, b) => a - b);
        batchMs.sort((a, b) => a - b);
        results.push({
          megabytes,
          oneWayMs: oneWay[Math.floor(oneWay.length / 2)],
          amortizedMs: batchMs[Math.floor(batchMs.length / 2)],
        });
      }
      worker.terminate();
      URL.revokeObjectURL(url);
      return results;
    },
    { probe: TRANSFER_PROBE, sizes, trips, batches },
  );
}
