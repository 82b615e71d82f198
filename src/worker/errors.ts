/**
 * Every way a request can fail, as a value with a code and a sentence a reader understands.
 * Thrown errors from the engine become these values here, so nothing thrown crosses the thread.
 */
import { ModelFileError } from '../engine';
import { errors as text, sentence } from '../i18n/en/errors';
import type { Catalogue } from '../i18n';
import type { EngineError, LoadFailure, UnknownWord, UnknownWordsWarning } from './protocol';

export function emptyInput(): EngineError {
  return { code: 'empty_input', message: text.emptyInput };
}

/** `length` source tokens (words and punctuation) were typed; the model reads at most `limit`. */
export function tooLong(length: number, limit: number): EngineError {
  return {
    code: 'too_long',
    message: text.tooLong(length, limit),
    limit,
    length,
  };
}

/** Past this many characters a word is shortened in messages (a paste, not a typo). */
const LONGEST_QUOTED_WORD = 24;

/** `word` quoted in the catalogue's words; a pasted run is cut short, with its length. */
export function quote(word: string, words: Catalogue['errors'] = text): string {
  const characters = [...word];
  if (characters.length <= LONGEST_QUOTED_WORD) return words.quoted(word);
  return words.quoted(characters.slice(0, LONGEST_QUOTED_WORD).join(''), characters.length);
}

export function unknownWords(words: UnknownWord[]): UnknownWordsWarning {
  return {
    code: 'unknown_words',
    message: text.unknownWords(words.map((w) => quote(w.word))),
    words,
  };
}

export type FetchFailure = Extract<LoadFailure, 'fetch_failed' | 'not_found' | 'http_error'>;

/** Why a file did not arrive, in the catalogue's words, with the server's own if it gave some. */
export function fetchFailure(reason: FetchFailure, detail = '', words = text): string {
  return detail ? `${words.fetchFailure[reason]}: ${detail}` : words.fetchFailure[reason];
}

/** A file could not be fetched: the network failed, or the server answered with an error. */
export function fetchFailed(file: string, reason: FetchFailure, detail = ''): EngineError {
  return {
    code: 'model_load_failed',
    message: text.notLoaded(file, fetchFailure(reason, detail)),
    file,
    reason,
    ...(detail ? { detail } : {}),
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
