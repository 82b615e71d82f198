/**
 * One step's output distribution in the reader's terms: every word of the vocabulary with its
 * index, logit and probability, ranked, searchable. Pure.
 */

export interface WordScore {
  /** Index in the output vocabulary: the logit's column. */
  id: number;
  word: string;
  logit: number;
  prob: number;
}

/**
 * Every word with its logit and probability, most probable first; among equal logits the lower
 * index first, the order a greedy decoder's argmax uses.
 */
export function rankWords(
  logits: ArrayLike<number>,
  probs: ArrayLike<number>,
  vocabulary: readonly string[],
): WordScore[] {
  const words = Array.from({ length: logits.length }, (_, id) => ({
    id,
    word: vocabulary[id] ?? `#${id}`,
    logit: logits[id],
    prob: probs[id],
  }));
  return words.sort((a, b) => b.logit - a.logit || a.id - b.id);
}

/** Accents and case set aside: "etudiant" finds "étudiant", "The" finds "the". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The words a search box's text matches: a number matches the word at that index (and words
 * containing those digits); any other text matches words containing it, accents and case aside.
 * Empty text matches everything. Keeps the given order.
 */
export function searchWords<T extends { id: number; word: string }>(
  words: readonly T[],
  query: string,
): T[] {
  const text = foldForSearch(query.trim());
  if (text === '') return [...words];
  const index = /^\d+$/.test(text) ? Number(text) : null;
  return words.filter((w) => w.id === index || foldForSearch(w.word).includes(text));
}

/** The cumulative probability of the first `count` ranked words: how much of the mass the bars show. */
export function massOf(ranked: readonly WordScore[], count: number): number {
  let mass = 0;
  for (let i = 0; i < Math.min(count, ranked.length); i++) mass += ranked[i].prob;
  return mass;
}
