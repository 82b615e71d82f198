/**
 * What a French reader meets in a part of the page (its text, and what screen readers and
 * tooltips say), with the sentence's own words taken out, and the English words found in it.
 */

/** Words of the page's English that French never uses (the post's terms French keeps are not here). */
const ENGLISH_WORDS =
  /\b(of|is|are|the|and|each|every|with|from|Show|Hide|[Ll]ayer|[Hh]ead|value|numbers|Close-up|Point|Around|Encoder|computed|mean|sd|word|Width|paper|this model|used by)\b/g;

export function readerText(root: Element, sentence: readonly string[]): string {
  const parts = [root, ...root.querySelectorAll('*')].flatMap((node) => [
    node.children.length === 0 ? (node.textContent ?? '') : '',
    node.getAttribute('aria-label') ?? '',
    node.getAttribute('title') ?? '',
  ]);
  let text = parts.filter(Boolean).join(' | ');
  for (const word of sentence) text = text.replaceAll(new RegExp(`\\b${word}\\b`, 'g'), '·');
  return text;
}

/** The English words left in `root`, once the sentence's own words are taken out. */
export function englishLeft(root: Element, sentence: readonly string[]): string[] {
  return [...readerText(root, sentence).matchAll(ENGLISH_WORDS)].map((m) => m[0]);
}
