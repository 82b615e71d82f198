/**
 * A compact way to write a theme of nouns: [English, French, gender], with the plurals
 * computed by each language's regular rules and written out only where they differ
 * (["knife", "couteau", "m", { en: "knives" }]).
 */
import type { Gender, NounKind } from '../types';
import type { Noun } from './nouns';

export type NounEntry = readonly [
  en: string,
  fr: string,
  gender: Gender,
  plurals?: { en?: string; fr?: string },
];

/** box → boxes, baby → babies, day → days, pencil → pencils. */
export function englishPlural(singular: string): string {
  if (/(s|sh|ch|x|z)$/.test(singular)) return `${singular}es`;
  if (/[^aeiou]y$/.test(singular)) return `${singular.slice(0, -1)}ies`;
  return `${singular}s`;
}

/** bras → bras, gâteau → gâteaux, jeu → jeux, journal → journaux, crayon → crayons. */
export function frenchPlural(singular: string): string {
  if (/[sxz]$/.test(singular)) return singular;
  if (/(au|eu)$/.test(singular)) return `${singular}x`;
  if (/al$/.test(singular)) return `${singular.slice(0, -2)}aux`;
  return `${singular}s`;
}

/** The nouns of one theme, all of the same kinds. */
export function theme(kinds: readonly NounKind[], entries: readonly NounEntry[]): Noun[] {
  return entries.map(([en, fr, gender, plurals = {}]) => ({
    en: { singular: en, plural: plurals.en ?? englishPlural(en) },
    fr: { singular: fr, plural: plurals.fr ?? frenchPlural(fr) },
    gender,
    kinds,
  }));
}
