/**
 * A tensor is a flat Float32Array read in row-major order with its shape beside it.
 * Nothing more: no strides, no views, no autograd. Ops are free functions over these.
 */
export interface Tensor {
  readonly shape: readonly number[];
  readonly data: Float32Array;
}

/** Number of elements a shape holds: the product of its dimensions. */
export function sizeOf(shape: readonly number[]): number {
  let n = 1;
  for (const dim of shape) n *= dim;
  return n;
}

/** A tensor of the given shape, zero-filled or wrapping `data` (which must have the right length). */
export function tensor(shape: readonly number[], data?: Float32Array): Tensor {
  const n = sizeOf(shape);
  if (data && data.length !== n) {
    throw new Error(
      `tensor: shape [${shape.join(', ')}] holds ${n} numbers, data has ${data.length}`,
    );
  }
  return { shape: [...shape], data: data ?? new Float32Array(n) };
}

/** Row `i` of a 2-D tensor, as a view that shares its memory. */
export function row(t: Tensor, i: number): Float32Array {
  const width = t.shape[t.shape.length - 1];
  return t.data.subarray(i * width, (i + 1) * width);
}

/** The shape written as people read it: `[10 × 64]`. */
export function formatShape(shape: readonly number[]): string {
  return `[${shape.join(' × ')}]`;
}
