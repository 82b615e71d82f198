/**
 * The header of a safetensors file (huggingface/safetensors), read and checked before any tensor
 * data is touched. Layout of the file:
 *
 *   bytes 0..8        N, a little-endian u64: the header's length in bytes
 *   bytes 8..8+N      UTF-8 JSON: { name: { dtype, shape, data_offsets: [begin, end] }, ...,
 *                     "__metadata__": { key: string } }, possibly padded with spaces
 *   bytes 8+N..       the data: every tensor's little-endian numbers, offsets counted from here
 *
 * The data must be covered exactly, with no gap, no overlap and nothing after the last tensor: the
 * same rules as the reference implementation, which keep a file from hiding anything else.
 */
import { sizeOf } from '../tensor';
import { describe, isPlainObject } from './json';
import { MAX_HEADER_BYTES, MAX_TENSOR_RANK, tooLarge } from './limits';
import { ModelFileError, formatCount, formatShapeList } from './modelFileError';

export const HEADER_LENGTH_BYTES = 8;
export const METADATA_KEY = '__metadata__';

/** Bytes per number of each dtype the engine reads; anything else is refused. */
export const BYTES_PER_NUMBER = { F32: 4, F16: 2, BF16: 2 } as const;
export type SupportedDtype = keyof typeof BYTES_PER_NUMBER;

/** One tensor as the header describes it; `begin` and `end` are relative to the data. */
export interface TensorEntry {
  name: string;
  dtype: SupportedDtype;
  shape: number[];
  begin: number;
  end: number;
}

export interface SafetensorsLayout {
  /** Where the data starts, counted from the start of the file. */
  dataStart: number;
  /** Tensors in the order their data appears in the file. */
  entries: TensorEntry[];
  metadata: Record<string, string>;
}

/** Reads and checks the header of `bytes`; throws ModelFileError naming `file` on any fault. */
export function readLayout(bytes: Uint8Array, file: string): SafetensorsLayout {
  if (bytes.length < HEADER_LENGTH_BYTES) {
    throw loadFailed(
      file,
      `${file} is cut short: it has ${bytes.length} bytes, fewer than the ` +
        `${HEADER_LENGTH_BYTES} that give its header's length`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getBigUint64(0, true);
  const available = bytes.length - HEADER_LENGTH_BYTES;
  if (headerLength > BigInt(available)) {
    throw loadFailed(
      file,
      `${file} is cut short: its header says ${formatCount(Number(headerLength))} bytes ` +
        `but the file ends after ${formatCount(available)} of them`,
    );
  }
  if (headerLength > BigInt(MAX_HEADER_BYTES)) {
    throw loadFailed(
      file,
      `${file}: ${tooLarge('its header', Number(headerLength), MAX_HEADER_BYTES, ' bytes')}`,
    );
  }
  const dataStart = HEADER_LENGTH_BYTES + Number(headerLength);
  const header = parseHeader(bytes.subarray(HEADER_LENGTH_BYTES, dataStart), file);

  const metadata = readMetadata(header[METADATA_KEY], file);
  const entries: TensorEntry[] = [];
  for (const [name, description] of Object.entries(header)) {
    if (name !== METADATA_KEY) entries.push(readEntry(name, description, file));
  }
  entries.sort((a, b) => a.begin - b.begin || a.end - b.end);
  checkDataCoverage(entries, bytes.length - dataStart, file);
  return { dataStart, entries, metadata };
}

function loadFailed(file: string, message: string, tensor?: string): ModelFileError {
  return new ModelFileError(message, { code: 'model_load_failed', file, tensor });
}

function parseHeader(headerBytes: Uint8Array, file: string): Record<string, unknown> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(headerBytes);
  } catch {
    throw loadFailed(file, `${file}: its header is not valid UTF-8 text`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? ` (${error.message})` : '';
    throw loadFailed(file, `${file}: its header is not valid JSON${reason}`);
  }
  if (!isPlainObject(parsed)) {
    throw loadFailed(
      file,
      `${file}: its header should be a JSON object of tensors, found ${describe(parsed)}`,
    );
  }
  return parsed;
}

function readMetadata(value: unknown, file: string): Record<string, string> {
  if (value === undefined) return {};
  if (!isPlainObject(value)) {
    throw loadFailed(
      file,
      `${file}: its ${METADATA_KEY} should be an object of strings, found ${describe(value)}`,
    );
  }
  const metadata: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry !== 'string') {
      throw loadFailed(
        file,
        `${file}: its ${METADATA_KEY} should hold only strings, but "${key}" is ${describe(entry)}`,
      );
    }
    metadata[key] = entry;
  }
  return metadata;
}

/** One header entry, checked field by field: dtype known, shape and offsets whole and consistent. */
function readEntry(name: string, description: unknown, file: string): TensorEntry {
  const fail = (what: string) => loadFailed(file, `${file}: the tensor "${name}" ${what}`, name);
  if (!isPlainObject(description)) {
    throw fail(`should be described by an object, found ${describe(description)}`);
  }
  const { dtype, shape, data_offsets: offsets } = description;
  if (typeof dtype !== 'string' || !Object.hasOwn(BYTES_PER_NUMBER, dtype)) {
    throw fail(
      `has dtype ${typeof dtype === 'string' ? `"${dtype}"` : describe(dtype)}; ` +
        `only ${Object.keys(BYTES_PER_NUMBER).join(', ')} can be read`,
    );
  }
  if (!Array.isArray(shape) || !shape.every(isCount)) {
    throw fail(`should have a shape made of whole numbers, found ${JSON.stringify(shape)}`);
  }
  if (shape.length > MAX_TENSOR_RANK) {
    throw fail(
      `has a shape whose ${tooLarge('number of dimensions', shape.length, MAX_TENSOR_RANK)}`,
    );
  }
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every(isCount)) {
    throw fail(
      `should have data_offsets [begin, end] made of whole numbers, found ${JSON.stringify(offsets)}`,
    );
  }
  const [begin, end] = offsets as [number, number];
  if (end < begin) throw fail(`has data_offsets [${begin}, ${end}] that end before they begin`);
  const supported = dtype as SupportedDtype;
  const needed = sizeOf(shape) * BYTES_PER_NUMBER[supported];
  if (end - begin !== needed) {
    throw new ModelFileError(
      `${file}: the tensor "${name}" has shape ${formatShapeList(shape)} of ${supported}, ` +
        `which takes ${formatCount(needed)} bytes, but its data_offsets [${begin}, ${end}] ` +
        `span ${formatCount(end - begin)}`,
      { code: 'model_load_failed', file, tensor: name, found: shape },
    );
  }
  return { name, dtype: supported, shape, begin, end };
}

/**
 * Entries sorted by where their data begins must tile the data exactly: each begins where the
 * previous ended, and the last ends where the file does. A tensor whose data runs past the end of
 * the file means the file was cut short, and is reported as such before anything else.
 */
function checkDataCoverage(entries: TensorEntry[], dataLength: number, file: string): void {
  const cut = entries.find((entry) => entry.end > dataLength);
  if (cut) {
    throw loadFailed(
      file,
      `${file} is cut short: the tensor "${cut.name}" needs bytes ${formatCount(cut.begin)}` +
        `–${formatCount(cut.end)} of the data but the file holds only ${formatCount(dataLength)}`,
      cut.name,
    );
  }
  let covered = 0;
  let previous: TensorEntry | undefined;
  for (const entry of entries) {
    if (previous && entry.begin < covered) {
      throw loadFailed(
        file,
        `${file}: the tensors "${previous.name}" and "${entry.name}" overlap ` +
          `(data bytes ${previous.begin}–${previous.end} and ${entry.begin}–${entry.end})`,
        entry.name,
      );
    }
    if (entry.begin > covered) {
      throw loadFailed(
        file,
        `${file}: ${formatCount(entry.begin - covered)} bytes of data before the tensor ` +
          `"${entry.name}" belong to no tensor`,
        entry.name,
      );
    }
    covered = Math.max(covered, entry.end);
    previous = entry;
  }
  if (covered < dataLength) {
    throw loadFailed(
      file,
      `${file} has ${formatCount(dataLength - covered)} bytes after the end of its last tensor`,
    );
  }
}

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}
