/**
 * npm run train -- <en-fr|fr-en> [--steps N] [--seed S] [--batchSize B] …
 *
 * Trains one direction of the shipped model in the engine, deterministically for a seed, with a
 * progress line (step, loss, tokens/s, ETA), then evaluates it on the test split and writes
 * public/models/<direction>/model.safetensors, config.json (architecture, training settings,
 * evaluation figures) and vocab.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildVocabulary, describeCorpus, generateCorpus } from '../src/corpus';
import { initParams, parameterCount, type ModelConfig } from '../src/engine';
import { paramsToSafetensors } from '../src/engine/io/modelFiles';
import { Vocabulary } from '../src/engine/tokenizer/vocabulary';
import { createTrainer } from '../src/engine/train';
import { batchStream, toIdPairs } from '../src/training/dataset';
import { parseDirection, sidesOf } from '../src/training/direction';
import { describeEvaluation, evaluate } from '../src/training/evaluate';
import { DEFAULT_TRAINING, SHIPPED_ARCHITECTURE } from '../src/training/recipe';
import { positional, readOptions } from './cli';
import { ProgressLine } from './progress';

const args = process.argv.slice(2);
const direction = parseDirection(positional(args));
const settings = readOptions(args, { ...DEFAULT_TRAINING });
const { source: sourceLanguage, target: targetLanguage } = sidesOf(direction);

const corpus = generateCorpus({ seed: settings.corpusSeed });
console.log(describeCorpus(corpus));
const everyPair = [...corpus.train, ...corpus.dev, ...corpus.test];
const source = new Vocabulary(buildVocabulary(everyPair, sourceLanguage));
const target = new Vocabulary(buildVocabulary(everyPair, targetLanguage));
const config: ModelConfig = {
  ...SHIPPED_ARCHITECTURE,
  srcVocabSize: source.size,
  tgtVocabSize: target.size,
};
const params = initParams(config, settings.seed);
console.log(
  `model ${direction}: ${parameterCount(config).toLocaleString('en')} parameters`,
  config,
);

const trainer = createTrainer(config, params, settings);
const batches = batchStream(
  toIdPairs(corpus.train, direction, source, target),
  settings.batchSize,
  settings.seed,
);
const model = { config, params, source, target };
const devPairs = corpus.dev.slice(0, settings.devSentences);
const folder = join('public', 'models', direction);

/** Writes the three model files; during training a checkpoint, at the end with the test figures. */
function saveModel(stepsDone: number, seconds: number, evaluation?: object): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'model.safetensors'),
    paramsToSafetensors(params, config, { direction }),
  );
  writeFileSync(
    join(folder, 'vocab.json'),
    JSON.stringify({ source: source.tokens, target: target.tokens }),
  );
  const description = {
    ...config,
    direction,
    sourceLanguage,
    targetLanguage,
    parameters: parameterCount(config),
    training: { ...settings, stepsDone, seconds: Math.round(seconds) },
    evaluation: evaluation ?? null,
  };
  writeFileSync(join(folder, 'config.json'), `${JSON.stringify(description, null, 2)}\n`);
}

const progress = new ProgressLine(settings.steps);
const started = performance.now();
let tokens = 0;
let lossSum = 0;
let lossCount = 0;

for (let step = 1; step <= settings.steps; step++) {
  const result = trainer.step(batches.next().value);
  tokens += result.tokens;
  lossSum += result.loss;
  lossCount++;
  const seconds = (performance.now() - started) / 1000;
  progress.update(
    step,
    `loss ${(lossSum / lossCount).toFixed(3)}  ${Math.round(tokens / seconds)} tok/s  lr ${result.learningRate.toExponential(2)}`,
  );
  if (step % settings.evaluateEvery === 0 || step === settings.steps) {
    const dev = evaluate(model, devPairs, direction, 0);
    progress.log(
      `step ${step}: train loss ${(lossSum / lossCount).toFixed(4)}, dev exact match ${(100 * dev.exactMatch).toFixed(1)}%, dev BLEU ${dev.bleu.toFixed(1)}`,
    );
    lossSum = 0;
    lossCount = 0;
    saveModel(step, (performance.now() - started) / 1000);
  }
}
const trainingSeconds = (performance.now() - started) / 1000;

const test = evaluate(model, corpus.test, direction);
console.log(describeEvaluation(test, direction));
const { mistakes: _shown, ...figures } = test;
saveModel(settings.steps, trainingSeconds, figures);
console.log(`wrote ${folder}/ after ${trainingSeconds.toFixed(0)} s of training`);
