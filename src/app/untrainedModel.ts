/**
 * Until trained weights ship, the page runs the real engine on seeded random weights, over the
 * words of the post's own sentences. The numbers are real computations of an untrained model:
 * its translations are nonsense, and the page says so.
 */
import { POST_SENTENCES, buildVocabulary } from '../corpus';
import { initParams, type ModelConfig, type Params } from '../engine';
import { Vocabulary } from '../engine/tokenizer/vocabulary';

export interface LoadedModel {
  name: string;
  config: ModelConfig;
  params: Params;
  source: Vocabulary;
  target: Vocabulary;
  trained: boolean;
}

export function untrainedModel(seed = 1): LoadedModel {
  const source = new Vocabulary(buildVocabulary(POST_SENTENCES, 'en'));
  const target = new Vocabulary(buildVocabulary(POST_SENTENCES, 'fr'));
  const config: ModelConfig = {
    dModel: 64,
    heads: 8,
    dFF: 256,
    encoderLayers: 2,
    decoderLayers: 2,
    srcVocabSize: source.size,
    tgtVocabSize: target.size,
    maxLength: 24,
    positionalLayout: 'concatenated',
    layerNormEps: 1e-5,
  };
  return {
    name: 'untrained en→fr',
    config,
    params: initParams(config, seed),
    source,
    target,
    trained: false,
  };
}
