/**
 * The named matrices of one head, as the figures label them: symbol in TeX and plain text, the
 * model's shape and the paper's. Weights come from the parameters when the page holds them.
 */
import type { Tensor } from '../../engine';
import type { AttentionMatrices } from './attentionMatrices';
import type { AttentionParameters, Projection } from './attentionParameters';
import { headBias, headOf, headProjection, transpose } from './headSlices';
import type { MatrixPart } from './PartGrid';
import { PAPER_SIZES, lengthLetters, shownNumber, subscript } from './shapes';

export type ProjectionName = 'Q' | 'K' | 'V';

/** The symbols of the two inputs: X for self-attention; X and M (the encoder's output) otherwise. */
export function inputSymbols(matrices: AttentionMatrices): { query: string; key: string } {
  return matrices.names.kind === 'decoder-cross'
    ? { query: 'X', key: 'M' }
    : { query: 'X', key: 'X' };
}

export function paperLengths(matrices: AttentionMatrices) {
  return lengthLetters(matrices.names.kind === 'decoder-cross');
}

function matrix(tex: string, symbol: string, t: Tensor, paper: MatrixPart['paper']): MatrixPart {
  const [rows, cols] = t.shape;
  return { tex, symbol, shape: [rows, cols], paper, values: t.data };
}

/** X (queries' input) or M (keys' input), (length, d_model). */
export function inputPart(matrices: AttentionMatrices, side: 'query' | 'key'): MatrixPart {
  const symbol = inputSymbols(matrices)[side];
  const letter = paperLengths(matrices)[side === 'query' ? 'queries' : 'keys'];
  const t = side === 'query' ? matrices.queryInput : matrices.keyInput;
  return matrix(symbol, symbol, t, [letter, PAPER_SIZES.dModel]);
}

/** Q_i, K_i or V_i of head i (numbered from 1 in its symbol): (length, d_k). */
export function headPart(
  matrices: AttentionMatrices,
  name: ProjectionName,
  head: number,
): MatrixPart {
  const stacked = name === 'Q' ? matrices.q : name === 'K' ? matrices.k : matrices.v;
  const letters = paperLengths(matrices);
  const letter = name === 'Q' ? letters.queries : letters.keys;
  const n = shownNumber(head);
  return matrix(`${name}_{${n}}`, `${name}${subscript(n)}`, headOf(stacked, head), [
    letter,
    PAPER_SIZES.headSize,
  ]);
}

/** K_iᵀ: (d_k, keyLength). */
export function keysTransposedPart(matrices: AttentionMatrices, head: number): MatrixPart {
  const k = transpose(headOf(matrices.k, head));
  const n = shownNumber(head);
  return matrix(`K_{${n}}^T`, `K${subscript(n)}ᵀ`, k, [
    PAPER_SIZES.headSize,
    paperLengths(matrices).keys,
  ]);
}

/** A (queryLength, keyLength) matrix of head i: the scaled scores or the softmax weights. */
export function scorePart(
  matrices: AttentionMatrices,
  which: 'scaled' | 'weights',
  head: number,
  tex: string,
  symbol: string,
): MatrixPart {
  const letters = paperLengths(matrices);
  return matrix(tex, symbol, headOf(matrices[which], head), [letters.queries, letters.keys]);
}

/** Z_i = softmax(Q_i K_iᵀ / √d_k) V_i: (queryLength, d_k). */
export function headOutputPart(matrices: AttentionMatrices, head: number): MatrixPart {
  const n = shownNumber(head);
  return matrix(`Z_{${n}}`, `Z${subscript(n)}`, headOf(matrices.z, head), [
    paperLengths(matrices).queries,
    PAPER_SIZES.headSize,
  ]);
}

/** W_i^Q, W_i^K or W_i^V (d_model, d_k), and its bias (1, d_k); values null without weights. */
export function projectionParts(
  matrices: AttentionMatrices,
  parameters: AttentionParameters | null,
  name: ProjectionName,
  head: number,
): { weight: MatrixPart; bias: MatrixPart } {
  const projection: Projection | null = parameters
    ? name === 'Q'
      ? parameters.query
      : name === 'K'
        ? parameters.key
        : parameters.value
    : null;
  const dk = matrices.headSize;
  const n = shownNumber(head);
  return {
    weight: {
      tex: `W^{${name}}_{${n}}`,
      symbol: `W^${name}${subscript(n)}`,
      shape: [matrices.dModel, dk],
      paper: [PAPER_SIZES.dModel, PAPER_SIZES.headSize],
      values: projection ? headProjection(projection.weight, head, dk).data : null,
    },
    bias: {
      tex: `b^{${name}}_{${n}}`,
      symbol: `b^${name}${subscript(n)}`,
      shape: [1, dk],
      paper: [1, PAPER_SIZES.headSize],
      values: projection ? headBias(projection.bias, head, dk).data : null,
    },
  };
}

/** The concatenation of every head's Z_i, Z_1 … Z_h: (queryLength, d_model). */
export function concatPart(matrices: AttentionMatrices): MatrixPart {
  const letter = paperLengths(matrices).queries;
  const tex = `\\mathrm{Concat}(Z_1, \\ldots, Z_{${matrices.heads}})`;
  return matrix(tex, 'Concat', matrices.concat, [letter, PAPER_SIZES.dModel]);
}

/** W^O (d_model, d_model) = out_proj.weight transposed, and b^O (1, d_model). */
export function outputProjectionParts(
  matrices: AttentionMatrices,
  parameters: AttentionParameters | null,
): { weight: MatrixPart; bias: MatrixPart } {
  const d = matrices.dModel;
  const output = parameters?.output ?? null;
  return {
    weight: {
      tex: 'W^O',
      symbol: 'W^O',
      shape: [d, d],
      paper: [PAPER_SIZES.heads * PAPER_SIZES.headSize, PAPER_SIZES.dModel],
      values: output ? transpose(output.weight).data : null,
    },
    bias: {
      tex: 'b^O',
      symbol: 'b^O',
      shape: [1, d],
      paper: [1, PAPER_SIZES.dModel],
      values: output ? output.bias.data : null,
    },
  };
}

/** Z = Concat(Z_1, …, Z_h) W^O + b^O: (queryLength, d_model), what the sublayer hands on. */
export function sublayerOutputPart(matrices: AttentionMatrices): MatrixPart {
  const letter = paperLengths(matrices).queries;
  return matrix('Z', 'Z', matrices.out, [letter, PAPER_SIZES.dModel]);
}
