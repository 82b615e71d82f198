/**
 * The matrices the figures draw, cut from trace tensors and parameters: one head's Q, K, V or Z,
 * one head's W^Q / W^K / W^V, Kᵀ, and a block of the concatenation. Every result is a copy, a
 * plain 2-D tensor (rows, cols), so a figure never writes into the trace.
 */
import { tensor, type Tensor } from '../../engine';

/** Head `head` of an (h, rows, cols) trace tensor: (rows, cols). */
export function headOf(stacked: Tensor, head: number): Tensor {
  const [heads, rows, cols] = stacked.shape;
  if (stacked.shape.length !== 3 || head < 0 || head >= heads) {
    throw new Error(`no head ${head} in a tensor of shape [${stacked.shape.join(' × ')}]`);
  }
  const size = rows * cols;
  return tensor([rows, cols], stacked.data.slice(head * size, (head + 1) * size));
}

/** Aᵀ of a 2-D tensor. */
export function transpose(matrix: Tensor): Tensor {
  const [rows, cols] = matrix.shape;
  const out = tensor([cols, rows]);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) out.data[c * rows + r] = matrix.data[r * cols + c];
  }
  return out;
}

/** Columns from..from+count of a 2-D tensor: (rows, count). */
export function columnsOf(matrix: Tensor, from: number, count: number): Tensor {
  const [rows, cols] = matrix.shape;
  if (from < 0 || count < 0 || from + count > cols) {
    throw new Error(`columns ${from}…${from + count - 1} are outside a matrix of ${cols} columns`);
  }
  const out = tensor([rows, count]);
  for (let r = 0; r < rows; r++) {
    out.data.set(matrix.data.subarray(r * cols + from, r * cols + from + count), r * count);
  }
  return out;
}

/**
 * One head's projection matrix as the paper writes it, W_i^Q ∈ ℝ^(d_model × d_k) (§3.2.2).
 * The parameter is stored (out, in) as in nn.Linear, y = x Wᵀ + b, and head i's outputs are
 * rows i·d_k … (i+1)·d_k − 1 of it: W_i^Q is that block of rows, transposed.
 */
export function headProjection(weight: Tensor, head: number, headSize: number): Tensor {
  const [out, inFeatures] = weight.shape;
  if (weight.shape.length !== 2 || (head + 1) * headSize > out || head < 0) {
    throw new Error(`no head ${head} of size ${headSize} in a weight of ${out} outputs`);
  }
  const block = tensor(
    [headSize, inFeatures],
    weight.data.slice(head * headSize * inFeatures, (head + 1) * headSize * inFeatures),
  );
  return transpose(block);
}

/** One head's part b_i of a projection's bias (d_model): entries i·d_k … (i+1)·d_k − 1. */
export function headBias(bias: Tensor, head: number, headSize: number): Tensor {
  if (head < 0 || (head + 1) * headSize > bias.data.length) {
    throw new Error(`no head ${head} of size ${headSize} in a bias of ${bias.data.length}`);
  }
  return tensor([headSize], bias.data.slice(head * headSize, (head + 1) * headSize));
}
