/**
 * The corpus: distinct pairs drawn from the grammar's sentence families with a seeded random
 * generator, then split into train, dev and test by a seeded hash of each pair, so no pair is
 * in two splits. The post's sentences and the set phrases always go to train: a phrase learnt
 * whole cannot be guessed from other pairs. The hand-written held-out sentences are never drawn.
 */
import { seededRandom, shuffle, type Random } from '../engine';
import { chance, weighted } from './choice';
import { adjectiveSentence, locationSentence, professionSentence } from './families/copula';
import { jointObjectSentence, jointSubjectSentence } from './families/coordinated';
import {
  contrastSentence,
  thinkingSentence,
  twoAdjectiveSentence,
  twoPredicateSentence,
} from './families/described';
import { fragment, setPhrases } from './families/fragment';
import { joinedSentence } from './families/joined';
import { randomItSentence } from './families/it';
import { namesSentence } from './families/names';
import { passiveSentence } from './families/passive';
import { relativeSentence } from './families/relative';
import { becauseRelativeSentence, objectRelativeSentence } from './families/relative-object';
import { subordinateSentence } from './families/subordinate';
import { thereSentence } from './families/there';
import { threeClauseSentence, timedQuestion } from './families/three';
import { transitiveSentence } from './families/transitive';
import { whSentence } from './families/wh';
import { HELD_OUT_ENGLISH } from './held-out';
import { POST_SENTENCES } from './post';
import type { CorpusSplits, SentencePair } from './types';

export interface CorpusOptions {
  seed: number;
  /** Number of distinct pairs over all splits. */
  size?: number;
}

export const DEFAULT_CORPUS_SIZE = 40_000;

/** Shares of the train / dev / test splits. */
const SPLIT = { train: 0.8, dev: 0.1 };

/** How often each family is drawn; the "it" family is the post's example, so it gets a large share. */
const FAMILIES = {
  it: { weight: 0.25, generate: randomItSentence },
  transitive: { weight: 0.16, generate: transitiveSentence },
  adjective: { weight: 0.08, generate: adjectiveSentence },
  joined: { weight: 0.1, generate: joinedSentence },
  subordinate: { weight: 0.12, generate: subordinateSentence },
  relative: { weight: 0.08, generate: relativeSentence },
  wh: { weight: 0.07, generate: whSentence },
  passive: { weight: 0.04, generate: passiveSentence },
  location: { weight: 0.06, generate: locationSentence },
  profession: { weight: 0.05, generate: professionSentence },
  there: { weight: 0.09, generate: thereSentence },
  fragment: { weight: 0.08, generate: fragment },
  names: { weight: 0.06, generate: namedSentence },
  jointSubject: { weight: 0.04, generate: jointSubjectSentence },
  jointObject: { weight: 0.05, generate: jointObjectSentence },
  twoAdjectives: { weight: 0.04, generate: twoAdjectiveSentence },
  twoPredicates: { weight: 0.04, generate: twoPredicateSentence },
  contrast: { weight: 0.03, generate: contrastSentence },
  thinking: { weight: 0.015, generate: thinkingSentence },
  threeClauses: { weight: 0.03, generate: threeClauseSentence },
  timedQuestion: { weight: 0.03, generate: timedQuestion },
  objectRelative: { weight: 0.05, generate: objectRelativeSentence },
  becauseRelative: { weight: 0.03, generate: becauseRelativeSentence },
} satisfies Record<string, { weight: number; generate: (random: Random) => SentencePair }>;

type Family = keyof typeof FAMILIES;

/** A sentence with a person's name, some made from the families whose subject may be "he" or "she". */
function namedSentence(random: Random): SentencePair {
  return namesSentence(random, () =>
    chance(random, 0.6) ? transitiveSentence(random) : adjectiveSentence(random),
  );
}

const FAMILY_WEIGHTS = Object.fromEntries(
  Object.entries(FAMILIES).map(([name, family]) => [name, family.weight]),
) as Record<Family, number>;

/** The identity of a pair: two pairs are the same when both sides are. */
export function pairKey(pair: SentencePair): string {
  return `${pair.en.join(' ')}\t${pair.fr.join(' ')}`;
}

/** A 32-bit hash of the text (FNV-1a, then a final mix so nearby texts land far apart). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function splitOf(pair: SentencePair, seed: number): keyof CorpusSplits {
  if (pair.tags.includes('post') || pair.tags.includes('phrase')) return 'train';
  const position = hash(`${seed}:${pairKey(pair)}`) / 2 ** 32;
  if (position < SPLIT.train) return 'train';
  return position < SPLIT.train + SPLIT.dev ? 'dev' : 'test';
}

export function generateCorpus(options: CorpusOptions): CorpusSplits {
  const { seed, size = DEFAULT_CORPUS_SIZE } = options;
  const random = seededRandom(seed);
  const pairs = new Map<string, SentencePair>();
  for (const pair of [...POST_SENTENCES, ...setPhrases()]) {
    const key = pairKey(pair);
    const earlier = pairs.get(key);
    const tags = earlier ? [...new Set([...earlier.tags, ...pair.tags])].sort() : pair.tags;
    pairs.set(key, { ...(earlier ?? pair), tags });
  }
  const maxAttempts = size * 20;
  for (let attempt = 0; pairs.size < size && attempt < maxAttempts; attempt++) {
    const pair = FAMILIES[weighted(random, FAMILY_WEIGHTS)].generate(random);
    const key = pairKey(pair);
    if (!pairs.has(key) && !HELD_OUT_ENGLISH.has(pair.en.join(' '))) pairs.set(key, pair);
  }
  if (pairs.size < size) {
    throw new Error(`the grammar gave only ${pairs.size} distinct pairs of the ${size} asked for`);
  }
  const splits: CorpusSplits = { train: [], dev: [], test: [] };
  for (const pair of pairs.values()) splits[splitOf(pair, seed)].push(pair);
  shuffle(random, splits.train);
  shuffle(random, splits.dev);
  shuffle(random, splits.test);
  return splits;
}
