/**
 * Gradient × input saliency: how much the explained word's log-probability would move if a
 * source word's embedding were scaled a little, to first order:
 *   saliency_s = Σ_k e_{s,k} · ∂ log p(word) / ∂e_{s,k}
 * with e_s = E[id_s]·√d_model the word's embedding (the positional encoding is not the word's).
 * The gradient comes from the engine's own backward pass, over a batch of one sentence whose
 * only scored target is the explained word, so the loss is exactly −log p(word).
 */
import { PAD, type ModelConfig } from '../model/config';
import type { Params } from '../model/params';
import { createBackprop, type Backprop } from '../train/backprop';
import type { Batch } from '../train/batch';
import { prefixOf, type ExplainedWord } from './word';

const backprops = new WeakMap<Params, { config: ModelConfig; backprop: Backprop }>();

/** One backward-pass machine per parameter map, reused: its buffers are sized once. */
function backpropFor(params: Params, config: ModelConfig): Backprop {
  const known = backprops.get(params);
  if (known && known.config === config) return known.backprop;
  const backprop = createBackprop(config, params);
  backprops.set(params, { config, backprop });
  return backprop;
}

/** A batch of one: the source, the decoder input up to the word, only the word scored. */
function batchOfOne(word: ExplainedWord): Batch {
  const tgtIn = Int32Array.from(prefixOf(word));
  const tgtOut = new Int32Array(tgtIn.length).fill(PAD);
  tgtOut[word.position] = word.wordId;
  return {
    src: Int32Array.from(word.srcIds),
    tgtIn,
    tgtOut,
    guidance: new Int32Array(word.srcIds.length).fill(-1),
    crossGuidance: new Int32Array(tgtIn.length).fill(-1),
    batchSize: 1,
    srcLength: word.srcIds.length,
    tgtLength: tgtIn.length,
  };
}

export interface Saliency {
  /** saliency_s, signed: positive when a stronger embedding would make the word likelier. */
  source: Float32Array;
  /** log p(word) in this pass. */
  logProb: number;
}

/** Gradient × input saliency of the explained word over the source words. */
export function gradientTimesInput(
  params: Params,
  config: ModelConfig,
  word: ExplainedWord,
): Saliency {
  if (word.wordId === PAD) throw new Error('<pad> is never a word to explain');
  const backprop = backpropFor(params, config);
  const { loss } = backprop.forwardBackward(batchOfOne(word), 0);
  // The loss is −log p(word), so ∂ log p / ∂x = −∂loss/∂x.
  const gradient = backprop.sourceInputGradient();
  const table = params.get('src_embed.weight')?.data;
  if (!table) throw new Error('the model has no source embedding table');
  const d = config.dModel;
  const scale = Math.sqrt(d);
  const source = new Float32Array(word.srcIds.length);
  for (let s = 0; s < source.length; s++) {
    const embedding = word.srcIds[s] * d;
    let sum = 0;
    for (let k = 0; k < d; k++) sum -= table[embedding + k] * scale * gradient[s * d + k];
    source[s] = sum;
  }
  return { source, logProb: -loss };
}
