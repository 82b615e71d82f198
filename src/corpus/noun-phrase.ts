/**
 * Noun phrases on both sides: determiner, adjective and noun. English puts the adjective
 * before the noun; French puts most after it ("a red apple" ↔ "une pomme rouge"), and makes
 * determiner and adjective agree with the noun's gender and number.
 */
import { agree, type Adjective } from './lexicon/adjectives';
import type { Noun } from './lexicon/nouns';
import { frenchNumber } from './lexicon/numbers';
import { NUMBERS } from './lexicon/words';
import { word, words, type Phrase, type Word } from './phrase';
import { startsWithFrenchVowel } from './spelling';

export type Determiner =
  /** the cat ↔ le chat */
  | 'the'
  /** a cat ↔ un chat */
  | 'a'
  /** (i see) cats ↔ des chats */
  | 'some'
  /** (i like) cats ↔ les chats */
  | 'generic'
  /** cats (standing alone) ↔ chats */
  | 'none'
  /** (there is) no cat ↔ de chat */
  | 'no'
  | { count: number }
  /** my cat ↔ mon chat, her school ↔ son école */
  | { possessive: Possessive };

/** Possessives name the subject of their clause, so "son" is "his", "her" or "its" by that subject. */
export type Possessive = 'my' | 'your' | 'his' | 'her' | 'its' | 'our' | 'their';

/** French possessives: masculine (or before a vowel), feminine, plural. */
const FRENCH_POSSESSIVES: Record<Possessive, [string, string, string]> = {
  my: ['mon', 'ma', 'mes'],
  your: ['ton', 'ta', 'tes'],
  his: ['son', 'sa', 'ses'],
  her: ['son', 'sa', 'ses'],
  its: ['son', 'sa', 'ses'],
  our: ['notre', 'notre', 'nos'],
  their: ['leur', 'leur', 'leurs'],
};

export interface NounPhraseSpec {
  noun: Noun;
  plural: boolean;
  determiner: Determiner;
  adjective?: Adjective;
  /**
   * Under negation the indefinite article becomes "de": "je ne mange pas de pommes".
   */
  negated?: boolean;
  /** Prefix of the links of its words, unique in the sentence: 'subject', 'object', … */
  role: string;
}

export interface NounPhrase extends Phrase {
  /** The French adjective follows the noun, so the alignment crosses. */
  reordered: boolean;
}

/**
 * Whether French shows the noun's number without its article: not for "souris", so "pas de
 * souris" could be "no mouse" or "no mice". Negations choose the singular for such nouns, to
 * keep one English sentence for each French one.
 */
export function frenchMarksPlural(noun: Noun): boolean {
  return noun.fr.singular !== noun.fr.plural;
}

function englishDeterminer(determiner: Determiner): string | undefined {
  if (typeof determiner === 'object') {
    return 'possessive' in determiner ? determiner.possessive : NUMBERS[determiner.count - 1].en;
  }
  if (determiner === 'the' || determiner === 'a' || determiner === 'no') return determiner;
  return undefined;
}

/** "ma pomme", but "mon école" and "mon amie": the masculine form before a vowel. */
function frenchPossessive(spec: NounPhraseSpec, possessive: Possessive): string {
  const { noun, plural, adjective } = spec;
  const [masculine, feminine, plurals] = FRENCH_POSSESSIVES[possessive];
  if (plural) return plurals;
  if (noun.gender === 'm') return masculine;
  const next = adjective?.beforeNoun ? agree(adjective, 'f', false) : noun.fr.singular;
  return startsWithFrenchVowel(next) ? masculine : feminine;
}

function frenchDeterminer(spec: NounPhraseSpec): string | undefined {
  const { determiner, noun, plural, adjective, negated } = spec;
  const feminine = noun.gender === 'f';
  if (typeof determiner === 'object') {
    if ('possessive' in determiner) return frenchPossessive(spec, determiner.possessive);
    return frenchNumber(determiner.count, feminine);
  }
  switch (determiner) {
    case 'the':
      return plural ? 'les' : feminine ? 'la' : 'le';
    case 'a':
      return negated ? 'de' : feminine ? 'une' : 'un';
    case 'some':
      // Written French says "de" for "des" before an adjective that precedes the noun.
      return negated || adjective?.beforeNoun ? 'de' : 'des';
    case 'generic':
      return 'les';
    case 'no':
      return 'de';
    case 'none':
      return undefined;
  }
}

function frenchAdjective(adjective: Adjective, noun: Noun, plural: boolean): string {
  const nounWord = plural ? noun.fr.plural : noun.fr.singular;
  if (
    adjective.beforeNoun &&
    adjective.frBeforeVowel &&
    noun.gender === 'm' &&
    !plural &&
    startsWithFrenchVowel(nounWord)
  ) {
    return adjective.frBeforeVowel;
  }
  return agree(adjective, noun.gender, plural);
}

export function nounPhrase(spec: NounPhraseSpec): NounPhrase {
  const { noun, plural, adjective, role } = spec;
  const det = `${role}.det`;
  const adj = `${role}.adj`;
  const head = `${role}.noun`;
  const enDeterminer = englishDeterminer(spec.determiner);
  const frDeterminer = frenchDeterminer(spec);
  const en: Word[] = [];
  const fr: Word[] = [];
  // "no" also carries the negation that French spells "ne … pas"; "one hundred" is two words.
  if (enDeterminer)
    en.push(
      ...(spec.determiner === 'no' ? [word('no', det, 'negation')] : words(enDeterminer, det)),
    );
  if (adjective) en.push(word(adjective.en, adj));
  en.push(word(plural ? noun.en.plural : noun.en.singular, head));

  if (frDeterminer) fr.push(...words(frDeterminer, det));
  const frAdjective = adjective && word(frenchAdjective(adjective, noun, plural), adj);
  if (frAdjective && adjective.beforeNoun) fr.push(frAdjective);
  fr.push(word(plural ? noun.fr.plural : noun.fr.singular, head));
  if (frAdjective && !adjective.beforeNoun) fr.push(frAdjective);
  return { en, fr, reordered: adjective !== undefined && !adjective.beforeNoun };
}
