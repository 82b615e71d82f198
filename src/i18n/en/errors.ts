/**
 * English text of the engine's messages: why a sentence has no translation, why a model did not
 * load, why the engine restarted. The engine writes its messages with these, so the English a
 * reader sees is the same whichever side wrote it.
 */
import { quoted } from './components';

/** A message ending with exactly one full stop. */
export const sentence = (text: string): string => `${text.replace(/[.\s]+$/, '')}.`;

export const errors = {
  emptyInput: 'Type a sentence to see the model translate it.',
  /** `length` source tokens (words and punctuation) were typed; the model reads at most `limit`. */
  tooLong: (length: number, limit: number) =>
    `This sentence has ${length} words and punctuation marks; the model reads at most ${limit}. ` +
    'Shorten it to see its translation.',
  /** The reference translation to score is empty. */
  emptyReference: 'Type a reference translation to score it.',
  /** The reference has `length` target tokens; the decoder reads at most `limit`. */
  referenceTooLong: (length: number, limit: number) =>
    `This reference has ${length} words and punctuation marks; the decoder reads at ` +
    `most ${limit}. Shorten it to score it.`,
  /** A word quoted in a message; a pasted run of `characters` characters is shown cut short. */
  quoted: (word: string, characters?: number) =>
    characters === undefined
      ? quoted(word)
      : `${quoted(`${word}…`)} (${characters.toLocaleString('en-US')} characters)`,
  /** The words the model has never seen, each already quoted. */
  unknownWords: (quoted: readonly string[]) => {
    const list =
      quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
    const readsAs = quoted.length === 1 ? 'reads it as' : 'reads each as';
    return `The model has never seen ${list}: it ${readsAs} the unknown-word token <unk>.`;
  },
  /** Why a model's file did not arrive. */
  fetchFailure: {
    fetch_failed: 'could not be fetched (the network request failed)',
    not_found: 'was not found on the server (HTTP 404)',
    http_error: 'could not be fetched',
  },
  /** A model's file did not arrive: `why` is one of fetchFailure, perhaps with the server's words. */
  notLoaded: (file: string, why: string) =>
    sentence(`The model could not be loaded: ${file} ${why}`),
  /** The engine stopped while working and was restarted; `why` is the browser's words. */
  engineRestarted: (why: string) =>
    `The engine stopped (${why}). It has been restarted and the model reloaded; ` +
    'the last result stays on screen.',
  /** The engine stopped again at once, so it was left stopped. */
  engineGaveUp: (why: string) =>
    `The engine stopped again (${why}) right after restarting, so it was not restarted. ` +
    'Press Retry, or reload the page, to try again.',
  /** Why a French → English model has no il/elle decision to locate. */
  noDecisionFromFrench:
    'This model translates French into English. In French the pronoun already says which ' +
    'noun is meant ("il" for a masculine noun, "elle" for a feminine one), and English has ' +
    'only "it" for both, so the model has no choice between two pronouns to make.',
  /** Why a model that lacks one of the two pronouns has no decision to locate. */
  noDecisionWords: (first: string, second: string) =>
    `This model does not know both "${first}" and "${second}".`,
};
