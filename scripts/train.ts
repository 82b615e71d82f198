/**
 * npm run train -- <en-fr|fr-en> [--steps N] [--seed S] [--encoderLayers L] [--guidedLayer l] …
 *   [--threads T] [--out folder]
 *
 * Trains one direction of the shipped model in the engine, deterministically for a seed, with a
 * progress bar (step, loss, tokens/s, ETA), then evaluates it on the test split and writes
 * <out>/model.safetensors, config.json (architecture, training settings, evaluation figures) and
 * vocab.json; <out> is public/models/<direction> unless given. Every `evaluateEvery` steps it
 * saves a checkpoint in .training/<out's name>/; run the same command again after an
 * interruption and it continues from there.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildVocabulary, describeCorpus, generateCorpus } from '../src/corpus';
import { initParams, parameterCount, type ModelConfig } from '../src/engine';
import { roundToFloat16 } from '../src/engine/io/halfPrecision';
import { paramsToSafetensors } from '../src/engine/io/modelFiles';
import { Vocabulary } from '../src/engine/tokenizer/vocabulary';
import { createTrainer, type GuidedHead } from '../src/engine/train';
import { batchStream, repeatSetPhrases, toIdPairs } from '../src/training/dataset';
import { parseDirection, sidesOf } from '../src/training/direction';
import { describeEvaluation, evaluate } from '../src/training/evaluate';
import { describeItHead, findItHead } from '../src/training/itHead';
import { DEFAULT_TRAINING, SHIPPED_ARCHITECTURE } from '../src/training/recipe';
import { loadCheckpoint, saveCheckpoint } from './checkpoint';
import { positional, readOptions, readTextOption } from './cli';
import { createParallelTrainer } from './parallelTraining';
import { ProgressLine } from './progress';

const { value: outOption, rest: args } = readTextOption(process.argv.slice(2), 'out');
const direction = parseDirection(positional(args));
const options = readOptions(args, {
  ...DEFAULT_TRAINING,
  dModel: SHIPPED_ARCHITECTURE.dModel,
  heads: SHIPPED_ARCHITECTURE.heads,
  dFF: SHIPPED_ARCHITECTURE.dFF,
  encoderLayers: SHIPPED_ARCHITECTURE.encoderLayers,
  decoderLayers: SHIPPED_ARCHITECTURE.decoderLayers,
  maxLength: SHIPPED_ARCHITECTURE.maxLength,
});
const { dModel, heads, dFF, encoderLayers, decoderLayers, maxLength, ...settings } = options;
const { source: sourceLanguage, target: targetLanguage } = sidesOf(direction);
const folder = outOption ?? join('public', 'models', direction);

const corpus = generateCorpus({ seed: settings.corpusSeed, size: settings.corpusSize });
console.log(describeCorpus(corpus));
const everyPair = [...corpus.train, ...corpus.dev, ...corpus.test];
const source = new Vocabulary(buildVocabulary(everyPair, sourceLanguage));
const target = new Vocabulary(buildVocabulary(everyPair, targetLanguage));
const config: ModelConfig = {
  ...SHIPPED_ARCHITECTURE,
  dModel,
  heads,
  dFF,
  encoderLayers,
  decoderLayers,
  maxLength,
  srcVocabSize: source.size,
  tgtVocabSize: target.size,
};
const params = initParams(config, settings.seed);
console.log(
  `model ${direction}: ${parameterCount(config).toLocaleString('en')} parameters`,
  config,
);

const guidedHeads: GuidedHead[] = [
  { sublayer: 'enc' as const, layer: settings.guidedLayer, head: settings.guidedHead },
  {
    sublayer: 'dec-cross' as const,
    layer: settings.guidedCrossLayer,
    head: settings.guidedCrossHead,
  },
]
  .filter((guided) => guided.layer >= 0)
  .map((guided) => ({ ...guided, weight: settings.guidanceWeight }));
for (const { sublayer, layer, head, weight } of guidedHeads) {
  const where = sublayer === 'enc' ? 'encoder layer' : 'encoder-decoder attention, decoder layer';
  console.log(`guided attention: ${where} ${layer + 1}, head ${head + 1}, λ = ${weight}`);
}
if (settings.headDropout > 0) {
  console.log(
    `head dropout: each unguided head of the attention over the source off with p = ${settings.headDropout}`,
  );
}
const trainerOptions = {
  ...settings,
  guidedHeads,
  cooldown: { total: settings.steps, steps: settings.cooldownSteps },
};
const trainer = createTrainer(config, params, trainerOptions);
const parallel =
  settings.threads > 1
    ? createParallelTrainer(trainer, config, trainerOptions, settings.threads)
    : null;
if (parallel) console.log(`each step computed by ${settings.threads} threads side by side`);
const trainPairs = repeatSetPhrases(corpus.train, settings.phraseRepeats);
const batches = batchStream(
  toIdPairs(trainPairs, direction, source, target),
  settings.batchSize,
  settings.seed,
);
const model = { config, params, source, target };
const devPairs = corpus.dev.slice(0, settings.devSentences);
const checkpointFolder = join('.training', basename(folder));
// Without a cool-down the schedule does not depend on the number of steps, so a checkpoint also
// serves a run asked for more steps (it goes on) or for as many as it holds (it only evaluates and
// writes the model); with one, the run's length is part of the schedule.
const { steps, evaluateEvery: _every, ...stepFree } = settings;
// A checkpoint belongs to the corpus it was trained on too: a change to the grammar, even one that
// keeps the vocabularies' sizes, makes a fresh start.
const corpusHash = createHash('sha256');
for (const pair of corpus.train) corpusHash.update(`${pair.en.join(' ')}\t${pair.fr.join(' ')}\n`);
const settingsKey = JSON.stringify({
  direction,
  config,
  settings: settings.cooldownSteps > 0 ? { ...stepFree, steps } : stepFree,
  corpus: corpusHash.digest('hex'),
});

/** Writes the three model files; during training a checkpoint, at the end with the test figures. */
function saveModel(
  stepsDone: number,
  seconds: number,
  evaluation?: object,
  dtype: 'F32' | 'F16' = 'F32',
): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'model.safetensors'),
    paramsToSafetensors(params, config, { direction }, dtype),
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
    guidedHeads,
    evaluation: evaluation ?? null,
  };
  writeFileSync(join(folder, 'config.json'), `${JSON.stringify(description, null, 2)}\n`);
}

const resumed = loadCheckpoint(checkpointFolder, settingsKey, params);
if (resumed && resumed.step > settings.steps) {
  throw new Error(
    `the checkpoint in ${checkpointFolder} is at step ${resumed.step}, past the ${settings.steps} asked for`,
  );
}
const firstStep = resumed ? resumed.step + 1 : 1;
if (resumed) {
  trainer.importState(resumed);
  // The batch stream is deterministic: skipping the batches already seen puts it where it was.
  for (let step = 1; step < firstStep; step++) batches.next();
  console.log(`continuing from the checkpoint at step ${resumed.step}`);
}

const progress = new ProgressLine(settings.steps, firstStep - 1);
const started = performance.now();
let tokens = 0;
let lossSum = 0;
let guidanceSum = 0;
let lossCount = 0;

for (let step = firstStep; step <= settings.steps; step++) {
  const batch = batches.next().value;
  const result = parallel ? await parallel.step(batch) : trainer.step(batch);
  tokens += result.tokens;
  lossSum += result.loss;
  guidanceSum += result.guidanceLoss;
  lossCount++;
  const seconds = (performance.now() - started) / 1000;
  const guidance = guidedHeads.length > 0 ? `  guide ${(guidanceSum / lossCount).toFixed(3)}` : '';
  progress.update(
    step,
    `loss ${(lossSum / lossCount).toFixed(3)}${guidance}  ${Math.round(tokens / seconds)} tok/s  lr ${result.learningRate.toExponential(2)}`,
  );
  if (step % settings.evaluateEvery === 0 || step === settings.steps) {
    const dev = evaluate(model, devPairs, direction, 0);
    progress.log(
      `step ${step}: train loss ${(lossSum / lossCount).toFixed(4)}${guidance}, dev exact match ${(100 * dev.exactMatch).toFixed(1)}%, dev BLEU ${dev.bleu.toFixed(1)}`,
    );
    lossSum = 0;
    guidanceSum = 0;
    lossCount = 0;
    saveModel(step, (performance.now() - started) / 1000);
    saveCheckpoint(checkpointFolder, settingsKey, params, trainer.exportState());
  }
}
const trainingSeconds = (performance.now() - started) / 1000;
await parallel?.close();

// The weights ship as 16-bit floats: what is measured from here on is the model as shipped.
const beforeRounding = evaluate(model, devPairs, direction, 0).exactMatch;
roundToFloat16(params);
const afterRounding = evaluate(model, devPairs, direction, 0).exactMatch;
const float16 = { devExactMatch32: beforeRounding, devExactMatch16: afterRounding };
console.log(
  `16-bit weights: dev exact match ${(100 * beforeRounding).toFixed(2)}% → ${(100 * afterRounding).toFixed(2)}%`,
);

const test = evaluate(model, corpus.test, direction);
console.log(describeEvaluation(test, direction));
const itHead = findItHead(model, corpus.dev, corpus.test, direction);
if (itHead) console.log(describeItHead(itHead));
const { mistakes: _shown, ...figures } = test;
saveModel(settings.steps, trainingSeconds, { ...figures, float16, itHead: itHead ?? null }, 'F16');
console.log(`wrote ${folder}/ after ${trainingSeconds.toFixed(0)} s of training`);
