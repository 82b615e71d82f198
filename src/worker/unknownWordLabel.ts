/**
 * An unknown word as the page labels it, in the token list and on every figure's axis: "mat?"
 * for "mat". The model reads every unknown word as the same <unk>; the label tells them apart.
 */
export function unknownWordLabel(word: string): string {
  return `${word}?`;
}
