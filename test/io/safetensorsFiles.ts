/**
 * Safetensors files built by hand, byte by byte from the format's description, without the
 * engine's writer: what a file exported elsewhere would hold.
 */

/** One tensor's raw little-endian data, as a header entry will describe it. */
export interface RawTensor {
  name: string;
  dtype: string;
  shape: number[];
  data: Uint8Array;
}

/** 8-byte little-endian header length, the header text as given, then `data`. */
export function fileFromParts(headerText: string, data: Uint8Array = new Uint8Array()): Uint8Array {
  const header = new TextEncoder().encode(headerText);
  const file = new Uint8Array(8 + header.length + data.length);
  let length = header.length;
  for (let i = 0; i < 8; i++) {
    file[i] = length % 256;
    length = Math.floor(length / 256);
  }
  file.set(header, 8);
  file.set(data, 8 + header.length);
  return file;
}

/** A well-formed file holding `tensors` back to back, in the given order. */
export function handWrittenFile(
  tensors: RawTensor[],
  metadata?: Record<string, string>,
): Uint8Array {
  const entries: string[] = [];
  if (metadata) entries.push(`"__metadata__":${JSON.stringify(metadata)}`);
  let offset = 0;
  for (const t of tensors) {
    entries.push(
      `"${t.name}":{"dtype":"${t.dtype}","shape":[${t.shape.join(',')}],` +
        `"data_offsets":[${offset},${offset + t.data.length}]}`,
    );
    offset += t.data.length;
  }
  const data = new Uint8Array(offset);
  offset = 0;
  for (const t of tensors) {
    data.set(t.data, offset);
    offset += t.data.length;
  }
  return fileFromParts(`{${entries.join(',')}}`, data);
}

/** Little-endian bytes of 16-bit words (F16 or BF16 bit patterns). */
export function words16(words: number[]): Uint8Array {
  const bytes = new Uint8Array(words.length * 2);
  words.forEach((word, i) => {
    bytes[2 * i] = word & 0xff;
    bytes[2 * i + 1] = word >> 8;
  });
  return bytes;
}

/** Little-endian bytes of float32 numbers, through DataView rather than a typed-array copy. */
export function float32Bytes(values: number[]): Uint8Array {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  values.forEach((value, i) => view.setFloat32(4 * i, value, true));
  return bytes;
}
