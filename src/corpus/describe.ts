/** What a corpus holds, for the training script's log and for the "it" metric. */
import type { Coreference, CorpusSplits, Language, SentencePair } from './types';
import { buildVocabulary } from './vocabulary';

export type ItSentence = Coreference;

/**
 * For a sentence of the "it" family ("the X didn't catch the Y because it was …"), where its
 * pronoun, the pronoun's antecedent and the other candidates are; undefined for any other pair.
 */
export function describeItSentence(pair: SentencePair): ItSentence | undefined {
  return pair.coreference;
}

/** The French pronoun a right translation of an "it" sentence uses: il, elle, ils or elles. */
export function expectedPronoun(it: ItSentence, pair: SentencePair): string {
  return pair.fr[it.fr.pronoun];
}

export interface CorpusStatistics {
  pairs: { train: number; dev: number; test: number; total: number };
  vocabulary: Record<Language, number>;
  length: Record<Language, { mean: number; max: number }>;
  /** Pairs carrying each tag, over all splits. */
  tags: Record<string, number>;
}

export function corpusStatistics(corpus: CorpusSplits): CorpusStatistics {
  const all = [...corpus.train, ...corpus.dev, ...corpus.test];
  const length = (language: Language) => {
    const lengths = all.map((pair) => pair[language].length);
    return {
      mean: lengths.reduce((sum, n) => sum + n, 0) / Math.max(lengths.length, 1),
      max: Math.max(0, ...lengths),
    };
  };
  const tags: Record<string, number> = {};
  for (const pair of all) for (const tag of pair.tags) tags[tag] = (tags[tag] ?? 0) + 1;
  return {
    pairs: {
      train: corpus.train.length,
      dev: corpus.dev.length,
      test: corpus.test.length,
      total: all.length,
    },
    vocabulary: {
      en: buildVocabulary(all, 'en').length,
      fr: buildVocabulary(all, 'fr').length,
    },
    length: { en: length('en'), fr: length('fr') },
    tags: Object.fromEntries(Object.entries(tags).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}

/** A few lines a person reads at the start of a training log. */
export function describeCorpus(corpus: CorpusSplits): string {
  const s = corpusStatistics(corpus);
  const lengths = (language: Language) =>
    `mean ${s.length[language].mean.toFixed(1)}, max ${s.length[language].max}`;
  return [
    `pairs: ${s.pairs.train} train, ${s.pairs.dev} dev, ${s.pairs.test} test (${s.pairs.total} distinct)`,
    `vocabulary (special tokens included): ${s.vocabulary.en} English, ${s.vocabulary.fr} French`,
    `tokens per sentence: English ${lengths('en')}; French ${lengths('fr')}`,
    `tags: ${Object.entries(s.tags)
      .map(([tag, n]) => `${tag} ${n}`)
      .join(', ')}`,
  ].join('\n');
}
