/**
 * Text in and out of a link: percent-escapes, spaces written as `+`, and the repairs that make
 * any string safe to keep (no lone halves of a surrogate pair, no control characters).
 */

/** Characters an address keeps as they are in its fragment: left readable in a link. */
const READABLE: Record<string, string> = {
  '%20': '+',
  '%2C': ',',
  '%3A': ':',
  '%2F': '/',
  '%3F': '?',
  '%40': '@',
  '%3B': ';',
};

/**
 * `text` as a link part, %-escaped (UTF-8) except where a fragment allows it: spaces as `+`,
 * punctuation such as `:` and `,` as is. `&`, `=`, `+`, `#` and `%` are always escaped.
 */
export function encodePart(text: string): string {
  return encodeURIComponent(wellFormed(text)).replace(
    /%(?:20|2C|3A|2F|3F|40|3B)/g,
    (escape) => READABLE[escape],
  );
}

/** The text of a link part, or null when its %-escapes are broken or not UTF-8. */
export function decodePart(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Whether `text` holds half of a surrogate pair without the other half. */
export function hasLoneSurrogate(text: string): boolean {
  return new RegExp(LONE_SURROGATE.source).test(text);
}

/** `text` with each lone half of a surrogate pair replaced by U+FFFD, as UTF-8 would. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** Control characters (newlines, tabs, NUL…) become spaces: a sentence box holds one line. */
export function withoutControls(text: string): string {
  return text.replace(/\p{Cc}/gu, ' ');
}

/** The first `length` characters of `text`, never cutting a character made of two code units. */
export function firstCharacters(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
