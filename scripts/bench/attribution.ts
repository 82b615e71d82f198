/**
 * Every attribution of one output word (attention, rollout, value-weighted, saliency, head
 * ablation) for a sentence of 12 source tokens, on the shipped English → French model, whatever
 * its size. The design's target is at most 50 ms; the report prints the median beside it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { explainWord } from '../../src/engine/attribution';
import { EOS } from '../../src/engine/model/config';
import { MODEL_FILE_NAMES, modelFromFiles } from '../../src/engine/io/modelFiles';
import { translate } from '../../src/engine/model/translate';
import { tokenize } from '../../src/engine/tokenizer/tokenize';
import type { BenchTask } from './types';

const FOLDER = join('public', 'models', 'en-fr');
const SENTENCE = "the animal didn't cross the street because it was too tired.";
const TARGET_MS = 50;

export function attributionTask(): BenchTask {
  const readJson = (name: string): unknown => JSON.parse(readFileSync(join(FOLDER, name), 'utf8'));
  const { config, params, source, target } = modelFromFiles({
    config: readJson(MODEL_FILE_NAMES.config),
    vocabulary: readJson(MODEL_FILE_NAMES.vocabulary),
    weights: new Uint8Array(readFileSync(join(FOLDER, MODEL_FILE_NAMES.weights))),
  });
  const srcIds = [...source.toIds(tokenize(SENTENCE, 'en')).ids, EOS];
  const { tgtIds, outputIds } = translate(params, config, srcIds, { kind: 'greedy' });
  // The pronoun of the translation, or its middle word if it has none.
  const pronoun = Array.from(outputIds).findIndex((id) =>
    ['il', 'elle'].includes(target.tokenOf(id)),
  );
  const position = pronoun < 0 ? Math.floor(outputIds.length / 2) : pronoun;
  const word = { srcIds, tgtIds, position, wordId: outputIds[position] };
  return {
    name: `every attribution of one output word, ${srcIds.length}-token sentence (target ≤ ${TARGET_MS} ms)`,
    cases: [
      {
        runner: `engine, ${config.encoderLayers}+${config.decoderLayers} layers × ${config.heads} heads`,
        prepare: async () => ({ run: () => void [...explainWord(params, config, word)] }),
      },
    ],
    budgets: [],
  };
}
