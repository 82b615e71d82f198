import { describe, expect, it } from 'vitest';
import { readSafetensors, writeSafetensors } from '../../src/engine/io/safetensors';
import { ModelFileError } from '../../src/engine/io/modelFileError';
import { initParams } from '../../src/engine/model/params';
import { REFERENCE_CONFIG } from '../../src/engine/model/config';
import { seededRandom } from '../../src/engine/random';
import { tensor, type Tensor } from '../../src/engine/tensor';
import { fileFromParts, float32Bytes, handWrittenFile, words16 } from './safetensorsFiles';

const FILE = 'model.safetensors';

/** The float32 bit patterns of a tensor's numbers, so -0 and NaN compare exactly. */
function bitsOf(t: Tensor): Uint32Array {
  return new Uint32Array(Float32Array.from(t.data).buffer);
}

function expectSameTensors(actual: Map<string, Tensor>, expected: Map<string, Tensor>): void {
  expect([...actual.keys()]).toEqual([...expected.keys()]);
  for (const [name, t] of expected) {
    const read = actual.get(name);
    expect(read?.shape, name).toEqual(t.shape);
    const readBits = read ? bitsOf(read) : new Uint32Array();
    const expectedBits = bitsOf(t);
    expect(readBits.length, name).toBe(expectedBits.length);
    const differing = expectedBits.filter((bits, i) => readBits[i] !== bits).length;
    expect(differing, `${name}: numbers that changed`).toBe(0);
  }
}

function randomTensor(shape: number[], seed: number): Tensor {
  const random = seededRandom(seed);
  const t = tensor(shape);
  for (let i = 0; i < t.data.length; i++) t.data[i] = (random() - 0.5) * 10 ** (random() * 8 - 4);
  return t;
}

/** Runs `read` and returns the ModelFileError it throws, failing the test if it throws nothing. */
function loadError(read: () => unknown): ModelFileError {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ModelFileError);
    return error as ModelFileError;
  }
  throw new Error('expected the file to be refused, but it was read');
}

const readError = (bytes: Uint8Array) => loadError(() => readSafetensors(bytes, FILE));

describe('safetensors round trip', () => {
  it('gives back random tensors of several shapes bit for bit, in order', () => {
    const shapes = [[], [1], [7], [3, 5], [2, 3, 4], [0], [4, 0, 2], [1, 1, 1, 9]];
    const tensors = new Map(shapes.map((shape, i) => [`t${i}`, randomTensor(shape, 100 + i)]));
    const { tensors: read, metadata } = readSafetensors(writeSafetensors(tensors), FILE);
    expectSameTensors(read, tensors);
    expect(metadata).toEqual({});
  });

  it('keeps -0, infinities, subnormals, the extremes of float32 and NaN exactly', () => {
    const special = [-0, 0, Infinity, -Infinity, 2 ** -149, -(2 ** -149), 2 ** -127, NaN];
    const extremes = [3.4028234663852886e38, -3.4028234663852886e38, 2 ** -126, 1 / 3];
    const tensors = new Map([
      ['special', tensor([special.length], Float32Array.from(special))],
      ['extremes', tensor([2, 2], Float32Array.from(extremes))],
    ]);
    const read = readSafetensors(writeSafetensors(tensors), FILE).tensors;
    expectSameTensors(read, tensors);
    expect(Object.is(read.get('special')?.data[0], -0)).toBe(true);
  });

  it('gives back every parameter of a freshly initialised reference model bit for bit', () => {
    const params = initParams(REFERENCE_CONFIG, 7);
    const read = readSafetensors(writeSafetensors(params), FILE).tensors;
    expectSameTensors(read, params);
  });

  it('gives back the string metadata', () => {
    const metadata = { format: 'pt', note: 'trained on 10,000 pairs → fr', empty: '' };
    const bytes = writeSafetensors(new Map([['x', randomTensor([3], 1)]]), metadata);
    expect(readSafetensors(bytes, FILE).metadata).toEqual(metadata);
  });

  it('pads the header with spaces so the data starts on a multiple of 8', () => {
    for (const name of ['a', 'ab', 'abc', 'abcd', 'abcde', 'abcdef', 'abcdefg', 'abcdefgh']) {
      const bytes = writeSafetensors(new Map([[name, randomTensor([2], 3)]]));
      const headerLength = Number(new DataView(bytes.buffer).getBigUint64(0, true));
      expect(headerLength % 8).toBe(0);
      const header = new TextDecoder().decode(bytes.subarray(8, 8 + headerLength));
      expect(header.trimEnd()).toBe(`{"${name}":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}`);
      expect(header.slice(header.trimEnd().length)).toMatch(/^ *$/);
    }
  });

  it('reads aligned F32 data in place, sharing memory with the file', () => {
    const bytes = writeSafetensors(new Map([['x', randomTensor([16], 4)]]));
    const read = readSafetensors(bytes, FILE).tensors.get('x');
    expect(read?.data.buffer).toBe(bytes.buffer);
  });

  it('copies F32 data that does not sit on a 4-byte boundary, and reads it right', () => {
    const tensors = new Map([['x', randomTensor([5, 3], 5)]]);
    const written = writeSafetensors(tensors);
    const shifted = new Uint8Array(written.length + 1);
    shifted.set(written, 1);
    const bytes = shifted.subarray(1);
    const read = readSafetensors(bytes, FILE).tensors;
    expectSameTensors(read, tensors);
    expect(read.get('x')?.data.buffer).not.toBe(bytes.buffer);
  });

  it('refuses to write a tensor whose data does not fill its shape', () => {
    const broken: Tensor = { shape: [2, 3], data: new Float32Array(5) };
    expect(() => writeSafetensors(new Map([['w', broken]]))).toThrow(/"w".*\[2, 3\].*5 numbers/);
  });

  it('refuses to write a tensor named like the metadata', () => {
    expect(() => writeSafetensors(new Map([['__metadata__', randomTensor([1], 1)]]))).toThrow(
      /__metadata__/,
    );
  });
});

describe('safetensors files written by hand', () => {
  // Byte layouts the reference implementation (huggingface/safetensors) produces in its own
  // serialization tests: the header's JSON, space padding to a multiple of 8, then the data.
  const zeroToFive = [
    0, 0, 0, 0, 0, 0, 128, 63, 0, 0, 0, 64, 0, 0, 64, 64, 0, 0, 128, 64, 0, 0, 160, 64,
  ];
  const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
  const headerLength = (n: number) => [n, 0, 0, 0, 0, 0, 0, 0];

  it('writes the bytes the reference implementation writes for the same tensors', () => {
    const data = Float32Array.from([0, 1, 2, 3, 4, 5]);
    const unpadded = writeSafetensors(new Map([['attn.0', tensor([1, 2, 3], data)]]));
    expect([...unpadded]).toEqual([
      ...headerLength(64),
      ...ascii('{"attn.0":{"dtype":"F32","shape":[1,2,3],"data_offsets":[0,24]}}'),
      ...zeroToFive,
    ]);
    const padded = writeSafetensors(new Map([['attn0', tensor([1, 1, 2, 3], data)]]));
    expect([...padded]).toEqual([
      ...headerLength(72),
      ...ascii('{"attn0":{"dtype":"F32","shape":[1,1,2,3],"data_offsets":[0,24]}}       '),
      ...zeroToFive,
    ]);
    expect([...writeSafetensors(new Map(), { framework: 'pt' })]).toEqual([
      ...headerLength(40),
      ...ascii('{"__metadata__":{"framework":"pt"}}     '),
    ]);
    expect([...writeSafetensors(new Map())]).toEqual([...headerLength(8), ...ascii('{}      ')]);
  });

  it('reads a header padded with any JSON whitespace', () => {
    const bytes = fileFromParts(
      '{"attn0":{"dtype":"F32","shape":[2,3],"data_offsets":[0,24]}}\r \t\n',
      Uint8Array.from(zeroToFive),
    );
    const read = readSafetensors(bytes, FILE).tensors.get('attn0');
    expect(read?.shape).toEqual([2, 3]);
    expect([...(read?.data ?? [])]).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('reads F32 tensors from bytes laid out per the format', () => {
    // 1.0 = 0x3f800000, -2.0 = 0xc0000000, 0.5 = 0x3f000000, 3.0 = 0x40400000 (little-endian).
    const weight = [0, 0, 0x80, 0x3f, 0, 0, 0, 0xc0, 0, 0, 0, 0x3f, 0, 0, 0x40, 0x40];
    const bias = [0, 0, 0, 0x80, 0, 0, 0x80, 0x7f]; // -0.0, +Infinity
    const header =
      '{"__metadata__":{"format":"pt"},' +
      '"bias":{"dtype":"F32","shape":[2],"data_offsets":[16,24]},' +
      '"weight":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]}}';
    const bytes = fileFromParts(header, Uint8Array.from([...weight, ...bias]));
    const { tensors, metadata } = readSafetensors(bytes, FILE);
    expect(metadata).toEqual({ format: 'pt' });
    expect([...tensors.keys()]).toEqual(['weight', 'bias']);
    expect(tensors.get('weight')?.shape).toEqual([2, 2]);
    expect([...(tensors.get('weight')?.data ?? [])]).toEqual([1, -2, 0.5, 3]);
    expect([...(tensors.get('bias')?.data ?? [])]).toEqual([-0, Infinity]);
  });

  it('reads a scalar and an empty tensor', () => {
    const bytes = handWrittenFile([
      { name: 'empty', dtype: 'F32', shape: [3, 0], data: new Uint8Array() },
      { name: 'scalar', dtype: 'F32', shape: [], data: float32Bytes([42.5]) },
    ]);
    const { tensors } = readSafetensors(bytes, FILE);
    expect(tensors.get('empty')?.shape).toEqual([3, 0]);
    expect(tensors.get('empty')?.data.length).toBe(0);
    expect(tensors.get('scalar')?.shape).toEqual([]);
    expect([...(tensors.get('scalar')?.data ?? [])]).toEqual([42.5]);
  });

  it('decodes F16 to the right float32 values', () => {
    const cases: [number, number][] = [
      [0x3c00, 1],
      [0xc100, -2.5],
      [0x7bff, 65504],
      [0x0001, 2 ** -24],
      [0x03ff, 1023 * 2 ** -24],
      [0x0400, 2 ** -14],
      [0x3555, 0.333251953125],
      [0x8000, -0],
      [0x7c00, Infinity],
      [0xfc00, -Infinity],
    ];
    const bytes = handWrittenFile([
      { name: 'h', dtype: 'F16', shape: [cases.length], data: words16(cases.map(([w]) => w)) },
    ]);
    const values = [...(readSafetensors(bytes, FILE).tensors.get('h')?.data ?? [])];
    expect(values).toEqual(cases.map(([, value]) => value));
  });

  it('decodes every one of the 65,536 F16 bit patterns like the IEEE 754 formula', () => {
    const words = Array.from({ length: 65536 }, (_, i) => i);
    const bytes = handWrittenFile([
      { name: 'all', dtype: 'F16', shape: [65536], data: words16(words) },
    ]);
    const values = readSafetensors(bytes, FILE).tensors.get('all')?.data ?? new Float32Array();
    let wrong = 0;
    for (const word of words) {
      const sign = word >> 15 ? -1 : 1;
      const exponent = (word >> 10) & 31;
      const mantissa = word & 1023;
      const expected =
        exponent === 31
          ? mantissa === 0
            ? sign * Infinity
            : NaN
          : exponent === 0
            ? sign * Math.pow(2, -14) * (mantissa / 1024)
            : sign * Math.pow(2, exponent - 15) * (1 + mantissa / 1024);
      if (!Object.is(values[word], expected)) wrong++;
    }
    expect(wrong).toBe(0);
  });

  it('decodes BF16 to the right float32 values', () => {
    const cases: [number, number][] = [
      [0x3f80, 1],
      [0xc020, -2.5],
      [0x477f, 65280],
      [0x4049, 3.140625],
      [0x0001, 2 ** -133],
      [0x0080, 2 ** -126],
      [0x8000, -0],
      [0x7f80, Infinity],
      [0xff80, -Infinity],
    ];
    const bytes = handWrittenFile([
      { name: 'b', dtype: 'BF16', shape: [cases.length], data: words16(cases.map(([w]) => w)) },
    ]);
    const values = [...(readSafetensors(bytes, FILE).tensors.get('b')?.data ?? [])];
    expect(values).toEqual(cases.map(([, value]) => value));
  });

  it('decodes F16 and BF16 NaN to NaN', () => {
    const bytes = handWrittenFile([
      { name: 'h', dtype: 'F16', shape: [1], data: words16([0x7e00]) },
      { name: 'b', dtype: 'BF16', shape: [1], data: words16([0x7fc0]) },
    ]);
    const { tensors } = readSafetensors(bytes, FILE);
    expect(tensors.get('h')?.data[0]).toBeNaN();
    expect(tensors.get('b')?.data[0]).toBeNaN();
  });

  it('reads F32 stored after half-precision data at an odd 2-byte offset', () => {
    const bytes = handWrittenFile([
      { name: 'h', dtype: 'F16', shape: [3], data: words16([0x3c00, 0x4000, 0x4200]) },
      { name: 'f', dtype: 'F32', shape: [2], data: float32Bytes([0.1, -7]) },
    ]);
    const { tensors } = readSafetensors(bytes, FILE);
    expect([...(tensors.get('h')?.data ?? [])]).toEqual([1, 2, 3]);
    expect([...(tensors.get('f')?.data ?? [])]).toEqual([Math.fround(0.1), -7]);
  });
});

describe('safetensors files that are corrupt', () => {
  const twoFloats = float32Bytes([1, 2]);

  it('refuses a file too short to hold its header length', () => {
    const error = readError(new Uint8Array(5));
    expect(error.code).toBe('model_load_failed');
    expect(error.file).toBe(FILE);
    expect(error.message).toBe(
      "model.safetensors is cut short: it has 5 bytes, fewer than the 8 that give its header's length",
    );
  });

  it('refuses a header length beyond the end of the file', () => {
    const bytes = new Uint8Array(8 + 980).fill(0x20);
    new DataView(bytes.buffer).setBigUint64(0, 1204n, true);
    expect(readError(bytes).message).toBe(
      'model.safetensors is cut short: its header says 1,204 bytes but the file ends after 980 of them',
    );
  });

  it('refuses a header length too large to be a number of bytes', () => {
    const bytes = new Uint8Array(16).fill(0xff);
    expect(readError(bytes).message).toMatch(/^model\.safetensors is cut short: its header says/);
  });

  it('refuses a header that is not UTF-8 text', () => {
    const bytes = new Uint8Array(10);
    bytes[0] = 2;
    bytes.set([0xff, 0xfe], 8);
    expect(readError(bytes).message).toBe('model.safetensors: its header is not valid UTF-8 text');
  });

  it('refuses a header that is not JSON', () => {
    const error = readError(fileFromParts('{"x": {"dtype": '));
    expect(error.code).toBe('model_load_failed');
    expect(error.message).toMatch(/^model\.safetensors: its header is not valid JSON/);
  });

  it('refuses a header that is JSON but not an object', () => {
    expect(readError(fileFromParts('[1, 2]')).message).toBe(
      'model.safetensors: its header should be a JSON object of tensors, found an array',
    );
    expect(readError(fileFromParts('null')).message).toMatch(/found null$/);
    expect(readError(fileFromParts('"weights"')).message).toMatch(/found the text "weights"$/);
  });

  it('refuses metadata that is not an object of strings', () => {
    expect(readError(fileFromParts('{"__metadata__":{"epochs":3}}')).message).toBe(
      'model.safetensors: its __metadata__ should hold only strings, but "epochs" is the number 3',
    );
    expect(readError(fileFromParts('{"__metadata__":[]}')).message).toMatch(/found an array$/);
  });

  it('refuses a tensor described by something other than an object', () => {
    const error = readError(fileFromParts('{"w": 3}'));
    expect(error.tensor).toBe('w');
    expect(error.message).toBe(
      'model.safetensors: the tensor "w" should be described by an object, found the number 3',
    );
  });

  it('refuses an unknown or unsupported dtype, naming the tensor', () => {
    for (const dtype of ['F33', 'I64', 'F64']) {
      const bytes = handWrittenFile([{ name: 'w', dtype, shape: [2], data: float32Bytes([1, 2]) }]);
      const error = readError(bytes);
      expect(error.code).toBe('model_load_failed');
      expect(error.tensor).toBe('w');
      expect(error.message).toBe(
        `model.safetensors: the tensor "w" has dtype "${dtype}"; only F32, F16, BF16 can be read`,
      );
    }
  });

  it('refuses a shape that is not a list of whole numbers', () => {
    for (const shape of ['[2,-1]', '[1.5]', '"2"', '[null]']) {
      const header = `{"w":{"dtype":"F32","shape":${shape},"data_offsets":[0,8]}}`;
      const error = readError(fileFromParts(header, twoFloats));
      expect(error.tensor).toBe('w');
      expect(error.message).toMatch(/^model\.safetensors: the tensor "w" should have a shape/);
    }
  });

  it('refuses data_offsets that are not two whole numbers in order', () => {
    for (const offsets of ['[0]', '[0,8,8]', '"0-8"', '[0,-8]']) {
      const header = `{"w":{"dtype":"F32","shape":[2],"data_offsets":${offsets}}}`;
      expect(readError(fileFromParts(header, twoFloats)).message).toMatch(
        /the tensor "w" should have data_offsets \[begin, end\]/,
      );
    }
    const backwards = '{"w":{"dtype":"F32","shape":[2],"data_offsets":[8,0]}}';
    expect(readError(fileFromParts(backwards, twoFloats)).message).toBe(
      'model.safetensors: the tensor "w" has data_offsets [8, 0] that end before they begin',
    );
  });

  it('refuses a shape that does not match the bytes its offsets span', () => {
    const header = '{"w":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}';
    const error = readError(fileFromParts(header, twoFloats));
    expect(error.tensor).toBe('w');
    expect(error.found).toEqual([3]);
    expect(error.message).toBe(
      'model.safetensors: the tensor "w" has shape [3] of F32, which takes 12 bytes, ' +
        'but its data_offsets [0, 8] span 8',
    );
  });

  it('refuses offsets beyond the end of the data, as a file cut short', () => {
    const header =
      '{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},' +
      '"b":{"dtype":"F32","shape":[4],"data_offsets":[8,24]}}';
    const error = readError(fileFromParts(header, float32Bytes([1, 2, 3])));
    expect(error.tensor).toBe('b');
    expect(error.message).toBe(
      'model.safetensors is cut short: the tensor "b" needs bytes 8–24 of the data ' +
        'but the file holds only 12',
    );
  });

  it('refuses tensors whose data overlap', () => {
    const header =
      '{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},' +
      '"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}';
    const error = readError(fileFromParts(header, float32Bytes([1, 2, 3])));
    expect(error.message).toBe(
      'model.safetensors: the tensors "a" and "b" overlap (data bytes 0–8 and 4–12)',
    );
  });

  it('refuses bytes of data that belong to no tensor', () => {
    const header =
      '{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},' +
      '"b":{"dtype":"F32","shape":[1],"data_offsets":[12,16]}}';
    const error = readError(fileFromParts(header, float32Bytes([1, 2, 3, 4])));
    expect(error.message).toBe(
      'model.safetensors: 4 bytes of data before the tensor "b" belong to no tensor',
    );
  });

  it('refuses trailing bytes after the last tensor', () => {
    const written = writeSafetensors(new Map([['x', randomTensor([3], 2)]]));
    const bytes = new Uint8Array(written.length + 6);
    bytes.set(written);
    const error = readError(bytes);
    expect(error.code).toBe('model_load_failed');
    expect(error.message).toBe('model.safetensors has 6 bytes after the end of its last tensor');
  });

  it('names the file it was given in every message', () => {
    const error = loadError(() => readSafetensors(new Uint8Array(3), 'tiny-en-fr.safetensors'));
    expect(error.file).toBe('tiny-en-fr.safetensors');
    expect(error.message).toMatch(/^tiny-en-fr\.safetensors is cut short/);
  });
});
