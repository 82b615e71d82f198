/**
 * Sentences are built on both sides at once from words that carry links: two words, one
 * English and one French, translate each other when they share a link. The gold alignment is
 * read off the links when the pair is finished, after elision and contraction have merged or
 * respelled words, so it always points at the final tokens.
 */
import { spellEnglish, spellFrench } from './spelling';
import type { SentencePair } from './types';

export interface Word {
  text: string;
  /** Names of the translation units this word belongs to, unique within its sentence. */
  links: string[];
}

/** A fragment translated as a whole: its English words and its French words. */
export interface Phrase {
  en: Word[];
  fr: Word[];
}

export function word(text: string, ...links: string[]): Word {
  return { text, links };
}

/** Words of a space-separated string that all share the given links. */
export function words(text: string, ...links: string[]): Word[] {
  return text === '' ? [] : text.split(' ').map((t) => word(t, ...links));
}

/** English and French words that translate each other as one unit, under one link. */
export function unit(en: string, fr: string, link: string): Phrase {
  return { en: words(en, link), fr: words(fr, link) };
}

/** Phrases one after the other, in the same order on both sides. */
export function sequence(...phrases: Phrase[]): Phrase {
  return { en: phrases.flatMap((p) => p.en), fr: phrases.flatMap((p) => p.fr) };
}

/** The finished pair: spelling rules applied, words turned into tokens, links into alignment. */
export function finishPair(phrase: Phrase, tags: string[]): SentencePair {
  const en = spellEnglish(phrase.en);
  const fr = spellFrench(phrase.fr);
  const alignment: [number, number][] = [];
  en.forEach((enWord, i) => {
    fr.forEach((frWord, j) => {
      if (enWord.links.some((link) => frWord.links.includes(link))) alignment.push([i, j]);
    });
  });
  return {
    en: en.map((w) => w.text),
    fr: fr.map((w) => w.text),
    alignment,
    tags: [...new Set(tags)].sort(),
  };
}

/** The phrase with every link renamed `prefix:link`, so two clauses of one sentence stay apart. */
export function prefixed(phrase: Phrase, prefix: string): Phrase {
  const rename = (w: Word): Word => ({ ...w, links: w.links.map((link) => `${prefix}:${link}`) });
  return { en: phrase.en.map(rename), fr: phrase.fr.map(rename) };
}
