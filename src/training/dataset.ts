/**
 * Turns corpus pairs into batches of token ids for one direction: each epoch shuffled with a
 * seed, then cut into batches of sentences of similar length (so little of a batch is padding).
 */
import type { SentencePair } from '../corpus';
import { makeBatch, type Batch, type IdPair } from '../engine';
import { seededRandom, shuffle } from '../engine';
import type { Vocabulary } from '../engine';
import { sidesOf, sidesOfPair, type Direction } from './direction';

export type { IdPair };

/**
 * Ids of both sides, and for an "it" sentence where guided attention would look (in the
 * encoder, its pronoun → its antecedent; from the target's pronoun, the source's); throws on a word missing from a vocabulary built over the
 * corpus.
 */
export function toIdPairs(
  pairs: readonly SentencePair[],
  direction: Direction,
  source: Vocabulary,
  target: Vocabulary,
): IdPair[] {
  return pairs.map((pair) => {
    const [srcWords, tgtWords] = sidesOfPair(pair, direction);
    const src = source.toIds(srcWords);
    const tgt = target.toIds(tgtWords);
    const unknown = [...src.unknown, ...tgt.unknown].map((u) => u.token);
    if (unknown.length > 0)
      throw new Error(`words missing from the vocabulary: ${unknown.join(' ')}`);
    const sides = sidesOf(direction);
    const it = pair.coreference;
    if (!it) return { src: src.ids, tgt: tgt.ids };
    const [from, to] = [it[sides.source], it[sides.target]];
    return {
      src: src.ids,
      tgt: tgt.ids,
      guide: [[from.pronoun, from.antecedent]],
      crossGuide: [[to.pronoun, from.pronoun]],
    };
  });
}

/**
 * An endless stream of batches. Each epoch: shuffle, group the shuffled pairs into pools of
 * 50 batches, sort each pool by length, cut it into batches, and shuffle the batches.
 */
export function* batchStream(
  pairs: readonly IdPair[],
  batchSize: number,
  seed: number,
): Generator<Batch> {
  const random = seededRandom(seed);
  const poolSize = batchSize * 50;
  for (;;) {
    const order = shuffle(random, [...pairs]);
    const batches: Batch[] = [];
    for (let start = 0; start < order.length; start += poolSize) {
      const pool = order
        .slice(start, start + poolSize)
        .sort((a, b) => a.src.length + a.tgt.length - (b.src.length + b.tgt.length));
      for (let i = 0; i + batchSize <= pool.length; i += batchSize) {
        batches.push(makeBatch(pool.slice(i, i + batchSize)));
      }
    }
    yield* shuffle(random, batches);
  }
}

/**
 * The training pairs with each set phrase ("thanks", "good night") and each of the post's own
 * sentences repeated: a phrase learnt whole cannot be guessed from other pairs, the post's
 * sentences are the ones every reader tries first, and once among a hundred thousand a pair is
 * not learnt.
 */
export function repeatSetPhrases(pairs: readonly SentencePair[], times: number): SentencePair[] {
  const phrases = pairs.filter(
    (pair) => pair.tags.includes('phrase') || pair.tags.includes('post'),
  );
  return [...pairs, ...Array.from({ length: Math.max(times - 1, 0) }, () => phrases).flat()];
}
