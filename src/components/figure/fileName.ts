/**
 * The file name of an exported figure says what it shows, in the reader's terms:
 * figureFileName('attention', 'layer 1', 'head 3', 'it') → "attention-layer1-head3-it".
 */

/** Lower-case words joined by dashes; letters of any script are kept ("étudiant"). */
export function figureFileName(...parts: readonly (string | number)[]): string {
  const slug = parts
    .map((part) => slugPart(String(part)))
    .filter((part) => part.length > 0)
    .join('-');
  return slug.length > 0 ? slug : 'figure';
}

/** "layer 1" → "layer1": a name and its number stay together; "<eos>" → "eos". */
function slugPart(part: string): string {
  return part
    .normalize('NFC')
    .toLowerCase()
    .replace(/([\p{L}])\s+(\d)/gu, '$1$2')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
