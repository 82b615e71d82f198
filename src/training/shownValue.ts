/**
 * A value read from a file, as a settings problem quotes it in any language: strings as they
 * are, anything else as JSON. String() will not do: a parsed object such as {"toString": []}
 * makes it throw. (A message in English says what it found with the engine's `describe`.)
 */
export function shownValue(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}
