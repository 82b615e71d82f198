import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/engine/random';
import { tensor, type Tensor } from '../../src/engine/tensor';
import { PACK_ALIGNMENT, packTensors, unpackTensors } from '../../src/worker/packing';

function randomTensor(shape: number[], seed: number): Tensor {
  const random = seededRandom(seed);
  const t = tensor(shape);
  for (let i = 0; i < t.data.length; i++) t.data[i] = (random() - 0.5) * 10;
  return t;
}

/** The bits of a float32 array, so that -0 and NaN payloads compare exactly. */
const bitsOf = (data: Float32Array): Uint32Array =>
  new Uint32Array(data.buffer, data.byteOffset, data.length);

describe('packTensors / unpackTensors', () => {
  it('round-trips every tensor bit for bit, with its name and shape', () => {
    const special = tensor([6], new Float32Array([-0, Infinity, -Infinity, NaN, 1e-45, 3.4e38]));
    // A NaN with a payload other than the default one.
    new Uint32Array(special.data.buffer)[3] = 0x7fc00123;
    const tensors = new Map<string, Tensor>([
      ['src.embed', randomTensor([3, 5], 1)],
      ['enc.0.self.weights', randomTensor([2, 3, 3], 2)],
      ['odd', randomTensor([7], 3)],
      ['special', special],
      ['empty', tensor([0, 4])],
    ]);
    const back = unpackTensors(packTensors(tensors));
    expect([...back.keys()]).toEqual([...tensors.keys()]);
    for (const [name, t] of tensors) {
      const got = back.get(name);
      expect(got?.shape).toEqual(t.shape);
      expect(bitsOf(got?.data ?? new Float32Array())).toEqual(bitsOf(t.data));
    }
  });

  it('puts every tensor on a 16-byte boundary, in one buffer, without overlaps', () => {
    const tensors = new Map<string, Tensor>([
      ['a', randomTensor([1], 4)],
      ['b', randomTensor([3], 5)],
      ['c', randomTensor([2, 5], 6)],
      ['d', randomTensor([1], 7)],
    ]);
    const { manifest, bytes } = packTensors(tensors);
    let end = 0;
    for (const entry of manifest) {
      expect(entry.byteOffset % PACK_ALIGNMENT).toBe(0);
      expect(entry.byteOffset).toBeGreaterThanOrEqual(end);
      end = entry.byteOffset + entry.length * 4;
    }
    expect(bytes.byteLength).toBeGreaterThanOrEqual(end);
    expect(bytes.byteLength % PACK_ALIGNMENT).toBe(0);
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.byteLength).toBe(bytes.buffer.byteLength);
  });

  it('copies the tensors, so transferring the buffer leaves the originals intact', () => {
    const original = randomTensor([4, 4], 8);
    const before = Float32Array.from(original.data);
    const packed = packTensors(new Map([['x', original]]));
    structuredClone(packed, { transfer: [packed.bytes.buffer] });
    expect(packed.bytes.byteLength).toBe(0);
    expect(original.data).toEqual(before);
  });

  it('reads tensors as views into the received buffer, without copying', () => {
    const packed = packTensors(new Map([['x', randomTensor([2, 2], 9)]]));
    const x = unpackTensors(packed).get('x');
    expect(x?.data.buffer).toBe(packed.bytes.buffer);
  });

  it('refuses a manifest that points outside its buffer', () => {
    const packed = packTensors(new Map([['x', randomTensor([2, 2], 10)]]));
    const manifest = [{ ...packed.manifest[0], byteOffset: 16 }];
    expect(() => unpackTensors({ manifest, bytes: packed.bytes })).toThrow(/does not fit/);
  });

  it('refuses a tensor whose data does not match its shape', () => {
    const bad = { shape: [3], data: new Float32Array(2) };
    expect(() => packTensors(new Map([['bad', bad]]))).toThrow(/holds 3 numbers/);
  });
});
