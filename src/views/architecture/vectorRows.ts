/** Reading one token's vector out of a (positions × d) trace tensor. */
import { row, type Tensor } from '../../engine';
import { maxAbsOf } from '../../components/scales';

/** Row `position` of a 2-D tensor, or null when the tensor or the position is missing. */
export function tokenVector(t: Tensor | undefined, position: number): Float32Array | null {
  if (!t || t.shape.length !== 2 || position < 0 || position >= t.shape[0]) return null;
  return row(t, position);
}

/** The largest |value| among several vectors: one colour scale for vectors compared side by side. */
export function sharedMaxAbs(vectors: readonly (ArrayLike<number> | null)[]): number {
  let largest = 0;
  for (const v of vectors) if (v) largest = Math.max(largest, maxAbsOf(v));
  return largest;
}
