import type { Language } from '../engine';

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
  /** For the "it" family: where the pronoun and the nouns it may name are. */
  coreference?: Coreference;
}

/** Token indices of a pronoun, its antecedent and every noun it could name (antecedent included). */
export interface CoreferenceSide {
  pronoun: number;
  antecedent: number;
  candidates: number[];
}

export interface Coreference {
  /** Whom the reason is about: the one who acts, or the one acted on. */
  role: 'agent' | 'patient';
  en: CoreferenceSide;
  fr: CoreferenceSide;
  /**
   * The same sentence with a reason about the other candidate, on both sides (empty if none): in
   * French the pronoun and the adjective may change with it (il ↔ elle).
   */
  twin: { en: string[]; fr: string[] };
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
  | 'machine'
  | 'furniture'
  | 'clothing'
  | 'drink'
  | 'building'
  | 'text'
  | 'game'
  | 'event'
  | 'sky'
  | 'song';
