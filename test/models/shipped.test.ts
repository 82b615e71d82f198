/**
 * The shipped models: their files load and agree with their configuration, they stay within
 * the size budget, and they translate the post's sentences and held-out corpus pairs.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POST_SENTENCES, generateCorpus } from '../../src/corpus';
import { parameterShapes } from '../../src/engine';
import { MODEL_FILE_NAMES, modelFromFiles } from '../../src/engine/io/modelFiles';
import type { ModelListing } from '../../src/worker/protocol';
import { DIRECTIONS, sidesOfPair, type Direction } from '../../src/training/direction';
import { evaluate, translateTokens } from '../../src/training/evaluate';
import { DEFAULT_TRAINING } from '../../src/training/recipe';

const modelsFolder = join('public', 'models');
const listing = JSON.parse(
  readFileSync(join(modelsFolder, 'index.json'), 'utf8'),
) as ModelListing[];

function load(direction: Direction) {
  const folder = join(modelsFolder, direction);
  const json = (file: string): unknown => JSON.parse(readFileSync(join(folder, file), 'utf8'));
  return modelFromFiles({
    config: json(MODEL_FILE_NAMES.config),
    vocabulary: json(MODEL_FILE_NAMES.vocabulary),
    weights: new Uint8Array(readFileSync(join(folder, MODEL_FILE_NAMES.weights))),
  });
}

it('the model list names both directions, each with its languages', () => {
  expect(listing.map((m) => m.name).sort()).toEqual([...DIRECTIONS].sort());
  for (const model of listing) {
    expect(`${model.sourceLanguage}-${model.targetLanguage}`).toBe(model.name);
  }
});

describe.each(DIRECTIONS)('the shipped %s model', (direction) => {
  const model = load(direction);

  it('has every tensor its configuration calls for, with the right shape', () => {
    const expected = parameterShapes(model.config);
    expect([...model.params.keys()]).toEqual([...expected.keys()]);
    for (const [name, shape] of expected) expect(model.params.get(name)?.shape).toEqual(shape);
  });

  it('is the architecture of the post: 8 heads, 2 encoder and 2 decoder layers', () => {
    expect(model.config.heads).toBe(8);
    expect(model.config.encoderLayers).toBe(2);
    expect(model.config.decoderLayers).toBe(2);
  });

  it('weighs under 2 MB, all files counted', () => {
    const folder = join(modelsFolder, direction);
    const bytes = readdirSync(folder).reduce((sum, f) => sum + statSync(join(folder, f)).size, 0);
    expect(bytes).toBeLessThan(2 * 1024 * 1024);
  });

  it("translates the post's sentences exactly", () => {
    for (const pair of POST_SENTENCES) {
      const [source, reference] = sidesOfPair(pair, direction);
      expect(translateTokens(model, source).join(' ')).toBe(reference.join(' '));
    }
  });

  it('translates held-out pairs it never saw in training', () => {
    const test = generateCorpus({ seed: DEFAULT_TRAINING.corpusSeed }).test.slice(0, 200);
    const figures = evaluate(model, test, direction, 0);
    console.log(
      `${direction}, 200 held-out pairs: exact match ${(100 * figures.exactMatch).toFixed(1)}%, BLEU ${figures.bleu.toFixed(1)}`,
    );
    expect(figures.exactMatch).toBeGreaterThanOrEqual(0.9);
  });
});
