/**
 * Names in the reader's sentence. A capitalised word the model does not know is taken for a
 * person's name and read as a name slot (<name-f1>, <name-m1>, …: see src/corpus/names.ts), which
 * the model learned to copy into its translation; the page then writes the name back. The slot's
 * gender comes from a list of first names; for a name not on it, from "she" / "elle" in the
 * sentence, else masculine.
 */
import { KNOWN_NAMES, nameSlot, SLOTS_PER_GENDER } from '../corpus/names';
import type { Gender } from '../corpus/types';
import { tokenize, type Language } from '../engine';
import type { Vocabulary } from '../engine';

export interface NameInSentence {
  /** The name as typed, and its token's place in the sentence. */
  name: string;
  index: number;
  slot: string;
  gender: Gender;
  /** Whether the gender came from the list of first names (else from the sentence). */
  knownName: boolean;
}

const FEMININE_PRONOUNS = new Set(['she', 'her', 'elle', 'elles']);
const CAPITALISED = /^\p{Lu}/u;

/** The names among `words` (the sentence's lower-case tokens); none if the model has no slots. */
export function findNames(
  sentence: string,
  words: readonly string[],
  language: Language,
  vocabulary: Vocabulary,
): NameInSentence[] {
  if (!vocabulary.has(nameSlot('f', 0)) || !vocabulary.has(nameSlot('m', 0))) return [];
  const typed = tokenize(sentence, language, true);
  // Lower-casing changed how the sentence splits (a rare letter): take no risk.
  if (typed.length !== words.length) return [];
  const sentenceGender: Gender = words.some((w) => FEMININE_PRONOUNS.has(w)) ? 'f' : 'm';
  const slotOf = new Map<string, { slot: string; gender: Gender }>();
  const used: Record<Gender, number> = { f: 0, m: 0 };
  const names: NameInSentence[] = [];
  words.forEach((word, index) => {
    if (!CAPITALISED.test(typed[index]) || vocabulary.has(word)) return;
    const listed = KNOWN_NAMES[word];
    const gender = listed ?? sentenceGender;
    let found = slotOf.get(word);
    if (!found) {
      if (used[gender] >= SLOTS_PER_GENDER) return;
      found = { slot: nameSlot(gender, used[gender]++), gender };
      slotOf.set(word, found);
    }
    names.push({ name: typed[index], index, ...found, knownName: listed !== undefined });
  });
  return names;
}

/** French words elided before a vowel, as the corpus spells them whole before a name slot. */
const ELIDED_BEFORE_VOWEL: Readonly<Record<string, string>> = {
  que: "qu'",
  ne: "n'",
  de: "d'",
  je: "j'",
};

/**
 * The tokens with each name slot written as the name it stands for; in French, the word before a
 * name that starts with a vowel is elided as before any vowel ("que Tom", "qu'Alice").
 */
export function writeNames(
  tokens: readonly string[],
  nameOf: ReadonlyMap<string, string>,
  language: Language,
): string[] {
  const written = tokens.map((token) => nameOf.get(token) ?? token);
  if (language !== 'fr') return written;
  return written.map((token, i) => {
    const next = tokens[i + 1];
    const name = next === undefined ? undefined : nameOf.get(next);
    const elided = ELIDED_BEFORE_VOWEL[token];
    return name && elided && /^[aeiouyhàâéèêëîïôöùûü]/i.test(name) ? elided : token;
  });
}
