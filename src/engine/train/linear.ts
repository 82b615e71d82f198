/**
 * Linear layer, nn.Linear's layout: W (out, in), y = x Wᵀ + b.
 */
import { matmulTransposedInto } from '../ops/matmul';
import { accumulateBiasGrad, accumulateInputGrad, accumulateWeightGrad } from './kernels';

/**
 * out (m, n) = inp (m, k) · weight (n, k)ᵀ + bias (n).
 * Saved for backward: inp (the caller keeps it).
 */
export function linearForward(
  out: Float32Array,
  inp: Float32Array,
  weight: Float32Array,
  bias: Float32Array,
  m: number,
  k: number,
  n: number,
): void {
  matmulTransposedInto(out, inp, weight, bias, m, k, n);
}

/**
 * dInp (m, k) += dOut (m, n) · weight (n, k); dWeight (n, k) += dOutᵀ · inp; dBias (n) += Σ_rows dOut.
 * Reads the saved inp (m, k).
 */
export function linearBackward(
  dInp: Float32Array,
  dWeight: Float32Array,
  dBias: Float32Array,
  dOut: Float32Array,
  inp: Float32Array,
  weight: Float32Array,
  m: number,
  k: number,
  n: number,
): void {
  accumulateInputGrad(dInp, dOut, weight, m, k, n);
  accumulateWeightGrad(dWeight, dOut, inp, m, k, n);
  accumulateBiasGrad(dBias, dOut, m, n);
}
