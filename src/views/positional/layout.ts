/**
 * Pure helpers of the positional-encoding figures: the post's way of writing the toy table's
 * numbers, the toy table itself, and what each layout puts in each dimension.
 */
import type { PositionalLayout } from '../../engine';
import { positionalEncoding } from '../../engine';
import type { Tensor } from '../../engine';

/** The toy example of the post: 3 positions, d = 4, Tensor2Tensor's concatenated layout. */
export const TOY_POSITIONS = 3;
export const TOY_DIMENSIONS = 4;

export function toyTable(): Tensor {
  return positionalEncoding(TOY_POSITIONS, TOY_DIMENSIONS, 'concatenated');
}

/**
 * Numbers as the post's toy table prints them: three decimals without the leading zero
 * (0.841 → ".841", −0.416 → "-.416"), whole numbers bare (1 → "1"), and a value too small for
 * three decimals to its first significant digit (0.0001 → ".0001").
 */
export function formatPostStyle(value: number): string {
  const magnitude = Math.abs(value);
  let text = magnitude.toFixed(3);
  if (magnitude !== 0 && magnitude < 0.0005) text = String(Number(magnitude.toPrecision(1)));
  else if (text.endsWith('.000')) text = text.slice(0, -4);
  if (text === '0') return '0';
  const bare = text.startsWith('0.') ? text.slice(1) : text;
  return value < 0 ? `-${bare}` : bare;
}

/** What dimension `dim` of a d-wide encoding holds: sin or cos, and of which frequency index i. */
export function dimensionRole(
  dim: number,
  dModel: number,
  layout: PositionalLayout,
): { fn: 'sin' | 'cos'; frequency: number } {
  if (layout === 'interleaved') return { fn: dim % 2 === 0 ? 'sin' : 'cos', frequency: dim >> 1 };
  const half = dModel / 2;
  return dim < half ? { fn: 'sin', frequency: dim } : { fn: 'cos', frequency: dim - half };
}

/** Longest sequence the length control offers. */
export const MAX_HEATMAP_LENGTH = 100;

/** The length control kept to whole positions in [1, MAX_HEATMAP_LENGTH]. */
export function clampLength(length: number): number {
  if (!Number.isFinite(length)) return 1;
  return Math.min(MAX_HEATMAP_LENGTH, Math.max(1, Math.round(length)));
}
