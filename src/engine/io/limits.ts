/**
 * The largest sizes a file may ask for. Every size read from a file or a link is checked against
 * these before anything is allocated or looped over, so a hostile or mistaken file is refused
 * with a sentence instead of freezing the page or crashing the worker.
 *
 * Each bound sits well above the largest model this page is meant to run (6 + 6 layers, d_model
 * 256, d_ff 1,024, about 8,000 words a side, sentences of 64 tokens) and well below what would
 * take seconds or gigabytes in a browser.
 */

export const MODEL_LIMITS = {
  dModel: 1024,
  heads: 32,
  dFF: 4096,
  encoderLayers: 16,
  decoderLayers: 16,
  srcVocabSize: 65_536,
  tgtVocabSize: 65_536,
  maxLength: 256,
} as const;

/**
 * Parameters a model may have in all: 32 million numbers, 128 MB as F32. Each size alone may be
 * within its bound and their product still far too large (d_model 1,024 with 16 + 16 layers).
 */
export const MAX_PARAMETERS = 32_000_000;

/** Dimensions of one tensor in a weights file; the model's own have at most 2. */
export const MAX_TENSOR_RANK = 8;

/** Bytes of a weights file's JSON header: a model's names and shapes take a few kilobytes. */
export const MAX_HEADER_BYTES = 16 * 1024 * 1024;

/**
 * `value` is above `bound`: the words that say so, both written as people read them, each
 * followed by `unit` (such as " bytes") when one is given.
 */
export function tooLarge(field: string, value: number, bound: number, unit = ''): string {
  return `${field} is ${readable(value)}${unit}, above the ${readable(bound)}${unit} this page accepts`;
}

function readable(n: number): string {
  return Number.isSafeInteger(n) ? n.toLocaleString('en-US') : String(n);
}
