import { describe, expect, it } from 'vitest';
import {
  MODEL_FILE_NAMES,
  checkVocabulariesMatchConfig,
  modelFromFiles,
  paramsFromSafetensors,
  paramsToSafetensors,
  parseModelConfig,
  parseVocabularies,
} from '../../src/engine/io/modelFiles';
import { ModelFileError } from '../../src/engine/io/modelFileError';
import { readSafetensors, writeSafetensors } from '../../src/engine/io/safetensors';
import {
  PAPER_CONFIG,
  REFERENCE_CONFIG,
  SPECIAL_TOKENS,
  type ModelConfig,
} from '../../src/engine/model/config';
import { initParams, parameterShapes, type Params } from '../../src/engine/model/params';
import { tensor, type Tensor } from '../../src/engine/tensor';
import { handWrittenFile, words16 } from './safetensorsFiles';

const WEIGHTS = 'model.safetensors';
const CONFIG = 'config.json';
const VOCAB = 'vocab.json';

function loadError(load: () => unknown): ModelFileError {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ModelFileError);
    return error as ModelFileError;
  }
  throw new Error('expected the file to be refused, but it was read');
}

/** Number for number, -0 and NaN included, counting differences rather than listing them. */
function expectSameNumbers(actual: Float32Array | undefined, expected: Float32Array, name: string) {
  expect(actual?.length, name).toBe(expected.length);
  const differing = expected.filter((value, i) => !Object.is(actual?.[i], value)).length;
  expect(differing, `${name}: numbers that differ`).toBe(0);
}

/** Reference weights, changed as a test needs, through the plain writer: it writes files the
 * model would refuse, which paramsToSafetensors would not. */
function referenceWeights(change?: (params: Params) => void): Uint8Array {
  const params = initParams(REFERENCE_CONFIG, 3);
  change?.(params);
  return writeSafetensors(params);
}

const weightsError = (bytes: Uint8Array) =>
  loadError(() => paramsFromSafetensors(bytes, REFERENCE_CONFIG, WEIGHTS));

/** A vocabulary list of `size` entries: the special tokens, then made-up words. */
function wordList(size: number, prefix: string): string[] {
  const words = Array.from({ length: size - SPECIAL_TOKENS.length }, (_, i) => `${prefix}${i}`);
  return [...SPECIAL_TOKENS, ...words];
}

describe('paramsFromSafetensors', () => {
  it('reads every parameter of a model back, in parameterShapes order', () => {
    const params = initParams(REFERENCE_CONFIG, 3);
    const bytes = paramsToSafetensors(params, REFERENCE_CONFIG);
    const read = paramsFromSafetensors(bytes, REFERENCE_CONFIG, WEIGHTS);
    expect([...read.keys()]).toEqual([...parameterShapes(REFERENCE_CONFIG).keys()]);
    for (const [name, t] of params) {
      expect(read.get(name)?.shape, name).toEqual(t.shape);
      expectSameNumbers(read.get(name)?.data, t.data, name);
    }
  });

  it('puts tensors in parameterShapes order whatever order the file holds them in', () => {
    const params = initParams(REFERENCE_CONFIG, 3);
    const reversed = new Map([...params].reverse());
    const read = paramsFromSafetensors(writeSafetensors(reversed), REFERENCE_CONFIG, WEIGHTS);
    expect([...read.keys()]).toEqual([...params.keys()]);
    expect(read.get('src_embed.weight')?.data).toEqual(params.get('src_embed.weight')?.data);
  });

  it('loads weights exported at half precision (BF16)', () => {
    const params = initParams(REFERENCE_CONFIG, 4);
    const bf16 = (t: Tensor) =>
      new Uint32Array(Float32Array.from(t.data).buffer).map((b) => b >>> 16);
    const bytes = handWrittenFile(
      [...params].map(([name, t]) => ({
        name,
        dtype: 'BF16',
        shape: [...t.shape],
        data: words16([...bf16(t)]),
      })),
    );
    const read = paramsFromSafetensors(bytes, REFERENCE_CONFIG, WEIGHTS);
    for (const [name, t] of params) {
      const truncated = new Float32Array(new Uint32Array(bf16(t).map((word) => word << 16)).buffer);
      expectSameNumbers(read.get(name)?.data, truncated, name);
    }
  });

  it('names a mis-shaped tensor with the shape expected and the shape found', () => {
    const bytes = referenceWeights((params) =>
      params.set('encoder.layers.0.norm1.weight', tensor([32])),
    );
    const error = weightsError(bytes);
    expect(error.code).toBe('invalid_weights');
    expect(error.file).toBe(WEIGHTS);
    expect(error.tensor).toBe('encoder.layers.0.norm1.weight');
    expect(error.expected).toEqual([64]);
    expect(error.found).toEqual([32]);
    expect(error.message).toBe(
      'model.safetensors: the tensor "encoder.layers.0.norm1.weight" should have shape [64] but has [32]',
    );
  });

  it('names a transposed weight matrix', () => {
    const bytes = referenceWeights((params) =>
      params.set('decoder.layers.1.ffn.linear1.weight', tensor([64, 256])),
    );
    const error = weightsError(bytes);
    expect(error.expected).toEqual([256, 64]);
    expect(error.found).toEqual([64, 256]);
  });

  it('names the tensor a truncated file cuts into', () => {
    const bytes = paramsToSafetensors(initParams(REFERENCE_CONFIG, 3), REFERENCE_CONFIG);
    // The last 1,000 bytes hold generator.bias (64 numbers, 256 bytes) and the end of
    // generator.weight (64 × 64 numbers), the last two parameters in file order.
    const error = weightsError(bytes.subarray(0, bytes.length - 1000));
    expect(error.code).toBe('model_load_failed');
    expect(error.tensor).toBe('generator.weight');
    expect(error.message).toMatch(
      /^model\.safetensors is cut short: the tensor "generator\.weight" needs bytes [\d,]+–[\d,]+ of the data but the file holds only [\d,]+$/,
    );
  });

  it('says a file cut inside its header is cut short', () => {
    const bytes = paramsToSafetensors(initParams(REFERENCE_CONFIG, 3), REFERENCE_CONFIG);
    const error = weightsError(bytes.subarray(0, 100));
    expect(error.code).toBe('model_load_failed');
    expect(error.message).toMatch(
      /^model\.safetensors is cut short: its header says [\d,]+ bytes but the file ends after 92 of them$/,
    );
  });

  it('names a missing tensor and the shape the model needs', () => {
    const error = weightsError(
      referenceWeights((params) => params.delete('decoder.layers.1.norm3.bias')),
    );
    expect(error.code).toBe('invalid_weights');
    expect(error.tensor).toBe('decoder.layers.1.norm3.bias');
    expect(error.expected).toEqual([64]);
    expect(error.message).toBe(
      'model.safetensors has no tensor "decoder.layers.1.norm3.bias": the model needs one of shape [64]',
    );
  });

  it('names a tensor the model does not use', () => {
    const error = weightsError(
      referenceWeights((params) => params.set('encoder.layers.2.norm1.weight', tensor([64]))),
    );
    expect(error.code).toBe('invalid_weights');
    expect(error.tensor).toBe('encoder.layers.2.norm1.weight');
    expect(error.message).toBe(
      'model.safetensors holds a tensor "encoder.layers.2.norm1.weight" that this model does not use',
    );
  });

  it('refuses weights for a deeper model, counting the tensors left over', () => {
    const deeper: ModelConfig = { ...REFERENCE_CONFIG, encoderLayers: 3 };
    const bytes = paramsToSafetensors(initParams(deeper, 1), deeper);
    expect(weightsError(bytes).message).toBe(
      'model.safetensors holds a tensor "encoder.layers.2.self_attn.q_proj.weight" that this ' +
        'model does not use (and 15 more)',
    );
  });

  it('names a weight that is NaN or infinite, and where it sits', () => {
    const withNaN = referenceWeights((params) => {
      const t = params.get('decoder.layers.0.ffn.linear1.weight');
      if (t) t.data[2 * 64 + 5] = NaN;
    });
    const error = weightsError(withNaN);
    expect(error.code).toBe('invalid_weights');
    expect(error.tensor).toBe('decoder.layers.0.ffn.linear1.weight');
    expect(error.message).toBe(
      'model.safetensors: the tensor "decoder.layers.0.ffn.linear1.weight" holds NaN at [2, 5]',
    );
    const withInfinity = referenceWeights((params) => {
      const t = params.get('generator.bias');
      if (t) t.data[63] = -Infinity;
    });
    expect(weightsError(withInfinity).message).toBe(
      'model.safetensors: the tensor "generator.bias" holds -Infinity at [63]',
    );
  });
});

describe('paramsToSafetensors', () => {
  it('writes parameters in parameterShapes order with the metadata given', () => {
    const params = new Map([...initParams(REFERENCE_CONFIG, 2)].reverse());
    const bytes = paramsToSafetensors(params, REFERENCE_CONFIG, { trainedSteps: '1200' });
    const { tensors, metadata } = readSafetensors(bytes, WEIGHTS);
    expect([...tensors.keys()]).toEqual([...parameterShapes(REFERENCE_CONFIG).keys()]);
    expect(metadata).toEqual({ trainedSteps: '1200' });
  });

  it('refuses parameters that do not fit the configuration', () => {
    const missing = initParams(REFERENCE_CONFIG, 2);
    missing.delete('generator.bias');
    expect(() => paramsToSafetensors(missing, REFERENCE_CONFIG)).toThrow(/"generator\.bias"/);
    const misShaped = initParams(REFERENCE_CONFIG, 2).set('generator.bias', tensor([3]));
    expect(() => paramsToSafetensors(misShaped, REFERENCE_CONFIG)).toThrow(
      'the parameter "generator.bias" should have shape [64] but has [3]',
    );
    const extra = initParams(REFERENCE_CONFIG, 2).set('bonus', tensor([1]));
    expect(() => paramsToSafetensors(extra, REFERENCE_CONFIG)).toThrow(/"bonus" is not part/);
  });
});

describe('parseModelConfig', () => {
  const configJson = (): Record<string, unknown> => JSON.parse(JSON.stringify(REFERENCE_CONFIG));
  const configError = (json: unknown) => loadError(() => parseModelConfig(json, CONFIG));

  it('reads back a configuration written as JSON', () => {
    expect(parseModelConfig(JSON.parse(JSON.stringify(REFERENCE_CONFIG)), CONFIG)).toEqual(
      REFERENCE_CONFIG,
    );
  });

  it('refuses the paper’s base model, which is larger than a page can run', () => {
    expect(configError(JSON.parse(JSON.stringify(PAPER_CONFIG))).message).toMatch(
      /^config\.json: "maxLength" .* is 512, above the 256 this page accepts$/,
    );
  });

  it('ignores fields it does not know, such as a name', () => {
    const config = parseModelConfig({ ...configJson(), name: 'tiny en→fr' }, CONFIG);
    expect(config).toEqual(REFERENCE_CONFIG);
  });

  it('refuses a file that is not an object', () => {
    const error = configError([1, 2]);
    expect(error.code).toBe('model_load_failed');
    expect(error.file).toBe(CONFIG);
    expect(error.message).toBe(
      'config.json: it should hold an object describing the model, found an array',
    );
  });

  it('names every missing field', () => {
    for (const key of Object.keys(REFERENCE_CONFIG)) {
      const json = configJson();
      delete json[key];
      const error = configError(json);
      expect(error.code).toBe('model_load_failed');
      expect(error.message).toMatch(new RegExp(`^config\\.json: "${key}" \\(.+\\) is missing$`));
    }
  });

  it('names a field of the wrong type or value', () => {
    expect(configError({ ...configJson(), dModel: '64' }).message).toBe(
      'config.json: "dModel" (d_model, the width of every token vector) should be a positive ' +
        'whole number, found the text "64"',
    );
    for (const [key, value] of [
      ['heads', 0],
      ['dFF', 1.5],
      ['encoderLayers', -2],
      ['maxLength', null],
    ] as const) {
      expect(configError({ ...configJson(), [key]: value }).message).toMatch(
        new RegExp(`^config\\.json: "${key}" .* should be a positive whole number`),
      );
    }
    expect(configError({ ...configJson(), positionalLayout: 'sinusoidal' }).message).toBe(
      'config.json: "positionalLayout" should be "interleaved" or "concatenated", found the text "sinusoidal"',
    );
    for (const epsilon of [0, -1e-5, '1e-5', Infinity]) {
      expect(configError({ ...configJson(), layerNormEps: epsilon }).message).toMatch(
        /^config\.json: "layerNormEps" .* should be a small positive number/,
      );
    }
  });

  it('refuses fields that do not fit together', () => {
    expect(configError({ ...configJson(), dModel: 65 }).message).toBe(
      'config.json: d_model (65) must divide evenly into 4 heads',
    );
  });
});

describe('parseVocabularies', () => {
  const vocabError = (json: unknown) => loadError(() => parseVocabularies(json, VOCAB));
  const valid = () => ({ source: wordList(10, 'en'), target: wordList(12, 'fr') });

  it('reads the source and target vocabularies', () => {
    const { source, target } = parseVocabularies(valid(), VOCAB);
    expect(source.size).toBe(10);
    expect(target.size).toBe(12);
    expect(source.idOf('en0')).toBe(4);
    expect(target.tokenOf(11)).toBe('fr7');
  });

  it('refuses a file that is not an object with two lists', () => {
    expect(vocabError(['<pad>']).message).toBe(
      'vocab.json: it should hold an object with a "source" and a "target" list of words, found an array',
    );
    const error = vocabError({ source: wordList(5, 'en') });
    expect(error.code).toBe('model_load_failed');
    expect(error.message).toBe(
      'vocab.json: "target" should be a list of words starting with <pad>, <bos>, <eos>, <unk>, found nothing',
    );
    expect(vocabError({ ...valid(), source: { the: 4 } }).message).toMatch(
      /"source" should be a list of words .* found an object$/,
    );
  });

  it('refuses a list that does not start with the special tokens', () => {
    const source = ['<bos>', '<pad>', '<eos>', '<unk>', 'the'];
    expect(vocabError({ ...valid(), source }).message).toBe(
      'vocab.json: in the source list, the first 4 entries must be <pad>, <bos>, <eos>, <unk>, ' +
        'but entry 0 is "<bos>"',
    );
  });

  it('refuses a word listed twice', () => {
    const target = [...wordList(8, 'fr'), 'fr2'];
    expect(vocabError({ ...valid(), target }).message).toBe(
      'vocab.json: in the target list, "fr2" appears twice, as entries 6 and 8',
    );
  });

  it('refuses entries that are not words', () => {
    const target = [...wordList(6, 'fr'), 42];
    expect(vocabError({ ...valid(), target }).message).toBe(
      'vocab.json: in the target list, entry 6 should be a non-empty word, found 42',
    );
  });
});

describe('checkVocabulariesMatchConfig', () => {
  const config: ModelConfig = { ...REFERENCE_CONFIG, srcVocabSize: 10, tgtVocabSize: 12 };

  it('accepts vocabularies as large as the embedding tables', () => {
    const vocabularies = parseVocabularies(
      { source: wordList(10, 'en'), target: wordList(12, 'fr') },
      VOCAB,
    );
    expect(() => checkVocabulariesMatchConfig(vocabularies, config, VOCAB)).not.toThrow();
  });

  it('names the list whose size differs from the configuration', () => {
    const shortSource = parseVocabularies(
      { source: wordList(9, 'en'), target: wordList(12, 'fr') },
      VOCAB,
    );
    const error = loadError(() => checkVocabulariesMatchConfig(shortSource, config, VOCAB));
    expect(error.code).toBe('model_load_failed');
    expect(error.message).toBe(
      "vocab.json: the source list has 9 words but the model's configuration says srcVocabSize is 10",
    );
    const longTarget = parseVocabularies(
      { source: wordList(10, 'en'), target: wordList(13, 'fr') },
      VOCAB,
    );
    expect(loadError(() => checkVocabulariesMatchConfig(longTarget, config, VOCAB)).message).toBe(
      "vocab.json: the target list has 13 words but the model's configuration says tgtVocabSize is 12",
    );
  });
});

describe('modelFromFiles', () => {
  const config: ModelConfig = { ...REFERENCE_CONFIG, srcVocabSize: 10, tgtVocabSize: 12 };
  const files = () => ({
    config: JSON.parse(JSON.stringify(config)) as unknown,
    vocabulary: { source: wordList(10, 'en'), target: wordList(12, 'fr') } as unknown,
    weights: paramsToSafetensors(initParams(config, 9), config),
  });

  it('loads a model from its three files', () => {
    const model = modelFromFiles(files());
    expect(model.config).toEqual(config);
    expect(model.source.size).toBe(10);
    expect(model.target.idOf('fr0')).toBe(4);
    expect(model.params.get('tgt_embed.weight')?.shape).toEqual([12, 64]);
  });

  it('blames the vocabulary, not the weights, when the vocabulary does not fit', () => {
    const mismatched = {
      ...files(),
      vocabulary: { source: wordList(11, 'en'), target: wordList(12, 'fr') },
    };
    const error = loadError(() => modelFromFiles(mismatched));
    expect(error.file).toBe(MODEL_FILE_NAMES.vocabulary);
  });

  it('uses the file names it is given in its messages', () => {
    const names = { weights: 'w.bin', config: 'c.json', vocabulary: 'v.json' };
    const error = loadError(() =>
      modelFromFiles({ ...files(), weights: new Uint8Array(3) }, names),
    );
    expect(error.file).toBe('w.bin');
    expect(error.message).toMatch(/^w\.bin is cut short/);
  });
});
