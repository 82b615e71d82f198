/**
 * A vocabulary: the words a model knows, each with the id of its embedding row. Ids 0–3 are the
 * special tokens <pad>, <bos>, <eos>, <unk> (SPECIAL_TOKENS), so the engine's PAD, BOS, EOS and UNK
 * constants hold for every vocabulary.
 */
import { SPECIAL_TOKENS, UNK } from '../model/config';

/** Why `tokens` cannot be a vocabulary, in a sentence; undefined when it can. */
export function vocabularyProblem(tokens: readonly unknown[]): string | undefined {
  for (let id = 0; id < SPECIAL_TOKENS.length; id++) {
    if (tokens[id] !== SPECIAL_TOKENS[id]) {
      return (
        `the first ${SPECIAL_TOKENS.length} entries must be ${SPECIAL_TOKENS.join(', ')}, ` +
        `but entry ${id} is ${id < tokens.length ? JSON.stringify(tokens[id]) : 'missing'}`
      );
    }
  }
  const firstSeen = new Map<string, number>();
  for (let id = 0; id < tokens.length; id++) {
    const token = tokens[id];
    if (typeof token !== 'string' || token.length === 0) {
      return `entry ${id} should be a non-empty word, found ${token === undefined ? 'nothing' : JSON.stringify(token)}`;
    }
    const earlier = firstSeen.get(token);
    if (earlier !== undefined) return `"${token}" appears twice, as entries ${earlier} and ${id}`;
    firstSeen.set(token, id);
  }
  return undefined;
}

export interface TokenIds {
  /** One id per token; unknown tokens get UNK (3). */
  ids: number[];
  /** The tokens the vocabulary does not hold, with their position in the input. */
  unknown: { index: number; token: string }[];
}

export class Vocabulary {
  /** Every token, at the index of its id. */
  readonly tokens: readonly string[];
  private readonly ids: Map<string, number>;

  /** `tokens` must start with SPECIAL_TOKENS and hold no word twice. */
  constructor(tokens: readonly string[]) {
    const problem = vocabularyProblem(tokens);
    if (problem) throw new Error(`not a vocabulary: ${problem}`);
    this.tokens = Object.freeze([...tokens]);
    this.ids = new Map(tokens.map((token, id) => [token, id]));
  }

  /** V: the number of rows of the embedding table that reads this vocabulary. */
  get size(): number {
    return this.tokens.length;
  }

  idOf(token: string): number | undefined {
    return this.ids.get(token);
  }

  has(token: string): boolean {
    return this.ids.has(token);
  }

  tokenOf(id: number): string {
    const token = this.tokens[id];
    if (!Number.isInteger(id) || token === undefined) {
      throw new RangeError(`token id ${id} is outside a vocabulary of ${this.size}`);
    }
    return token;
  }

  toIds(tokens: readonly string[]): TokenIds {
    const ids: number[] = [];
    const unknown: TokenIds['unknown'] = [];
    tokens.forEach((token, index) => {
      const id = this.ids.get(token);
      if (id === undefined) unknown.push({ index, token });
      ids.push(id ?? UNK);
    });
    return { ids, unknown };
  }
}

/**
 * Up to `count` known words closest to `word`, closest first, to suggest for a word the model does
 * not know. Closeness is the edit distance between accent- and case-folded forms (so "etudiant"
 * finds "étudiant" and "Student" finds "student"), then between the words as typed, then the
 * vocabulary's own order. Special tokens are never suggested, nor words `among` turns down (those
 * of another kind than the one wanted).
 */
export function nearestKnownWords(
  word: string,
  vocabulary: Vocabulary,
  count = 3,
  among: (known: string) => boolean = () => true,
): string[] {
  if (count <= 0) return [];
  const typed = codePoints(word);
  const folded = codePoints(foldForComparison(word));
  const allowed = candidatesOf(vocabulary).filter((candidate) => among(candidate.token));
  const ranked = allowed.map((candidate) => ({
    candidate,
    foldedDistance: codePointDistance(folded, candidate.folded),
    typedDistance: codePointDistance(typed, candidate.typed),
  }));
  ranked.sort(
    (a, b) =>
      a.foldedDistance - b.foldedDistance ||
      a.typedDistance - b.typedDistance ||
      a.candidate.id - b.candidate.id,
  );
  return ranked.slice(0, count).map(({ candidate }) => candidate.token);
}

interface Candidate {
  id: number;
  token: string;
  typed: number[];
  folded: number[];
}

/** Folded forms are computed once per vocabulary, not on every keystroke. */
const candidateCache = new WeakMap<Vocabulary, Candidate[]>();

function candidatesOf(vocabulary: Vocabulary): Candidate[] {
  let candidates = candidateCache.get(vocabulary);
  if (!candidates) {
    candidates = vocabulary.tokens.slice(SPECIAL_TOKENS.length).map((token, i) => ({
      id: SPECIAL_TOKENS.length + i,
      token,
      typed: codePoints(token),
      folded: codePoints(foldForComparison(token)),
    }));
    candidateCache.set(vocabulary, candidates);
  }
  return candidates;
}

/** Lower case without accents: "Été" → "ete"; the ligatures œ and æ spelled out as people type them. */
export function foldForComparison(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

function codePoints(text: string): number[] {
  return Array.from(text, (character) => character.codePointAt(0) ?? 0);
}

/** Optimal string alignment distance between two words (see codePointDistance). */
export function editDistance(a: string, b: string): number {
  return codePointDistance(codePoints(a), codePoints(b));
}

/** Scratch rows shared by every call: measuring 600 words per keystroke allocates no rows. */
let rows = new Int32Array(0);

/**
 * Optimal string alignment distance (Damerau–Levenshtein without re-editing a transposed pair):
 * the fewest insertions, deletions, substitutions and swaps of adjacent letters turning a into b.
 *   d[i][j] = min(d[i−1][j] + 1, d[i][j−1] + 1, d[i−1][j−1] + [a_i ≠ b_j],
 *                 d[i−2][j−2] + 1 if a_i = b_(j−1) and a_(i−1) = b_j)
 * Letters are compared as code points, so a letter outside the BMP counts once.
 * Three rows are kept: the one before last (for swaps), the last, and the current.
 */
function codePointDistance(a: readonly number[], b: readonly number[]): number {
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  let beforeLast = rows.subarray(0, width);
  let last = rows.subarray(width, 2 * width);
  let current = rows.subarray(2 * width, 3 * width);
  for (let j = 0; j < width; j++) last[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = last[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      let best = Math.min(last[j] + 1, current[j - 1] + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, beforeLast[j - 2] + 1);
      }
      current[j] = best;
    }
    [beforeLast, last, current] = [last, current, beforeLast];
  }
  return last[b.length];
}
