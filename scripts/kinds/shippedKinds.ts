/** The shipped models (public/models/index.json) and the kinds.json each should carry. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Language } from '../../src/engine/tokenizer/tokenize';
import { wordKindsFile } from './lexiconKinds';

const MODELS_FOLDER = fileURLToPath(new URL('../../public/models', import.meta.url));

export interface ShippedModel {
  name: string;
  folder: string;
  sourceLanguage: Language;
}

export function shippedModels(): ShippedModel[] {
  const index = JSON.parse(readFileSync(`${MODELS_FOLDER}/index.json`, 'utf8')) as {
    name: string;
    sourceLanguage: Language;
  }[];
  return index.map(({ name, sourceLanguage }) => ({
    name,
    folder: `${MODELS_FOLDER}/${name}`,
    sourceLanguage,
  }));
}

/** The text of the model's kinds.json: one kind per line, so a change reads well in a diff. */
export function kindsJsonText(model: ShippedModel): string {
  const vocabulary = JSON.parse(readFileSync(`${model.folder}/vocab.json`, 'utf8')) as {
    source: string[];
  };
  const { language, kinds } = wordKindsFile(model.sourceLanguage, vocabulary.source);
  const lines = Object.entries(kinds).map(
    ([kind, words]) => `    "${kind}": ${JSON.stringify(words)}`,
  );
  return `{\n  "language": "${language}",\n  "kinds": {\n${lines.join(',\n')}\n  }\n}\n`;
}
