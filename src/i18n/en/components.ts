/** English text of shared figure parts: export menu, tables, legends, tooltips. */

/** A word or sentence of the reader's, set off as English quotes it. */
export const quoted = (text: string) => `“${text}”`;

export const components = {
  quoted,
};
