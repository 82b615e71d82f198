import { describe, expect, it } from 'vitest';
import { MAX_HEADER_BYTES, MAX_PARAMETERS, MODEL_LIMITS } from '../../src/engine/io/limits';
import { parseModelConfig, parseVocabularies } from '../../src/engine/io/modelFiles';
import { ModelFileError } from '../../src/engine/io/modelFileError';
import { readSafetensors } from '../../src/engine/io/safetensors';
import { REFERENCE_CONFIG, SPECIAL_TOKENS } from '../../src/engine/model/config';
import { fileFromParts } from './safetensorsFiles';

function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ModelFileError);
    return (error as ModelFileError).message;
  }
  throw new Error('expected the file to be refused, but it was read');
}

const configWith = (change: Record<string, unknown>) => () =>
  parseModelConfig({ ...REFERENCE_CONFIG, ...change }, 'config.json');

describe('config.json: every size is bounded, and a refusal names the field, value and bound', () => {
  it('refuses a maxLength of a billion (it used to crash every translation)', () => {
    expect(refusal(configWith({ maxLength: 1e9 }))).toBe(
      'config.json: "maxLength" (the longest sequence the model accepts) is 1,000,000,000, ' +
        'above the 256 this page accepts',
    );
  });

  it('refuses each size above its bound, and accepts it at the bound', () => {
    for (const [key, bound] of Object.entries(MODEL_LIMITS)) {
      expect(refusal(configWith({ [key]: bound + 1 }))).toMatch(
        new RegExp(
          `^config\\.json: "${key}" \\(.+\\) is ${(bound + 1).toLocaleString('en-US')}, above the ${bound.toLocaleString('en-US')} this page accepts$`,
        ),
      );
    }
    expect(
      parseModelConfig({ ...REFERENCE_CONFIG, maxLength: MODEL_LIMITS.maxLength }, 'c').maxLength,
    ).toBe(MODEL_LIMITS.maxLength);
  });

  it('refuses sizes each within bounds whose model is too large (d_model 1,024, 6 + 6 layers)', () => {
    const huge = { dModel: 1024, heads: 8, dFF: 4096, encoderLayers: 6, decoderLayers: 6 };
    expect(refusal(configWith(huge))).toMatch(
      new RegExp(
        `^config\\.json: the number of parameters its sizes give is [\\d,]+, above the ${MAX_PARAMETERS.toLocaleString('en-US')} this page accepts$`,
      ),
    );
  });

  it('accepts the largest model the page is meant for, with fields it does not know', () => {
    const largest = {
      ...REFERENCE_CONFIG,
      dModel: 256,
      heads: 8,
      dFF: 1024,
      encoderLayers: 6,
      decoderLayers: 6,
      srcVocabSize: 8000,
      tgtVocabSize: 8000,
      maxLength: 64,
      training: { steps: 20000, newSetting: [1, 2] },
      evaluation: { bleu: 0.5, itHead: { layer: 1 } },
      guidedHead: { layer: 0, head: 3 },
    };
    expect(parseModelConfig(largest, 'config.json').dModel).toBe(256);
  });
});

describe('vocab.json: the lists are bounded', () => {
  it('refuses a list longer than any vocabulary the page accepts', () => {
    const words = [
      ...SPECIAL_TOKENS,
      ...Array.from({ length: MODEL_LIMITS.srcVocabSize }, (_, i) => `w${i}`),
    ];
    expect(
      refusal(() =>
        parseVocabularies({ source: words, target: [...SPECIAL_TOKENS] }, 'vocab.json'),
      ),
    ).toBe(
      `vocab.json: the number of words in "source" is ${words.length.toLocaleString('en-US')}, ` +
        `above the ${MODEL_LIMITS.srcVocabSize.toLocaleString('en-US')} this page accepts`,
    );
  });
});

describe('model.safetensors: the header is bounded', () => {
  it('refuses a header longer than any model needs, before reading it', () => {
    const length = MAX_HEADER_BYTES + 8;
    const bytes = new Uint8Array(8 + length).fill(0x20);
    new DataView(bytes.buffer).setBigUint64(0, BigInt(length), true);
    expect(refusal(() => readSafetensors(bytes, 'model.safetensors'))).toBe(
      `model.safetensors: its header is ${length.toLocaleString('en-US')} bytes, above the ` +
        `${MAX_HEADER_BYTES.toLocaleString('en-US')} bytes this page accepts`,
    );
  });

  it('refuses a tensor of more dimensions than any model has', () => {
    const header = '{"w":{"dtype":"F32","shape":[1,1,1,1,1,1,1,1,1],"data_offsets":[0,4]}}';
    expect(refusal(() => readSafetensors(fileFromParts(header, new Uint8Array(4)), 'm'))).toBe(
      'm: the tensor "w" has a shape whose number of dimensions is 9, above the 8 this page accepts',
    );
  });
});
