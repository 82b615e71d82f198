/** A model named by one string, for maps, the model picker and the URL. */
import type { ModelRef } from './protocol';

const UNTRAINED_FROM_CORPUS = 'untrained';
const TRAINED_IN_BROWSER = 'trained:';

/**
 * `en-fr` (shipped), `untrained:en-fr` (its architecture, seeded weights), `untrained`, or
 * `trained:<name>` (trained in the page).
 */
export function modelKey(ref: ModelRef): string {
  if (ref.kind === 'shipped') return ref.name;
  if (ref.kind === 'trained-in-browser') return `${TRAINED_IN_BROWSER}${ref.name}`;
  return ref.basedOn === null ? UNTRAINED_FROM_CORPUS : `untrained:${ref.basedOn}`;
}

/** The model a key names. */
export function modelRefFromKey(key: string): ModelRef {
  if (key === UNTRAINED_FROM_CORPUS) return { kind: 'untrained', basedOn: null };
  if (key.startsWith(TRAINED_IN_BROWSER)) {
    return { kind: 'trained-in-browser', name: key.slice(TRAINED_IN_BROWSER.length) };
  }
  if (key.startsWith('untrained:')) {
    return { kind: 'untrained', basedOn: key.slice('untrained:'.length) };
  }
  return { kind: 'shipped', name: key };
}
