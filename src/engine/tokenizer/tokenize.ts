/**
 * Word-level tokenization, the same for typed text and for the generated corpus: lowercase
 * words, punctuation as tokens of its own, French elision split after the apostrophe
 * ("l'animal" → "l'", "animal"), English contractions kept whole ("didn't" is one word, as in
 * the corpus). Anything else a reader types (emoji, markup, another script) is kept as tokens
 * too, so that the caller can name it as an unknown word instead of silently dropping it; only
 * what cannot be seen (direction marks, zero-width spaces, soft hyphens) is dropped.
 */

export type Language = 'en' | 'fr';

/** Punctuation that always stands as a token of its own. */
const PUNCTUATION = new Set(['.', ',', '!', '?', ';', ':', '"', '(', ')']);

/** Punctuation French typography separates from the previous word by a space. */
const FRENCH_SPACED_PUNCTUATION = new Set(['!', '?', ';', ':']);

/** Punctuation written against the previous word. */
const CLOSING_PUNCTUATION = new Set(['.', ',', '!', '?', ';', ':', ')']);

/**
 * French words that lose their vowel before a vowel and keep the apostrophe: the elided
 * article, pronoun or conjunction is a word of its own in the corpus.
 */
const FRENCH_ELIDED = new Set([
  'l',
  'd',
  'j',
  'n',
  'm',
  't',
  's',
  'c',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
]);

/** Apostrophes people type or paste, folded into the ASCII one the corpus uses. */
const APOSTROPHES = /[\u2019\u2018\u02bc\u2032]/g;

/** Direction marks, the zero-width space and the byte-order mark: invisible, and never part of a word. */
const INVISIBLE_SEPARATORS = /[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/** The soft hyphen and the word joiner: invisible inside a word, so dropped ("cat\u00ads" is "cats"). */
const INVISIBLE_INSIDE_WORDS = /[\u00ad\u2060]/g;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Combining marks and joiners stay attached to whatever they follow (accents, emoji parts). */
const ATTACHING = /[\p{M}\u200c\u200d]/u;
const SPACE = /[\s\p{Cc}]/u;

type Kind = 'word' | 'other';

function kindOf(char: string): Kind | 'space' | 'punctuation' | 'attaching' {
  if (SPACE.test(char) || INVISIBLE_SEPARATORS.test(char)) return 'space';
  if (PUNCTUATION.has(char)) return 'punctuation';
  if (ATTACHING.test(char)) return 'attaching';
  if (LETTER_OR_DIGIT.test(char) || char === "'" || char === '-') return 'word';
  return 'other';
}

/**
 * Splits a word-like run into tokens: in French an elided word is split off its host ("qu'il"
 * → "qu'", "il", and a lone "l'" stays whole); other apostrophes and hyphens at the run's edges
 * stand alone ("'hi'" → "'", "hi", "'").
 */
function splitWord(run: string, language: Language): string[] {
  const leading = /^['-]+/.exec(run)?.[0] ?? '';
  const tokens: string[] = [...leading];
  let rest = run.slice(leading.length);
  if (language === 'fr') {
    for (;;) {
      const apostrophe = rest.indexOf("'");
      if (apostrophe < 0 || !FRENCH_ELIDED.has(rest.slice(0, apostrophe))) break;
      tokens.push(rest.slice(0, apostrophe + 1));
      rest = rest.slice(apostrophe + 1);
    }
  }
  const trailing = /['-]*$/.exec(rest)?.[0] ?? '';
  const core = rest.slice(0, rest.length - trailing.length);
  if (core.length > 0) tokens.push(core);
  for (const token of trailing) tokens.push(token);
  return tokens;
}

/**
 * The corpus's tokens for a sentence as a reader types it. Never throws. With `keepCase`, the
 * same tokens in the case they were typed in (to tell names, which are capitalised).
 */
export function tokenize(text: string, language: Language, keepCase = false): string[] {
  // NFKC composes accents and folds compatibility forms into plain letters (full-width "ｃａｔ",
  // the ligature "ﬁ").
  const folded = text.normalize('NFKC').replace(INVISIBLE_INSIDE_WORDS, '');
  const normalized = (keepCase ? folded : folded.toLowerCase().normalize('NFKC')).replace(
    APOSTROPHES,
    "'",
  );
  const tokens: string[] = [];
  let run = '';
  let runKind: Kind | undefined;
  const endRun = () => {
    // one by one: a pasted run of thousands of apostrophes splits into more tokens than a call
    // can take as arguments
    if (runKind === 'word') for (const token of splitWord(run, language)) tokens.push(token);
    else if (runKind === 'other') tokens.push(run);
    run = '';
    runKind = undefined;
  };
  for (const char of normalized) {
    const kind = kindOf(char);
    if (kind === 'attaching') {
      run += char;
      runKind ??= 'other';
      continue;
    }
    if (kind !== runKind) endRun();
    if (kind === 'space') continue;
    if (kind === 'punctuation') {
      tokens.push(char);
      continue;
    }
    run += char;
    runKind = kind;
  }
  endRun();
  return tokens;
}

/**
 * Tokens back into text for display: "l' animal" → "l'animal", no space before . , ) and none
 * after (; French keeps its space before ? ! ; : as its typography wants.
 * For every corpus sentence, tokenize(detokenize(tokens)) gives the tokens back.
 */
export function detokenize(tokens: readonly string[], language: Language): string {
  let text = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const previous = i > 0 ? tokens[i - 1] : undefined;
    const glued =
      previous === undefined ||
      previous === '(' ||
      (language === 'fr' && previous.endsWith("'") && previous.length > 1) ||
      (CLOSING_PUNCTUATION.has(token) &&
        !(language === 'fr' && FRENCH_SPACED_PUNCTUATION.has(token)));
    text += glued ? token : ` ${token}`;
  }
  return text;
}
