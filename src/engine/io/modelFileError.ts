/**
 * What went wrong while loading a model's files, as a value a reader can understand: which file,
 * and for weights which tensor, with the shape the model expects beside the shape it found.
 *
 * - `model_load_failed`: a file cannot be read as what it claims to be (cut short, not JSON,
 *   a header that contradicts itself, a vocabulary that does not fit the configuration).
 * - `invalid_weights`: the weights file is well formed but does not fit the model (a tensor
 *   missing, extra, mis-shaped, or holding NaN or Infinity).
 */
export type ModelFileErrorCode = 'model_load_failed' | 'invalid_weights';

export interface ModelFileErrorDetails {
  code: ModelFileErrorCode;
  /** The file's name as the reader knows it, e.g. `model.safetensors`. */
  file: string;
  /** The tensor at fault, when one is. */
  tensor?: string;
  /** The shape the model needs, when a shape is at fault. */
  expected?: readonly number[];
  /** The shape the file holds, when a shape is at fault. */
  found?: readonly number[];
}

export class ModelFileError extends Error {
  readonly code: ModelFileErrorCode;
  readonly file: string;
  readonly tensor?: string;
  readonly expected?: readonly number[];
  readonly found?: readonly number[];

  constructor(message: string, details: ModelFileErrorDetails) {
    super(message);
    this.name = 'ModelFileError';
    this.code = details.code;
    this.file = details.file;
    this.tensor = details.tensor;
    this.expected = details.expected;
    this.found = details.found;
  }
}

/** A count as people read it: `1,204`. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** A shape as it appears in a weights file and in PyTorch: `[64, 256]`. */
export function formatShapeList(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}
