/**
 * Reading and writing safetensors files, the weights format of huggingface/safetensors, so that a
 * model trained here opens in PyTorch and one exported from PyTorch opens here.
 * The engine writes F32, or F16 for a smaller download; it reads F32, and F16 or BF16 widened to F32.
 */
import { sizeOf, tensor, type Tensor } from '../tensor';
import { decodeBfloat16, decodeFloat16, encodeFloat16 } from './halfPrecision';
import {
  BYTES_PER_NUMBER,
  HEADER_LENGTH_BYTES,
  METADATA_KEY,
  readLayout,
  type TensorEntry,
} from './safetensorsHeader';

export interface SafetensorsContents {
  /** Tensors in the order of their data in the file (the order they were written in). */
  tensors: Map<string, Tensor>;
  metadata: Record<string, string>;
}

/** The file format stores little-endian numbers; typed arrays use the machine's own order. */
const MACHINE_IS_LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Data starts on a multiple of 8 so that every F32 tensor can be viewed in place when read. */
const DATA_ALIGNMENT = 8;

/**
 * The file's bytes for `tensors` (written in the Map's order) and optional string metadata.
 * Numbers are copied bit for bit: -0, infinities, subnormals and NaN come back unchanged.
 */
export function writeSafetensors(
  tensors: Map<string, Tensor>,
  metadata?: Record<string, string>,
  dtype: 'F32' | 'F16' = 'F32',
): Uint8Array {
  const header: Record<string, unknown> = {};
  if (metadata && Object.keys(metadata).length > 0) header[METADATA_KEY] = { ...metadata };
  let dataLength = 0;
  for (const [name, t] of tensors) {
    if (name === METADATA_KEY) throw new Error(`a tensor cannot be named "${METADATA_KEY}"`);
    if (!t.shape.every((dim) => Number.isSafeInteger(dim) && dim >= 0)) {
      throw new Error(`the tensor "${name}" has an invalid shape [${t.shape.join(', ')}]`);
    }
    if (t.data.length !== sizeOf(t.shape)) {
      throw new Error(
        `the tensor "${name}" has shape [${t.shape.join(', ')}] but ${t.data.length} numbers`,
      );
    }
    const byteLength = t.data.length * BYTES_PER_NUMBER[dtype];
    header[name] = {
      dtype,
      shape: [...t.shape],
      data_offsets: [dataLength, dataLength + byteLength],
    };
    dataLength += byteLength;
  }

  const headerText = new TextEncoder().encode(JSON.stringify(header));
  // Spaces after the JSON are allowed by the format and keep the data aligned.
  const paddedLength = Math.ceil(headerText.length / DATA_ALIGNMENT) * DATA_ALIGNMENT;
  const dataStart = HEADER_LENGTH_BYTES + paddedLength;
  const bytes = new Uint8Array(dataStart + dataLength);
  new DataView(bytes.buffer).setBigUint64(0, BigInt(paddedLength), true);
  bytes.set(headerText, HEADER_LENGTH_BYTES);
  bytes.fill(0x20, HEADER_LENGTH_BYTES + headerText.length, dataStart);

  let offset = dataStart;
  for (const t of tensors.values()) {
    if (dtype === 'F16') encodeFloat16(t.data, bytes, offset);
    else writeFloat32LittleEndian(bytes, offset, t.data);
    offset += t.data.length * BYTES_PER_NUMBER[dtype];
  }
  return bytes;
}

/**
 * The tensors and metadata of a safetensors file, after checking every part of it; any fault
 * throws a ModelFileError that names `fileName` and says what is wrong.
 *
 * F32 tensors whose data sits on a 4-byte boundary are views into `bytes` (nothing is copied), so
 * they share its memory: changing one changes the other. Other tensors are fresh arrays.
 */
export function readSafetensors(bytes: Uint8Array, fileName: string): SafetensorsContents {
  const layout = readLayout(bytes, fileName);
  const tensors = new Map<string, Tensor>();
  for (const entry of layout.entries) {
    tensors.set(entry.name, tensor(entry.shape, readData(bytes, layout.dataStart, entry)));
  }
  return { tensors, metadata: layout.metadata };
}

function readData(bytes: Uint8Array, dataStart: number, entry: TensorEntry): Float32Array {
  const start = dataStart + entry.begin;
  const count = sizeOf(entry.shape);
  switch (entry.dtype) {
    case 'F16':
      return decodeFloat16(bytes, start, count);
    case 'BF16':
      return decodeBfloat16(bytes, start, count);
    case 'F32': {
      const absoluteStart = bytes.byteOffset + start;
      if (MACHINE_IS_LITTLE_ENDIAN && absoluteStart % BYTES_PER_NUMBER.F32 === 0) {
        return new Float32Array(bytes.buffer, absoluteStart, count);
      }
      return readFloat32LittleEndian(bytes, start, count);
    }
  }
}

/** A fresh, aligned copy, reading the bit patterns so NaN payloads are kept. */
function readFloat32LittleEndian(bytes: Uint8Array, start: number, count: number): Float32Array {
  const values = new Float32Array(count);
  if (MACHINE_IS_LITTLE_ENDIAN) {
    new Uint8Array(values.buffer).set(bytes.subarray(start, start + values.byteLength));
    return values;
  }
  const bits = new Uint32Array(values.buffer);
  const source = new DataView(bytes.buffer, bytes.byteOffset + start, values.byteLength);
  for (let i = 0; i < count; i++) bits[i] = source.getUint32(4 * i, true);
  return values;
}

function writeFloat32LittleEndian(bytes: Uint8Array, start: number, data: Float32Array): void {
  if (MACHINE_IS_LITTLE_ENDIAN) {
    bytes.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), start);
    return;
  }
  const bits = new Uint32Array(data.buffer, data.byteOffset, data.length);
  const target = new DataView(bytes.buffer, bytes.byteOffset + start, data.byteLength);
  for (let i = 0; i < data.length; i++) target.setUint32(4 * i, bits[i], true);
}
