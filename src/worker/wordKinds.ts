/**
 * What kind of word each known word is (a noun, an adjective, a verb form...), read from a shipped
 * model's kinds.json. The file is written from the corpus's lexicon by scripts/write-kinds.ts, so
 * the page never carries the lexicon itself. It is an extra: a model loads without it, and unknown
 * words then get spelling neighbours only.
 */

/** The file beside config.json and vocab.json; optional. */
export const WORD_KINDS_FILE = 'kinds.json';

export const WORD_KINDS = [
  'noun',
  'adjective',
  'verb',
  /** A form of "to be" / "être". */
  'be',
  /** A helper before a verb: do, did, will, don't; avoir, aller. */
  'auxiliary',
  /** English "to" before a verb. */
  'infinitive',
  /** the, a, my, this; le, une, mon, ce. */
  'determiner',
  /** i, she, they; je, elle, ils: who does what the next verb says. */
  'subject',
  /** me, him, them; moi, lui. */
  'pronoun',
  'preposition',
  'number',
  /** very, too; très, trop. */
  'degree',
  /** not; ne, pas. */
  'negation',
  'conjunction',
  /** yesterday, monday; hier, lundi. */
  'time',
] as const;

export type WordKind = (typeof WORD_KINDS)[number];

/** kinds.json: the source language and, for each kind, the known words of that kind. */
export interface WordKindsFile {
  language: string;
  kinds: Partial<Record<WordKind, string[]>>;
}

/** Each known word's kinds; a word can be of several ("cook" is a noun and a verb). */
export type WordKinds = ReadonlyMap<string, ReadonlySet<WordKind>>;

const isWordKind = (value: string): value is WordKind =>
  (WORD_KINDS as readonly string[]).includes(value);

/**
 * The kinds a kinds.json holds, or null when it is not one (missing, malformed, or for another
 * language than the model reads): then suggestions are by spelling only. Kinds this page does not
 * know are skipped, so an older page reads a newer file.
 */
export function readWordKinds(json: unknown, language: string): WordKinds | null {
  if (typeof json !== 'object' || json === null) return null;
  const { language: fileLanguage, kinds } = json as Record<string, unknown>;
  if (fileLanguage !== language || typeof kinds !== 'object' || kinds === null) return null;
  const byWord = new Map<string, Set<WordKind>>();
  for (const [kind, words] of Object.entries(kinds)) {
    if (!isWordKind(kind) || !Array.isArray(words)) continue;
    for (const word of words) {
      if (typeof word !== 'string') continue;
      const kindsOfWord = byWord.get(word) ?? new Set<WordKind>();
      kindsOfWord.add(kind);
      byWord.set(word, kindsOfWord);
    }
  }
  return byWord.size > 0 ? byWord : null;
}
