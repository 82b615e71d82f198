/**
 * What each head is worth to the explained word: switch it off alone (ablation.ts zeroes its
 * block of the concatenation) and read the word's probability again, teacher-forced on the same
 * words:   effect(head) = p(word | head off) − p(word)
 * A large drop says the word needs that head; a rise says the head argued against it.
 *
 * Switching off a head of layer l changes nothing below it, so each pass resumes from the model
 * as trained's own trace and computes only what the head can change, all heads' passes side by
 * side (resumedPass.ts), and only the explained row goes through the final Linear and softmax.
 */
import type { AblatedHead, AblatedSublayer } from '../model/ablation';
import type { ModelConfig } from '../model/config';
import { forwardTrace } from '../model/forward';
import type { Params } from '../model/params';
import { resolveWeights, type ModelWeights } from '../model/weights';
import type { Tensor } from '../tensor';
import { explainedRowsWithoutEachHead } from './resumedPass';
import { linearOverRows } from './stack';
import { prefixOf, traced, type ExplainedWord } from './word';

export interface HeadEffect extends AblatedHead {
  /** p(word | this head off) − p(word). */
  effect: number;
}

export interface HeadAblationEffects {
  /** p(word) with every head on. */
  probability: number;
  /** Every head of every attention sublayer, encoder first, then decoder self, then encoder-decoder. */
  heads: HeadEffect[];
}

/** Every head of the model, in the order the effects are listed. */
export function everyHead(config: ModelConfig): AblatedHead[] {
  const heads: AblatedHead[] = [];
  const add = (kind: AblatedSublayer, layers: number) => {
    for (let layer = 0; layer < layers; layer++) {
      for (let head = 0; head < config.heads; head++) heads.push({ kind, layer, head });
    }
  };
  add('enc', config.encoderLayers);
  add('dec-self', config.decoderLayers);
  add('dec-cross', config.decoderLayers);
  return heads;
}

/**
 * log p(id | head off) for each id, for each head switched off alone (everyHead's order), from
 * the model's pass as trained on the word's prefix: log softmax(y W_genᵀ + b) of the explained
 * row y, all heads' rows through the final Linear as one matrix product.
 */
export function logProbabilitiesWithoutEachHead(
  trained: ReadonlyMap<string, Tensor>,
  weights: ModelWeights,
  position: number,
  ids: readonly number[],
): number[][] {
  const rows = explainedRowsWithoutEachHead(trained, weights, position);
  const heads = rows.length / weights.config.dModel;
  const vocab = weights.generator.outFeatures;
  const logits = new Float32Array(heads * vocab);
  linearOverRows(logits, rows, weights.generator, heads);
  return Array.from({ length: heads }, (_, head) => {
    const first = head * vocab;
    const end = first + vocab;
    // log softmax(z)_id = z_id − (m + log Σ_j exp(z_j − m)), m = max_j z_j so no exp overflows.
    let largest = -Infinity;
    for (let j = first; j < end; j++) if (logits[j] > largest) largest = logits[j];
    let total = 0;
    for (let j = first; j < end; j++) total += Math.exp(logits[j] - largest);
    const logTotal = largest + Math.log(total);
    return ids.map((id) => logits[first + id] - logTotal);
  });
}

/**
 * The effects from the model's own teacher-forced pass on the word's prefix (`trained`), so a
 * caller that already has it does not run it again.
 */
export function headAblationEffectsFromTrace(
  trained: ReadonlyMap<string, Tensor>,
  weights: ModelWeights,
  word: ExplainedWord,
): HeadAblationEffects {
  const probability = traced(trained, 'out.probs').data[
    word.position * weights.config.tgtVocabSize + word.wordId
  ];
  const logProbabilities = logProbabilitiesWithoutEachHead(trained, weights, word.position, [
    word.wordId,
  ]);
  const heads = everyHead(weights.config).map((head, i) => ({
    ...head,
    effect: Math.exp(logProbabilities[i][0]) - probability,
  }));
  return { probability, heads };
}

/** The effect of switching each head off, one at a time, on the explained word's probability. */
export function headAblationEffects(
  params: Params,
  config: ModelConfig,
  word: ExplainedWord,
): HeadAblationEffects {
  const trained = forwardTrace(params, config, word.srcIds, prefixOf(word));
  return headAblationEffectsFromTrace(trained, resolveWeights(params, config), word);
}
