export type { Coreference, CoreferenceSide, CorpusSplits, Language, SentencePair } from './types';
export { DEFAULT_CORPUS_SIZE, generateCorpus, pairKey, type CorpusOptions } from './generate';
export { POST_SENTENCES } from './post';
export { buildVocabulary } from './vocabulary';
export {
  corpusStatistics,
  describeCorpus,
  describeItSentence,
  type CorpusStatistics,
  type ItSentence,
} from './describe';
