/**
 * What each head is worth to the explained word: switch it off alone (ablation.ts zeroes its
 * block of the concatenation) and read the word's probability again, teacher-forced on the same
 * words:   effect(head) = p(word | head off) − p(word)
 * A large drop says the word needs that head; a rise says the head argued against it.
 *
 * Switching off a head of layer l changes nothing below it, so each pass starts from the model
 * as trained's output of layer l − 1 (decoder heads keep the encoder's output too), and only
 * the explained row goes through the final Linear and softmax.
 */
import { ablateWeights, type AblatedHead, type AblatedSublayer } from '../model/ablation';
import type { ModelConfig } from '../model/config';
import { forwardTrace } from '../model/forward';
import { decoderLayer, encoderLayer } from '../model/layers';
import type { Params } from '../model/params';
import { TraceRecorder } from '../model/recorder';
import { resolveWeights, type ModelWeights } from '../model/weights';
import type { Tensor } from '../tensor';
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

/** p(word) from the decoder's output row y_t (d): softmax(y_t W_genᵀ + b)[word]. */
function probabilityFromRow(
  weights: ModelWeights,
  decoded: Float32Array,
  word: ExplainedWord,
): number {
  const { weight, bias, inFeatures: d, outFeatures: vocab } = weights.generator;
  const y = decoded.subarray(word.position * d, (word.position + 1) * d);
  const logits = new Float64Array(vocab);
  let largest = -Infinity;
  for (let v = 0; v < vocab; v++) {
    let sum = bias[v];
    for (let k = 0; k < d; k++) sum += weight[v * d + k] * y[k];
    logits[v] = sum;
    largest = Math.max(largest, sum);
  }
  let total = 0;
  for (let v = 0; v < vocab; v++) total += Math.exp(logits[v] - largest);
  return Math.exp(logits[word.wordId] - largest) / total;
}

/** The pass with `head` off, resumed from the unchanged layers of `trained` (the model's own trace). */
function probabilityWithout(
  head: AblatedHead,
  trained: ReadonlyMap<string, Tensor>,
  weights: ModelWeights,
  word: ExplainedWord,
): number {
  const { config } = weights;
  const ablated = ablateWeights(weights, [head]);
  const recorder = new TraceRecorder();
  const S = word.srcIds.length;
  const T = word.position + 1;
  const output = (side: 'enc' | 'dec', l: number) =>
    l < 0
      ? traced(trained, side === 'enc' ? 'src.input' : 'tgt.input').data
      : traced(trained, `${side}.${l}.${side === 'enc' ? 'norm2' : 'norm3'}`).data;
  let memory = output('enc', config.encoderLayers - 1);
  let firstDecoderLayer = head.layer;
  if (head.kind === 'enc') {
    memory = output('enc', head.layer - 1);
    for (let l = head.layer; l < config.encoderLayers; l++) {
      memory = encoderLayer(recorder, l, ablated.encoder[l], memory, S, config);
    }
    firstDecoderLayer = 0;
  }
  let y = output('dec', firstDecoderLayer - 1);
  for (let l = firstDecoderLayer; l < config.decoderLayers; l++) {
    y = decoderLayer(recorder, l, ablated.decoder[l], y, T, memory, S, config);
  }
  return probabilityFromRow(weights, y, word);
}

/** The effect of switching each head off, one at a time, on the explained word's probability. */
export function headAblationEffects(
  params: Params,
  config: ModelConfig,
  word: ExplainedWord,
): HeadAblationEffects {
  const trained = forwardTrace(params, config, word.srcIds, prefixOf(word));
  const probability = traced(trained, 'out.probs').data[
    word.position * config.tgtVocabSize + word.wordId
  ];
  const weights = resolveWeights(params, config);
  const heads = everyHead(config).map((head) => ({
    ...head,
    effect: probabilityWithout(head, trained, weights, word) - probability,
  }));
  return { probability, heads };
}
