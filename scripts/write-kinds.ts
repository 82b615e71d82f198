/**
 * Writes kinds.json beside every shipped model (public/models/<name>/), from the lexicon and the
 * model's source vocabulary: run it again whenever the corpus or a vocab.json changes.
 *   npx tsx scripts/write-kinds.ts
 */
import { writeFileSync } from 'node:fs';
import { WORD_KINDS_FILE } from '../src/worker/wordKinds';
import { kindsJsonText, shippedModels } from './kinds/shippedKinds';

for (const model of shippedModels()) {
  const path = `${model.folder}/${WORD_KINDS_FILE}`;
  writeFileSync(path, kindsJsonText(model));
  console.log(`wrote ${path}`);
}
