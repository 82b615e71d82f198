/**
 * npm run eval -- <en-fr|fr-en> [--sentences N] [--attribution-sentences N] [--save-it-head]
 *
 * Loads the shipped model of a direction from public/models/<direction>/, regenerates the corpus
 * it was trained on, and prints its figures:
 * - on the grammar's held-out test split: exact match, corpus BLEU, il/elle on the "it"
 *   sentences, encoder-decoder attention against the gold alignment;
 * - each attribution method's strongest source word against the gold alignment (the first
 *   --attribution-sentences test pairs, 200 by default);
 * - the encoder head that best sends the source's pronoun ("it"; il or elle) to its antecedent,
 *   whether it flips with the reason, and (en-fr) il/elle with that head switched off; with
 *   --save-it-head, those figures are written into the model's config.json, where the page reads
 *   them (training writes them there too);
 * - on sentences the grammar did not write: the hand-written pairs of test/data/held-out.tsv,
 *   sentences with people's names (test/data/names.tsv), and the set phrases both ways;
 * - the post's own sentences.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { POST_SENTENCES, generateCorpus } from '../src/corpus';
import { SET_PHRASES } from '../src/corpus/lexicon/words';
import { modelFromFiles, MODEL_FILE_NAMES } from '../src/engine/io/modelFiles';
import { tokenize } from '../src/engine/tokenizer/tokenize';
import {
  attributionAgreement,
  describeAttributionAgreement,
} from '../src/training/attributionAgreement';
import { parseDirection, sidesOf, sidesOfPair } from '../src/training/direction';
import { describeEvaluation, evaluate, translateTokens } from '../src/training/evaluate';
import { describeHeldOut, readPairs, scoreHeldOut } from '../src/training/heldOut';
import { describeItHead, findItHead } from '../src/training/itHead';
import { DEFAULT_TRAINING } from '../src/training/recipe';
import { positional, readOptions, readTextOption } from './cli';

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
const training = (
  readJson(MODEL_FILE_NAMES.config) as {
    training?: { corpusSeed?: number; corpusSize?: number };
  }
).training;
const corpus = generateCorpus({
  seed: training?.corpusSeed ?? DEFAULT_TRAINING.corpusSeed,
  size: training?.corpusSize ?? DEFAULT_TRAINING.corpusSize,
});
const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

const started = performance.now();
const test = corpus.test.slice(0, options.sentences);
console.log(describeEvaluation(evaluate(model, test, direction), direction));
console.log(`  (evaluated in ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);

// Each attribution method against the gold alignment, on the first test pairs (about 0.1 s each).
const attributionSentences = Number(readTextOption(args, 'attribution-sentences').value ?? 200);
const attributionStarted = performance.now();
const agreement = attributionAgreement(model, test.slice(0, attributionSentences), direction);
console.log(describeAttributionAgreement(agreement, model.config));
console.log(`  (in ${((performance.now() - attributionStarted) / 1000).toFixed(1)} s)\n`);

const itHead = findItHead(model, corpus.dev, test, direction);
if (itHead) console.log(`${describeItHead(itHead)}\n`);
if (itHead && args.includes('--save-it-head')) {
  const described = readJson(MODEL_FILE_NAMES.config) as { evaluation?: object | null };
  const evaluation = { ...described.evaluation, itHead };
  const json = JSON.stringify({ ...described, evaluation }, null, 2);
  writeFileSync(join(folder, MODEL_FILE_NAMES.config), `${json}\n`);
  console.log(`  written into ${join(folder, MODEL_FILE_NAMES.config)}\n`);
}

const dataFile = (name: string) => readFileSync(join('test', 'data', name), 'utf8');
for (const [title, file] of [
  ['hand-written sentences the grammar cannot produce', 'held-out.tsv'],
  ["sentences with people's names", 'names.tsv'],
] as const) {
  const figures = scoreHeldOut(model, readPairs(dataFile(file), direction), direction);
  console.log(`${describeHeldOut(title, figures)}\n`);
}

// Set phrases: into French each has one translation; into English, "merci" may be "thanks" or
// "thank you", so any English phrase with that French counts.
const { source, target } = sidesOf(direction);
let phrasesRight = 0;
for (const phrase of SET_PHRASES) {
  const from = phrase[source];
  const accepted = SET_PHRASES.filter((p) => p[source] === from).map((p) =>
    tokenize(p[target], target).join(' '),
  );
  const produced = translateTokens(model, tokenize(from, source)).join(' ');
  const right = accepted.includes(produced);
  if (right) phrasesRight++;
  else console.log(`  ✗ ${from}  →  ${produced}   (expected ${accepted.join(' or ')})`);
}
console.log(
  `set phrases: ${phrasesRight} of ${SET_PHRASES.length} right (${percent(phrasesRight / SET_PHRASES.length)})\n`,
);

console.log("the post's sentences:");
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
