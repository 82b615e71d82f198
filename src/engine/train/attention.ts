/**
 * Multi-head scaled dot-product attention over a batch, without its projections (§3.2):
 *   Attention(Q, K, V) = softmax(Q Kᵀ / √d_k) V, for each head i on columns i·d_k … (i+1)·d_k − 1.
 * Queries and keys are rows of (B·L, d) buffers: batch b's position t is row b·L + t, so the heads
 * are read in place and their outputs land side by side, which is Concat(head_1, …, head_h).
 *
 * Masks (a masked key gets weight exactly 0, as softmax of −∞ would give it):
 * - key padding: key s of sentence b is masked where keyIds[b·Tk + s] is <pad>;
 * - causal: query t sees keys s ≤ t only (decoder self-attention, §3.2.3).
 */
import { PAD } from '../model/config';

export interface AttentionShape {
  batchSize: number;
  /** Query positions per sentence. */
  queryLength: number;
  /** Key (and value) positions per sentence. */
  keyLength: number;
  dModel: number;
  heads: number;
}

/**
 * out (B·Tq, d) = concat of heads; weights (B, h, Tq, Tk) the softmax.
 * Inputs: q (B·Tq, d), k (B·Tk, d), v (B·Tk, d), keyIds (B·Tk) or null.
 * Saved for backward: q, k, v, weights.
 */
export function attentionForward(
  out: Float32Array,
  weights: Float32Array,
  q: Float32Array,
  k: Float32Array,
  v: Float32Array,
  keyIds: Int32Array | null,
  causal: boolean,
  shape: AttentionShape,
): void {
  const { batchSize, queryLength: tq, keyLength: tk, dModel: d, heads } = shape;
  const dk = d / heads;
  const scale = 1 / Math.sqrt(dk);
  for (let b = 0; b < batchSize; b++) {
    for (let head = 0; head < heads; head++) {
      const col = head * dk;
      for (let t = 0; t < tq; t++) {
        const qOff = (b * tq + t) * d + col;
        const wOff = ((b * heads + head) * tq + t) * tk;
        // scaled_s = q_t · k_s / √d_k over the keys t may see, then a softmax over those
        const visibleKeys = causal ? t + 1 : tk;
        let max = -Infinity;
        for (let s = 0; s < visibleKeys; s++) {
          if (keyIds !== null && keyIds[b * tk + s] === PAD) continue;
          const kOff = (b * tk + s) * d + col;
          let dot = 0;
          for (let c = 0; c < dk; c++) dot += q[qOff + c] * k[kOff + c];
          const scaled = dot * scale;
          weights[wOff + s] = scaled;
          if (scaled > max) max = scaled;
        }
        let sum = 0;
        for (let s = 0; s < visibleKeys; s++) {
          if (keyIds !== null && keyIds[b * tk + s] === PAD) {
            weights[wOff + s] = 0;
            continue;
          }
          const e = Math.exp(weights[wOff + s] - max);
          weights[wOff + s] = e;
          sum += e;
        }
        weights.fill(0, wOff + visibleKeys, wOff + tk);
        // weights_ts = e_s / Σ e, and z_t = Σ_s weights_ts v_s in the same pass
        const inv = 1 / sum;
        const outOff = (b * tq + t) * d + col;
        out.fill(0, outOff, outOff + dk);
        for (let s = 0; s < visibleKeys; s++) {
          const w = weights[wOff + s] * inv;
          weights[wOff + s] = w;
          if (w === 0) continue;
          const vOff = (b * tk + s) * d + col;
          for (let c = 0; c < dk; c++) out[outOff + c] += w * v[vOff + c];
        }
      }
    }
  }
}

/**
 * dq (B·Tq, d), dk (B·Tk, d), dv (B·Tk, d) += gradients from dOut (B·Tq, d);
 * dWeights (B, h, Tq, Tk) holds on entry any gradient that reaches the weights directly (a loss
 * on the weights themselves, as guided attention has; zeros otherwise) and is then overwritten
 * with ∂loss/∂P. Reads the saved q, k, v, weights.
 * With P the weights and dP = dOut Vᵀ:  dV = Pᵀ dOut,  dS = P ⊙ (dP − rowsum(P ⊙ dP)) / √d_k,
 * dQ = dS K,  dK = dSᵀ Q.
 */
export function attentionBackward(
  dq: Float32Array,
  dk: Float32Array,
  dv: Float32Array,
  dWeights: Float32Array,
  dOut: Float32Array,
  q: Float32Array,
  k: Float32Array,
  v: Float32Array,
  weights: Float32Array,
  shape: AttentionShape,
): void {
  const { batchSize, queryLength: tq, keyLength: tk, dModel: d, heads } = shape;
  const headSize = d / heads;
  const scale = 1 / Math.sqrt(headSize);
  for (let b = 0; b < batchSize; b++) {
    for (let head = 0; head < heads; head++) {
      const col = head * headSize;
      for (let t = 0; t < tq; t++) {
        const rowOff = (b * tq + t) * d + col;
        const wOff = ((b * heads + head) * tq + t) * tk;
        // dP_ts = dOut_t · v_s and dV_s += P_ts dOut_t; masked keys have P = 0 and get nothing
        let weightedSum = 0;
        for (let s = 0; s < tk; s++) {
          const w = weights[wOff + s];
          if (w === 0) {
            dWeights[wOff + s] = 0;
            continue;
          }
          const vOff = (b * tk + s) * d + col;
          let dot = 0;
          for (let c = 0; c < headSize; c++) {
            const g = dOut[rowOff + c];
            dot += g * v[vOff + c];
            dv[vOff + c] += w * g;
          }
          const dP = dot + dWeights[wOff + s];
          dWeights[wOff + s] = dP;
          weightedSum += w * dP;
        }
        for (let s = 0; s < tk; s++) {
          const w = weights[wOff + s];
          if (w === 0) continue;
          const dScore = w * (dWeights[wOff + s] - weightedSum) * scale;
          const kOff = (b * tk + s) * d + col;
          for (let c = 0; c < headSize; c++) {
            dq[rowOff + c] += dScore * k[kOff + c];
            dk[kOff + c] += dScore * q[rowOff + c];
          }
        }
      }
    }
  }
}
