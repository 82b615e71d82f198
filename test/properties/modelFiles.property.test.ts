import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PARAMETERS, MODEL_LIMITS } from '../../src/engine/io/limits';
import { parseModelConfig, parseVocabularies } from '../../src/engine/io/modelFiles';
import { ModelFileError } from '../../src/engine/io/modelFileError';
import { readSafetensors } from '../../src/engine/io/safetensors';
import { REFERENCE_CONFIG, SPECIAL_TOKENS } from '../../src/engine/model/config';
import { parameterCount } from '../../src/engine/model/params';
import { fileFromParts } from '../io/safetensorsFiles';
import { resultOrNamedError, withinLinearTime } from './budget';

/** A number as a hostile file might give one: tiny, huge, fractional, negative or not finite. */
const anyNumber = fc.oneof(
  fc.integer({ min: -3, max: 2000 }),
  fc.constantFrom(0, 1e9, 1e300, -1, 0.5, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2),
  fc.double(),
);
const dimension = fc.oneof(fc.integer({ min: 0, max: 9 }), anyNumber);

/** A header entry: mostly well formed, with any field wrong now and then. */
const entry = fc.record({
  dtype: fc.oneof(fc.constantFrom('F32', 'F16', 'BF16', 'I64', 'f32'), fc.anything()),
  shape: fc.oneof(fc.array(dimension, { maxLength: 10 }), fc.anything()),
  data_offsets: fc.oneof(fc.tuple(dimension, dimension), fc.anything()),
});

const safetensorsFile = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  fc
    .tuple(
      fc.dictionary(fc.string({ maxLength: 12 }), entry, { maxKeys: 6 }),
      fc.uint8Array({ maxLength: 256 }),
    )
    .map(([header, data]) => fileFromParts(JSON.stringify(header), data)),
  fc
    .tuple(fc.string({ unit: 'binary', maxLength: 300 }), fc.uint8Array({ maxLength: 64 }))
    .map(([header, data]) => fileFromParts(header, data)),
  fc
    .tuple(fc.bigUint64Array({ minLength: 1, maxLength: 1 }), fc.uint8Array({ maxLength: 64 }))
    .map(([length, rest]) => new Uint8Array([...new Uint8Array(length.buffer), ...rest])),
);

describe('the safetensors reader over generated files', () => {
  it('gives tensors that fit their bytes, or a ModelFileError, in linear time (5,000 files)', () => {
    fc.assert(
      fc.property(safetensorsFile, (bytes) => {
        const read = withinLinearTime(bytes.length, () =>
          resultOrNamedError(() => readSafetensors(bytes, 'model.safetensors'), ModelFileError),
        );
        if (!read.ok) {
          expect(read.error.message).toMatch(/^model\.safetensors/);
          return;
        }
        for (const t of read.value.tensors.values()) {
          expect(t.data.length).toBe(t.shape.reduce((a, b) => a * b, 1));
        }
      }),
      { numRuns: 5000 },
    );
  });
});

const configJson = fc.oneof(
  fc.anything(),
  fc
    .record(
      Object.fromEntries(
        Object.keys(MODEL_LIMITS).map((key) => [
          key,
          fc.oneof(fc.constant(REFERENCE_CONFIG[key as keyof typeof MODEL_LIMITS]), anyNumber),
        ]),
      ),
    )
    .map((sizes) => ({ ...REFERENCE_CONFIG, ...sizes, training: { steps: 1 }, guidedHead: {} })),
);

describe('the config and vocabulary readers over generated JSON', () => {
  it('give a configuration within every bound, or a ModelFileError (5,000 files)', () => {
    fc.assert(
      fc.property(configJson, (json) => {
        const read = withinLinearTime(JSON.stringify(json ?? null)?.length ?? 0, () =>
          resultOrNamedError(() => parseModelConfig(json, 'config.json'), ModelFileError),
        );
        if (!read.ok) {
          expect(read.error.message).toMatch(/^config\.json: /);
          return;
        }
        for (const [key, bound] of Object.entries(MODEL_LIMITS)) {
          expect(read.value[key as keyof typeof MODEL_LIMITS]).toBeLessThanOrEqual(bound);
        }
        expect(parameterCount(read.value)).toBeLessThanOrEqual(MAX_PARAMETERS);
      }),
      { numRuns: 5000 },
    );
  });

  it('give two vocabularies, or a ModelFileError (3,000 files)', () => {
    const words = fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.anything()), { maxLength: 40 });
    const list = fc.oneof(
      words.map((rest) => [...SPECIAL_TOKENS, ...rest]),
      words,
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.oneof(fc.record({ source: list, target: list }), fc.anything()), (json) => {
        const read = resultOrNamedError(
          () => parseVocabularies(json, 'vocab.json'),
          ModelFileError,
        );
        if (read.ok) expect(read.value.source.size).toBeGreaterThanOrEqual(SPECIAL_TOKENS.length);
      }),
      { numRuns: 3000 },
    );
  });
});
