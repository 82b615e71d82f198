/**
 * A stage's tensors travel between threads as ONE transferable buffer plus a manifest of names,
 * shapes and offsets: transferring hands the memory over without copying it, where JSON or a
 * structured clone of many small arrays would copy and allocate per tensor.
 */
import { sizeOf, type Tensor } from '../engine';

/** Where one tensor sits in a packed buffer. */
export interface ManifestEntry {
  name: string;
  shape: number[];
  /** Byte offset of its first number, a multiple of PACK_ALIGNMENT. */
  byteOffset: number;
  /** How many float32 numbers it holds. */
  length: number;
}

export interface PackedTensors {
  manifest: ManifestEntry[];
  /**
   * The packed numbers. A typed array over the whole buffer rather than the bare ArrayBuffer, so
   * the receiver can read it whichever realm it was cloned into; transfer `bytes.buffer`.
   */
  bytes: Uint8Array;
}

/**
 * Every tensor starts on a 16-byte boundary: float32 views need 4, and 16 keeps each tensor's
 * rows on the boundaries that vectorised readers of the buffer prefer.
 */
export const PACK_ALIGNMENT = 16;

const alignUp = (n: number): number => Math.ceil(n / PACK_ALIGNMENT) * PACK_ALIGNMENT;

/** Copies the tensors, in the Map's order, into one fresh buffer that the caller may transfer. */
export function packTensors(tensors: ReadonlyMap<string, Tensor>): PackedTensors {
  const manifest: ManifestEntry[] = [];
  let end = 0;
  for (const [name, t] of tensors) {
    const length = sizeOf(t.shape);
    if (t.data.length !== length) {
      throw new Error(
        `cannot pack "${name}": shape [${t.shape.join(', ')}] holds ${length} numbers, data has ${t.data.length}`,
      );
    }
    const byteOffset = alignUp(end);
    manifest.push({ name, shape: [...t.shape], byteOffset, length });
    end = byteOffset + length * Float32Array.BYTES_PER_ELEMENT;
  }
  const buffer = new ArrayBuffer(alignUp(end));
  let i = 0;
  for (const t of tensors.values()) {
    const entry = manifest[i++];
    new Float32Array(buffer, entry.byteOffset, entry.length).set(t.data);
  }
  return { manifest, bytes: new Uint8Array(buffer) };
}

/**
 * The tensors back from a packed buffer. Each tensor's data is a view into the buffer (nothing is
 * copied), so the buffer must not be reused for anything else.
 */
export function unpackTensors(packed: PackedTensors): Map<string, Tensor> {
  const { manifest, bytes } = packed;
  const tensors = new Map<string, Tensor>();
  for (const entry of manifest) {
    const start = bytes.byteOffset + entry.byteOffset;
    const byteLength = entry.length * Float32Array.BYTES_PER_ELEMENT;
    if (
      entry.byteOffset % Float32Array.BYTES_PER_ELEMENT !== 0 ||
      entry.byteOffset + byteLength > bytes.byteLength ||
      sizeOf(entry.shape) !== entry.length
    ) {
      throw new Error(`the packed tensor "${entry.name}" does not fit its buffer`);
    }
    const data = new Float32Array(bytes.buffer, start, entry.length);
    tensors.set(entry.name, { shape: entry.shape, data });
  }
  return tensors;
}
