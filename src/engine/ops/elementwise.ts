/** Element-wise ops over flat buffers: the residual sums and the feed-forward's ReLU. */

/** out = a + b over the first n numbers (out may alias a or b). */
export function addInto(out: Float32Array, a: Float32Array, b: Float32Array, n: number): void {
  for (let i = 0; i < n; i++) out[i] = a[i] + b[i];
}

/** ReLU(x) = max(0, x), in place over the first n numbers. */
export function reluInPlace(x: Float32Array, n: number): void {
  for (let i = 0; i < n; i++) if (x[i] < 0) x[i] = 0;
}
