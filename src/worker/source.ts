/**
 * The sentence in the box, as the encoder will read it: tokens, their ids ending with <eos>, and
 * which words the model has never seen (read as <unk>), each with known words to try instead: of
 * the kind it seems to play (kindGuess.ts) when the model came with its words' kinds, nearest in
 * spelling first.
 */
import { EOS, type ModelConfig } from '../engine';
import { tokenize, type Language } from '../engine';
import { editDistance, foldForComparison, nearestKnownWords, type Vocabulary } from '../engine';
import { emptyInput, tooLong, unknownWords } from './errors';
import { guessKinds } from './kindGuess';
import { findNames, type NameInSentence } from './names';
import { unknownWordLabel } from './unknownWordLabel';
import type { EngineError, UnknownWord, UnknownWordsWarning } from './protocol';
import type { WordKind, WordKinds } from './wordKinds';

export interface PreparedSource {
  /**
   * How the page labels each position: the word as typed (a name as typed, an unknown word
   * marked by unknownWordLabel, so two unknown words read apart though both are <unk>), then <eos>.
   */
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
  kinds: WordKinds | null = null,
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
  const firstPlace = new Map<string, number>();
  for (const { index, token } of unknown) {
    shownWords[index] = unknownWordLabel(token);
    if (!firstPlace.has(token)) firstPlace.set(token, index);
  }
  const guesses = kinds
    ? guessKinds(
        modelWords,
        unknown.map((u) => u.index),
        kinds,
        language,
      )
    : null;
  const warning =
    firstPlace.size === 0
      ? null
      : unknownWords(
          [...firstPlace].map(([word, index]) => {
            const wanted = guesses?.get(index);
            return suggestionsFor(word, vocabulary, kinds && wanted ? { wanted, kinds } : null);
          }),
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
 * for letter (an emoji, a word in another script) is no suggestion. With a guessed kind, words of
 * that kind, after any known word that differs only by accents, capitals or apostrophes ("tres" →
 * "très", "didnt" → "didn't"), unless none resembles it: then the nearest of any kind.
 */
function suggestionsFor(
  word: string,
  vocabulary: Vocabulary,
  guess: { wanted: WordKind[]; kinds: WordKinds } | null,
): UnknownWord {
  if ([...word].length > LONGEST_WORD_WITH_SUGGESTIONS) return { word, suggestions: [] };
  const folded = foldForComparison(word);
  const resembles = (known: string) => {
    const foldedKnown = foldForComparison(known);
    const longer = Math.max([...folded].length, [...foldedKnown].length);
    return editDistance(folded, foldedKnown) < longer;
  };
  const nearest = (among?: (known: string) => boolean) =>
    nearestKnownWords(word, vocabulary, SUGGESTIONS_PER_WORD, among).filter(resembles);
  if (guess) {
    const { wanted, kinds } = guess;
    const bare = (text: string) => foldForComparison(text).replace(/'/g, '');
    const sameLetters = nearest((known) => bare(known) === bare(word));
    const ofKind = nearest((known) => wanted.some((kind) => kinds.get(known)?.has(kind)));
    const suggestions = [...new Set([...sameLetters, ...ofKind])].slice(0, SUGGESTIONS_PER_WORD);
    if (ofKind.length > 0) return { word, suggestions, kinds: wanted };
  }
  return { word, suggestions: nearest() };
}

export function isEngineError(value: PreparedSource | EngineError): value is EngineError {
  return 'code' in value;
}
