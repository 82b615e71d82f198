/**
 * A translation direction names which side of each corpus pair the model reads and which it
 * writes. Gold alignments are stored [English index, French index]; `sourceFirst` says whether
 * that order is (source, target) for this direction.
 */
import type { Language, SentencePair } from '../corpus';

export type Direction = 'en-fr' | 'fr-en';
export const DIRECTIONS: readonly Direction[] = ['en-fr', 'fr-en'];

export interface DirectionSides {
  source: Language;
  target: Language;
  /** True when alignment links read [source, target]. */
  sourceFirst: boolean;
}

export function sidesOf(direction: Direction): DirectionSides {
  return direction === 'en-fr'
    ? { source: 'en', target: 'fr', sourceFirst: true }
    : { source: 'fr', target: 'en', sourceFirst: false };
}

export function parseDirection(text: string | undefined): Direction {
  if (text === 'en-fr' || text === 'fr-en') return text;
  throw new Error(`the direction must be en-fr or fr-en, not "${text ?? ''}"`);
}

/** The source and target tokens of a pair, read in this direction. */
export function sidesOfPair(pair: SentencePair, direction: Direction): [string[], string[]] {
  const { source, target } = sidesOf(direction);
  return [pair[source], pair[target]];
}
