/**
 * A value read from a file, as a message quotes it: strings as they are, anything else as JSON.
 * String() will not do: a parsed object such as {"toString": []} makes it throw.
 */
export function shownValue(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}
