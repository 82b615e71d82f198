/**
 * The sentence in the box, as the encoder will read it: tokens, their ids ending with <eos>, and
 * which words the model has never seen (read as <unk>, with the nearest words it knows).
 */
import { EOS, type ModelConfig } from '../engine/model/config';
import { tokenize, type Language } from '../engine/tokenizer/tokenize';
import {
  editDistance,
  foldForComparison,
  nearestKnownWords,
  type Vocabulary,
} from '../engine/tokenizer/vocabulary';
import { emptyInput, tooLong, unknownWords } from './errors';
import { findNames, type NameInSentence } from './names';
import type { EngineError, UnknownWordsWarning } from './protocol';

export interface PreparedSource {
  /** The typed tokens (names as typed), then <eos>. */
  tokens: string[];
  srcIds: Int32Array;
  unknownWords: UnknownWordsWarning | null;
  /** The words read as people's names, each as a slot the model copies. */
  names: NameInSentence[];
}

/** Suggestions for unknown words: how many, and past which length a word gets none (a paste). */
export const SUGGESTIONS_PER_WORD = 3;
export const LONGEST_WORD_WITH_SUGGESTIONS = 32;

/** The source ids of `sentence`, or the reason it cannot be translated (empty, too long). */
export function prepareSource(
  sentence: string,
  vocabulary: Vocabulary,
  config: ModelConfig,
  language: Language,
): PreparedSource | EngineError {
  const words = tokenize(sentence, language);
  if (words.length === 0) return emptyInput();
  // The encoder reads the words and <eos>: maxLength positions in all.
  const limit = config.maxLength - 1;
  if (words.length > limit) return tooLong(words.length, limit);

  const names = findNames(sentence, words, language, vocabulary);
  const modelWords = [...words];
  const shownWords = [...words];
  for (const { index, slot, name } of names) {
    modelWords[index] = slot;
    shownWords[index] = name;
  }
  const { ids, unknown } = vocabulary.toIds(modelWords);
  const distinct = [...new Set(unknown.map((u) => u.token))];
  const warning =
    distinct.length === 0
      ? null
      : unknownWords(
          distinct.map((word) => ({
            word,
            suggestions: suggestionsFor(word, vocabulary),
          })),
        );
  return {
    tokens: [...shownWords, '<eos>'],
    srcIds: Int32Array.from([...ids, EOS]),
    unknownWords: warning,
    names,
  };
}

/**
 * The nearest known words, if any resembles `word` at all: one that has to be rewritten letter
 * for letter (an emoji, a word in another script) is no suggestion.
 */
function suggestionsFor(word: string, vocabulary: Vocabulary): string[] {
  if ([...word].length > LONGEST_WORD_WITH_SUGGESTIONS) return [];
  const folded = foldForComparison(word);
  return nearestKnownWords(word, vocabulary, SUGGESTIONS_PER_WORD).filter((known) => {
    const foldedKnown = foldForComparison(known);
    const longer = Math.max([...folded].length, [...foldedKnown].length);
    return editDistance(folded, foldedKnown) < longer;
  });
}

export function isEngineError(value: PreparedSource | EngineError): value is EngineError {
  return 'code' in value;
}
