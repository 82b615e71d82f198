/**
 * Where a pass files its intermediates under their trace names. Tensors are views into a few
 * large buffers rather than allocations of their own: for a small model, a hundred separate
 * typed arrays cost more time than the arithmetic that fills them. Tensors recorded through
 * one arena may therefore share an ArrayBuffer; copy one before transferring its buffer.
 */
import { sizeOf, tensor, type Tensor } from '../tensor';
import type { TraceName } from './traceNames';

/** Floats per buffer: a whole teacher-forced pass of the reference model fits in a few. */
const CHUNK_SIZE = 1 << 15;

/** Hands out consecutive slices of large zero-filled buffers. */
export class FloatArena {
  private chunk = new Float32Array(0);
  private used = 0;

  take(length: number): Float32Array {
    if (this.used + length > this.chunk.length) {
      this.chunk = new Float32Array(Math.max(length, CHUNK_SIZE));
      this.used = 0;
    }
    const slice = this.chunk.subarray(this.used, this.used + length);
    this.used += length;
    return slice;
  }
}

export class TraceRecorder {
  readonly tensors: Map<TraceName, Tensor>;
  private readonly arena: FloatArena;
  private scratchBuffer = new Float32Array(0);

  constructor(arena: FloatArena = new FloatArena(), tensors: Map<TraceName, Tensor> = new Map()) {
    this.arena = arena;
    this.tensors = tensors;
  }

  /** A new tensor filed under `name`; returns its numbers for the caller to fill. */
  record(name: TraceName, shape: number[]): Float32Array {
    const data = this.arena.take(sizeOf(shape));
    this.tensors.set(name, tensor(shape, data));
    return data;
  }

  /** A working buffer of at least `length` floats, not recorded, reused by the next call. */
  scratch(length: number): Float32Array {
    if (this.scratchBuffer.length < length) this.scratchBuffer = new Float32Array(length);
    return this.scratchBuffer;
  }

  /** A recorder for the next stage: same arena, its own map of tensors. */
  nextStage(): TraceRecorder {
    return new TraceRecorder(this.arena);
  }
}
