/**
 * Every way a request can fail, as a value with a code and a sentence a reader understands.
 * Thrown errors from the engine become these values here, so nothing thrown crosses the thread.
 */
import { ModelFileError } from '../engine';
import type { EngineError, LoadFailure, UnknownWord, UnknownWordsWarning } from './protocol';

/** A message ending with exactly one full stop. */
const sentence = (text: string): string => `${text.replace(/[.\s]+$/, '')}.`;

export function emptyInput(): EngineError {
  return { code: 'empty_input', message: 'Type a sentence to see the model translate it.' };
}

/** `length` source tokens (words and punctuation) were typed; the model reads at most `limit`. */
export function tooLong(length: number, limit: number): EngineError {
  return {
    code: 'too_long',
    message:
      `This sentence has ${length} words and punctuation marks; the model reads at most ${limit}. ` +
      'Shorten it to see its translation.',
    limit,
    length,
  };
}

/** Past this many characters a word is shortened in messages (a paste, not a typo). */
const LONGEST_QUOTED_WORD = 24;

function quote(word: string): string {
  const characters = [...word];
  if (characters.length <= LONGEST_QUOTED_WORD) return `“${word}”`;
  const shown = characters.slice(0, LONGEST_QUOTED_WORD).join('');
  return `“${shown}…” (${characters.length.toLocaleString('en-US')} characters)`;
}

export function unknownWords(words: UnknownWord[]): UnknownWordsWarning {
  const quoted = words.map((w) => quote(w.word));
  const list =
    quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
  const readsAs = words.length === 1 ? 'reads it as' : 'reads each as';
  return {
    code: 'unknown_words',
    message: `The model has never seen ${list}: it ${readsAs} the unknown-word token <unk>.`,
    words,
  };
}

type FetchFailure = Extract<LoadFailure, 'fetch_failed' | 'not_found' | 'http_error'>;

const FAILURE_WORDS: Record<FetchFailure, string> = {
  fetch_failed: 'could not be fetched (the network request failed)',
  not_found: 'was not found on the server (HTTP 404)',
  http_error: 'could not be fetched',
};

/** A file could not be fetched: the network failed, or the server answered with an error. */
export function fetchFailed(file: string, reason: FetchFailure, detail = ''): EngineError {
  const why = detail ? `${FAILURE_WORDS[reason]}: ${detail}` : FAILURE_WORDS[reason];
  return {
    code: 'model_load_failed',
    message: sentence(`The model could not be loaded: ${file} ${why}`),
    file,
    reason,
  };
}

/** A failure while reading or checking a model's files, as the error a reader sees. */
export function modelFileError(error: unknown, file: string): EngineError {
  if (error instanceof ModelFileError && error.code === 'invalid_weights') {
    return {
      code: 'invalid_weights',
      message: sentence(`The model's weights do not fit it: ${error.message}`),
      file: error.file,
      tensor: error.tensor ?? null,
      expected: error.expected ? [...error.expected] : null,
      found: error.found ? [...error.found] : null,
    };
  }
  const why = error instanceof Error ? error.message : String(error);
  return {
    code: 'model_load_failed',
    message: sentence(`The model could not be loaded, its file is damaged: ${why}`),
    file: error instanceof ModelFileError ? error.file : file,
    reason: 'corrupt',
  };
}
