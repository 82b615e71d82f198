/** A seeded model and sentence for the attribution tests. */
import { BOS, EOS, REFERENCE_CONFIG, type ModelConfig } from '../../src/engine/model/config';
import { initParams, type Params } from '../../src/engine/model/params';
import { seededRandom } from '../../src/engine/random';
import type { ExplainedWord } from '../../src/engine/attribution';

/** `length` different ids of ordinary words (past the four special tokens), seeded. */
export function distinctIds(seed: number, length: number, vocabularySize: number): number[] {
  const random = seededRandom(seed);
  const ids = Array.from({ length: vocabularySize - 4 }, (_, i) => 4 + i);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  return ids.slice(0, length);
}

export interface Setting {
  config: ModelConfig;
  params: Params;
  word: ExplainedWord;
}

/** A model with random weights and word `position` of a seeded translation to explain. */
export function setting(
  config: ModelConfig = REFERENCE_CONFIG,
  seed = 7,
  sourceWords = 8,
  position = 3,
): Setting {
  const srcIds = [...distinctIds(seed, sourceWords, config.srcVocabSize), EOS];
  const words = distinctIds(seed + 1, position + 2, config.tgtVocabSize);
  return {
    config,
    params: initParams(config, seed),
    word: { srcIds, tgtIds: [BOS, ...words], position, wordId: words[position] },
  };
}
