/**
 * A real run of a seeded model on the post's "it" sentence: every tensor the views draw comes
 * from the engine, as in the app. Token ids are arbitrary; the strings stand for them.
 */
import { EOS, REFERENCE_CONFIG, type ModelConfig } from '../../../src/engine/model/config';
import { initParams, type Params } from '../../../src/engine/model/params';
import type { Trace } from '../../../src/engine/model/trace';
import { translate } from '../../../src/engine/model/translate';
import type { Tensor } from '../../../src/engine/tensor';
import type { TraceName } from '../../../src/engine';

export const config: ModelConfig = REFERENCE_CONFIG;

export const sourceTokens = [
  'the',
  'animal',
  "didn't",
  'cross',
  'the',
  'street',
  'because',
  'it',
  'was',
  'too',
  'tired',
  '<eos>',
];

const srcIds = [11, 23, 31, 17, 11, 40, 29, 37, 8, 52, 46, EOS];

/** The position of "it". */
export const IT = 7;

/** The seeded model's weights. */
export const params: Params = initParams(config, 5);

let cached: Trace | null = null;

/** The seeded model's greedy run on the sentence (computed once per test file). */
export function itSentenceTrace(): Trace {
  cached ??= translate(params, config, srcIds, { kind: 'greedy' });
  return cached;
}

/** The decoder's tokens as text: <bos> then one stand-in word per generated id. */
export function targetTokens(trace: Trace): string[] {
  return Array.from(trace.tgtIds, (id, t) => (t === 0 ? '<bos>' : `w${id}`));
}

/** A tensor of the run's trace, by name; throws if the run lacks it. */
export function traceTensor(name: TraceName): Tensor {
  const found = itSentenceTrace().tensors.get(name);
  if (!found) throw new Error(`the trace should hold ${name}`);
  return found;
}
