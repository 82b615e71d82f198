/**
 * npm run eval -- <en-fr|fr-en> [--sentences N]
 *
 * Loads the shipped model of a direction from public/models/<direction>/, regenerates the corpus
 * it was trained on, and prints its figures on the test split (exact match, corpus BLEU, il/elle
 * accuracy on the "it" sentences, encoder-decoder attention against the gold alignment), then the
 * post's own sentences with the model's translation of each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { POST_SENTENCES, generateCorpus } from '../src/corpus';
import { modelFromFiles, MODEL_FILE_NAMES } from '../src/engine/io/modelFiles';
import { parseDirection, sidesOfPair } from '../src/training/direction';
import { describeEvaluation, evaluate, translateTokens } from '../src/training/evaluate';
import { DEFAULT_TRAINING } from '../src/training/recipe';
import { positional, readOptions } from './cli';

const args = process.argv.slice(2);
const direction = parseDirection(positional(args));
const options = readOptions(args, { sentences: Infinity });
const folder = join('public', 'models', direction);
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(folder, name), 'utf8'));

const model = modelFromFiles({
  config: readJson(MODEL_FILE_NAMES.config),
  vocabulary: readJson(MODEL_FILE_NAMES.vocabulary),
  weights: new Uint8Array(readFileSync(join(folder, MODEL_FILE_NAMES.weights))),
});
const training = (readJson(MODEL_FILE_NAMES.config) as { training?: { corpusSeed?: number } })
  .training;
const corpus = generateCorpus({ seed: training?.corpusSeed ?? DEFAULT_TRAINING.corpusSeed });

const started = performance.now();
const figures = evaluate(model, corpus.test.slice(0, options.sentences), direction);
console.log(describeEvaluation(figures, direction));
console.log(`  (evaluated in ${((performance.now() - started) / 1000).toFixed(1)} s)`);

console.log("\nthe post's sentences:");
let postRight = 0;
for (const pair of POST_SENTENCES) {
  const [sourceTokens, referenceTokens] = sidesOfPair(pair, direction);
  const produced = translateTokens(model, sourceTokens);
  const right = produced.join(' ') === referenceTokens.join(' ');
  if (right) postRight++;
  console.log(`  ${right ? '✓' : '✗'} ${sourceTokens.join(' ')}  →  ${produced.join(' ')}`);
  if (!right) console.log(`      expected ${referenceTokens.join(' ')}`);
}
console.log(`  ${postRight} of ${POST_SENTENCES.length} exactly right`);
