/**
 * The post's "it" sentence in the language a model reads. The page opens on it in the language
 * of the model it opens on, and while the sentence is still one of the post's two (the animal too
 * tired, or the street too wide), it follows the model into the language that model reads.
 */
import { POST_SENTENCES } from '../corpus/post';
import { detokenize, type Language } from '../engine';

/** The languages of the corpus's pairs, which the models read and write. */
const SIDES = ['en', 'fr'] as const;

/** The post's pair: too tired (the animal), then too wide (the street). */
const POST_IT_PAIRS = POST_SENTENCES.filter((pair) => pair.coreference);

/** The post's two "it" sentences as a reader would type them in `language`. */
function postItSentences(language: Language): string[] {
  return POST_IT_PAIRS.map((pair) => detokenize(pair[language], language));
}

/** The sentence the page opens on for a model that reads `language`. */
export function postSentenceIn(language: Language): string {
  return postItSentences(language)[0];
}

/**
 * `sentence` written in `language`, if it is one of the post's "it" sentences in any language;
 * null for any other sentence (the reader's own, which is never changed).
 */
export function postSentenceAs(sentence: string, language: Language): string | null {
  for (const from of SIDES) {
    const at = postItSentences(from).indexOf(sentence);
    if (at >= 0) return postItSentences(language)[at];
  }
  return null;
}

/** Whether `sentence` is one of the post's "it" sentences, in any language: not the reader's own. */
export function isPostSentence(sentence: string): boolean {
  return postSentenceAs(sentence, 'en') !== null;
}

/** The post's sentence with the reason about the other noun (tired ↔ wide), in its language. */
export function postTwin(sentence: string): string | null {
  for (const language of SIDES) {
    const [tired, wide] = postItSentences(language);
    if (sentence === tired) return wide;
    if (sentence === wide) return tired;
  }
  return null;
}

/** The pronouns of the post's sentences: "it", il and elle. */
const POST_PRONOUNS = new Set(
  POST_IT_PAIRS.flatMap((pair) =>
    SIDES.map((side) => {
      const pronoun = pair.coreference?.[side].pronoun ?? -1;
      return pair[side][pronoun];
    }),
  ),
);

/** The position of the post's pronoun ("it", il or elle) among `tokens`; -1 if there is none. */
export function postPronounPosition(tokens: readonly string[]): number {
  return tokens.findIndex((token) => POST_PRONOUNS.has(token));
}
