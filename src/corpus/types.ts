import type { Language } from '../engine/tokenizer/tokenize';

export type { Language };

/**
 * One English ↔ French pair, as word-level tokens, with the gold word alignment the generator
 * knows because it builds both sides together.
 */
export interface SentencePair {
  en: string[];
  fr: string[];
  /** [English index, French index] for every pair of tokens that translate each other. */
  alignment: [number, number][];
  /** What the pair exercises: its family ('it', 'transitive', …), 'it:tired', 'negation', … */
  tags: string[];
}

export interface CorpusSplits {
  train: SentencePair[];
  dev: SentencePair[];
  test: SentencePair[];
}

export type Gender = 'm' | 'f';

/** What a noun names, which decides the adjectives and verbs that go with it. */
export type NounKind =
  | 'animal'
  | 'person'
  | 'obstacle'
  | 'road'
  | 'water'
  | 'land'
  | 'place'
  | 'food'
  | 'thing'
  | 'openable'
  | 'vehicle'
  | 'plant'
  | 'machine';
