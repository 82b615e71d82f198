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
import { DIRECTIONS, sidesOf, sidesOfPair, type Direction } from '../../src/training/direction';
import { evaluate, translateTokens } from '../../src/training/evaluate';
import { SET_PHRASES } from '../../src/corpus/lexicon/words';
import { tokenize } from '../../src/engine/tokenizer/tokenize';
import { readPairs, scoreHeldOut, translateText } from '../../src/training/heldOut';
import { findItHead } from '../../src/training/itHead';

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

/** The corpus the models were trained on, as config.json records it. */
const training = (
  JSON.parse(readFileSync(join(modelsFolder, 'en-fr', MODEL_FILE_NAMES.config), 'utf8')) as {
    training: { corpusSeed: number; corpusSize: number };
  }
).training;
const corpus = generateCorpus({ seed: training.corpusSeed, size: training.corpusSize });

describe.each(DIRECTIONS)('the shipped %s model', (direction) => {
  const model = load(direction);

  it('has every tensor its configuration calls for, with the right shape', () => {
    const expected = parameterShapes(model.config);
    expect([...model.params.keys()]).toEqual([...expected.keys()]);
    for (const [name, shape] of expected) expect(model.params.get(name)?.shape).toEqual(shape);
  });

  it('has 8 heads like the paper, and a deeper encoder than decoder (4 and 2 layers)', () => {
    expect(model.config.heads).toBe(8);
    expect(model.config.encoderLayers).toBe(4);
    expect(model.config.decoderLayers).toBe(2);
  });

  it('weighs under 4 MB to download, all files counted, its weights in 16-bit floats', () => {
    const folder = join(modelsFolder, direction);
    const bytes = readdirSync(folder).reduce((sum, f) => sum + statSync(join(folder, f)).size, 0);
    expect(bytes).toBeLessThan(4 * 1024 * 1024);
    const weights = readFileSync(join(folder, MODEL_FILE_NAMES.weights));
    const headerLength = Number(weights.readBigUInt64LE(0));
    const header = JSON.parse(weights.subarray(8, 8 + headerLength).toString('utf8')) as Record<
      string,
      { dtype?: string }
    >;
    const dtypes = new Set(
      Object.entries(header).flatMap(([k, v]) => (k === '__metadata__' ? [] : [v.dtype])),
    );
    expect([...dtypes]).toEqual(['F16']);
  });

  it('translates the post\'s "it" sentences exactly, and all but at most one of the others', () => {
    const wrong: string[] = [];
    for (const pair of POST_SENTENCES) {
      const [source, reference] = sidesOfPair(pair, direction);
      const produced = translateTokens(model, source).join(' ');
      if (pair.tags.includes('it')) expect(produced).toBe(reference.join(' '));
      else if (produced !== reference.join(' ')) wrong.push(`${source.join(' ')} → ${produced}`);
    }
    console.log(
      `${direction}, the post's sentences not exactly right: ${wrong.join('; ') || 'none'}`,
    );
    expect(wrong.length).toBeLessThanOrEqual(1);
  });

  it('translates held-out pairs it never saw in training', () => {
    const test = corpus.test.slice(0, 200);
    const figures = evaluate(model, test, direction, 0);
    console.log(
      `${direction}, 200 held-out pairs: exact match ${(100 * figures.exactMatch).toFixed(1)}%, BLEU ${figures.bleu.toFixed(1)}`,
    );
    expect(figures.exactMatch).toBeGreaterThanOrEqual(0.75);
    expect(figures.bleu).toBeGreaterThanOrEqual(90);
  });

  it('carries names it never saw into the translation', () => {
    const pairs = readPairs(readFileSync(join('test', 'data', 'names.tsv'), 'utf8'), direction);
    const figures = scoreHeldOut(model, pairs, direction);
    console.log(`${direction}, names: ${figures.right} of ${pairs.length} exactly right`);
    for (const pair of pairs) {
      const name = /\p{Lu}[\p{L}]+/u.exec(pair.source)?.[0];
      if (!name) continue;
      expect(translateText(model, pair.source, direction), pair.source).toContain(
        name.toLowerCase(),
      );
    }
  });

  it('says the set phrases, learnt whole', () => {
    const { source, target } = sidesOf(direction);
    let right = 0;
    for (const phrase of SET_PHRASES) {
      const accepted = SET_PHRASES.filter((p) => p[source] === phrase[source]).map((p) =>
        tokenize(p[target], target).join(' '),
      );
      if (accepted.includes(translateTokens(model, tokenize(phrase[source], source)).join(' ')))
        right++;
    }
    console.log(`${direction}, set phrases: ${right} of ${SET_PHRASES.length}`);
    expect(right / SET_PHRASES.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the shipped en-fr model\'s "it" head', () => {
  const model = load('en-fr');
  const config = JSON.parse(
    readFileSync(join(modelsFolder, 'en-fr', MODEL_FILE_NAMES.config), 'utf8'),
  ) as { evaluation: { itHead: { layer: number; head: number } } };

  it('is the head config.json names, and sends "it" to its antecedent, flipping with the reason', () => {
    const dev = corpus.dev.filter((pair) => pair.coreference).slice(0, 150);
    const test = corpus.test.filter((pair) => pair.coreference).slice(0, 150);
    const figures = findItHead(model, dev, test, 'en-fr');
    if (!figures) throw new Error('no "it" head measured');
    console.log(
      `"it" head: layer ${figures.layer + 1}, head ${figures.head + 1}: resolves ${(100 * figures.resolves).toFixed(1)}%, flips ${(100 * figures.flips).toFixed(1)}%`,
    );
    const { layer, head } = config.evaluation.itHead;
    expect([figures.layer, figures.head]).toEqual([layer, head]);
    expect(figures.resolves).toBeGreaterThanOrEqual(0.9);
    expect(figures.meanAntecedentWeight).toBeGreaterThanOrEqual(0.4);
    expect(figures.flips).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the shipped fr-en model, read on the French side', () => {
  const model = load('fr-en');
  const config = JSON.parse(
    readFileSync(join(modelsFolder, 'fr-en', MODEL_FILE_NAMES.config), 'utf8'),
  ) as { evaluation: { itHead: { resolves: number; ablation?: unknown } } };

  it('has no head that sends il or elle to its noun, as config.json says, and nothing to switch off', () => {
    const dev = corpus.dev.filter((pair) => pair.coreference).slice(0, 150);
    const test = corpus.test.filter((pair) => pair.coreference).slice(0, 150);
    const figures = findItHead(model, dev, test, 'fr-en');
    if (!figures) throw new Error('no pronoun head measured');
    console.log(
      `fr-en pronoun head: layer ${figures.layer + 1}, head ${figures.head + 1}: resolves ${(100 * figures.resolves).toFixed(1)}%`,
    );
    const best = Math.max(...figures.everyHead.map((h) => h.resolves));
    expect(best).toBeLessThan(0.75);
    expect(config.evaluation.itHead.resolves).toBeLessThan(0.75);
    // The model writes "it" for il and elle alike: there is no il/elle to count with a head off.
    expect(figures.ablation).toBeUndefined();
    expect(config.evaluation.itHead.ablation).toBeUndefined();
  });
});
