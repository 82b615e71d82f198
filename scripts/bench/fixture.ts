/**
 * The model and sentence every case runs on: the reference configuration with seeded weights,
 * a source of 10 tokens (ending with <eos>) and a decoder input of 10 tokens (starting with <bos>).
 */
import { BOS, EOS, REFERENCE_CONFIG, type ModelConfig } from '../../src/engine/model/config';
import { initParams, type Params } from '../../src/engine/model/params';
import { randomInt, seededRandom } from '../../src/engine/random';

export interface BenchFixture {
  config: ModelConfig;
  params: Params;
  srcIds: number[];
  tgtInputIds: number[];
  /** Tokens greedy decoding produces, with no early stop at <eos>. */
  greedySteps: number;
}

const LENGTH = 10;

export function benchFixture(): BenchFixture {
  const config = REFERENCE_CONFIG;
  const random = seededRandom(2017);
  // Ordinary words come after the four special tokens.
  const words = (vocabularySize: number) =>
    Array.from({ length: LENGTH - 1 }, () => 4 + randomInt(random, vocabularySize - 4));
  return {
    config,
    params: initParams(config, 2017),
    srcIds: [...words(config.srcVocabSize), EOS],
    tgtInputIds: [BOS, ...words(config.tgtVocabSize)],
    greedySteps: LENGTH,
  };
}
