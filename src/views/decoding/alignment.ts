/**
 * Encoder-decoder attention read as an alignment: for each emitted word (a row), how much weight
 * each source word (a column) received. Row t is the query of decoding step t, the step that
 * emitted output word t. Pure: the matrix, its strongest links, and what they say in words.
 */
import type { Tensor } from '../../engine';
import { en, type Catalogue } from '../../i18n/en';
import { headBlock } from './headSlice';

/** One head, or the mean over heads. */
export type HeadChoice = number | 'average';

/**
 * Rows 0 … rows − 1 of dec.{l}.cross.weights (h, T, S) for one head, or averaged over heads
 * (each row of the average still sums to 1, as every head's row does). Returns (rows, S).
 */
export function alignmentMatrix(weights: Tensor, head: HeadChoice, rows: number): Float32Array {
  const [heads, targetLength, sourceLength] = weights.shape;
  const count = Math.min(rows, targetLength);
  if (head !== 'average') return headBlock(weights, head, count, sourceLength);
  const matrix = new Float32Array(count * sourceLength);
  for (let h = 0; h < heads; h++) {
    const block = headBlock(weights, h, count, sourceLength);
    for (let i = 0; i < matrix.length; i++) matrix[i] += block[i] / heads;
  }
  return matrix;
}

/** For each row, the column with the largest weight (the first among equals). */
export function strongestColumns(matrix: Float32Array, rows: number, cols: number): number[] {
  return Array.from({ length: rows }, (_, r) => {
    let best = 0;
    for (let c = 1; c < cols; c++) if (matrix[r * cols + c] > matrix[r * cols + best]) best = c;
    return best;
  });
}

/**
 * Pairs of rows (i, j), i < j, whose strongest columns come in the opposite order: a later word
 * looking hardest at an earlier source word than an earlier word does. Equal columns do not cross.
 */
export function crossedPairs(strongest: readonly number[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < strongest.length; i++) {
    for (let j = i + 1; j < strongest.length; j++) {
      if (strongest[j] < strongest[i]) pairs.push([i, j]);
    }
  }
  return pairs;
}

/** Links spelled out in the sentence; a long translation's others are left to the figure. */
const MOST_LISTED_LINKS = 10;

/**
 * What the strongest links of the shown matrix say, in a sentence or two, claiming nothing the
 * numbers do not show, in the catalogue's language. Special tokens (<eos>) are left out of the
 * word list.
 */
export function describeAlignment(
  outputWords: readonly string[],
  sourceWords: readonly string[],
  strongest: readonly number[],
  text: Catalogue['decoding'] = en.decoding,
): string {
  const isWord = (token: string) => !/^<.*>$/.test(token);
  const links = strongest
    .map((column, row) => ({ row, column }))
    .filter(({ row, column }) => isWord(outputWords[row]) && isWord(sourceWords[column]));
  if (links.length === 0) return text.noLink;
  const list = links
    .slice(0, MOST_LISTED_LINKS)
    .map(({ row, column }) => `${outputWords[row]} → ${sourceWords[column]}`);
  const summary = text.strongestLinks(list, links.length - list.length);
  const crossed = crossedPairs(links.map((link) => link.column));
  if (crossed.length === 0) {
    return `${summary} ${text.keepsOrder}`;
  }
  const [i, j] = crossed[0];
  const [a, b] = [links[i], links[j]];
  const crosses = text.crosses(
    outputWords[b.row],
    outputWords[a.row],
    sourceWords[b.column],
    sourceWords[a.column],
  );
  return `${summary} ${crosses}`;
}
