/**
 * public/models/index.json lists the shipped models. A missing or malformed list is not fatal:
 * the page falls back to the built-in untrained model and says so.
 */
import type { Language } from '../engine';
import type { ModelListing } from '../worker/protocol';

const LANGUAGES: readonly Language[] = ['en', 'fr'];

/** A model name that is a plain folder name and cannot be mistaken for an untrained model's key. */
const MODEL_NAME = /^[a-z0-9][a-z0-9._-]*$/i;

/** The listings of index.json that the page can use; malformed entries are left out. */
export function parseModelIndex(json: unknown): ModelListing[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((entry: unknown): ModelListing[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { name, label, sourceLanguage, targetLanguage } = entry as Record<string, unknown>;
    const usable =
      typeof name === 'string' &&
      MODEL_NAME.test(name) &&
      name !== 'untrained' &&
      typeof label === 'string' &&
      LANGUAGES.some((l) => l === sourceLanguage) &&
      LANGUAGES.some((l) => l === targetLanguage);
    return usable
      ? [
          {
            name,
            label,
            sourceLanguage: sourceLanguage as Language,
            targetLanguage: targetLanguage as Language,
          },
        ]
      : [];
  });
}

/** The shipped models, or none if the list cannot be read. */
export async function fetchModelIndex(modelsUrl: string): Promise<ModelListing[]> {
  try {
    const response = await fetch(new URL('index.json', modelsUrl));
    return response.ok ? parseModelIndex(await response.json()) : [];
  } catch {
    return [];
  }
}
