/**
 * An engine's message in the page's language. The engine sends each failure with a code and the
 * numbers and words it is about; the page writes the sentence from those in its own language. A
 * failure whose details only the engine can put in words (a damaged file, weights of the wrong
 * shape) keeps the engine's English sentence.
 */
import type { Catalogue } from './en';
import type { EngineError } from '../worker/protocol';
import type { TrainingError } from '../worker/trainingProtocol';
import { fetchFailure, quote } from '../worker/errors';

/** A reference translation's failure: its own words for an empty or too long reference. */
export function referenceErrorText(error: EngineError, words: Catalogue['errors']): string {
  if (error.code === 'empty_input') return words.emptyReference;
  if (error.code === 'too_long') return words.referenceTooLong(error.length, error.limit);
  return errorText(error, words);
}

export function errorText(error: EngineError, words: Catalogue['errors']): string {
  switch (error.code) {
    case 'empty_input':
      return words.emptyInput;
    case 'too_long':
      return words.tooLong(error.length, error.limit);
    case 'unknown_words':
      return words.unknownWords(error.words.map((w) => quote(w.word, words)));
    case 'model_load_failed':
      return error.reason === 'fetch_failed' ||
        error.reason === 'not_found' ||
        error.reason === 'http_error'
        ? words.notLoaded(error.file, fetchFailure(error.reason, error.detail, words))
        : error.message;
    case 'worker_crashed':
      if (error.why === undefined) return error.message;
      return error.restarted ? words.engineRestarted(error.why) : words.engineGaveUp(error.why);
    default:
      return error.message;
  }
}

/**
 * The training lab's failure in the page's language. A file the lab could not open keeps the
 * engine's English sentence, which names the file's fault.
 */
export function trainingErrorText(error: TrainingError, words: Catalogue['trainingLab']): string {
  if (error.stop) return words.trainingStopped(error.stop);
  if (error.problem) return words.cannotTrain(words.settingsProblem(error.problem));
  if (error.code === 'no_run') return words.noRun;
  if (error.code === 'lab_reset') return words.labReset;
  return error.message;
}
