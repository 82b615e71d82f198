/**
 * Adjectives with their four French forms (masculine / feminine, singular / plural). Most
 * French adjectives follow the noun ("une pomme rouge"); a few short, common ones come before
 * it as in English ("un petit chat"). The "it" adjectives say what the pronoun refers to: a
 * tired thing is the animal, a wide thing is the street.
 */
import type { Gender, NounKind } from '../types';

export type ItKind = 'tired' | 'wide';

export interface Adjective {
  en: string;
  fr: { ms: string; fs: string; mp: string; fp: string };
  /** "vieil": the masculine singular before a vowel, when it differs. */
  frBeforeVowel?: string;
  /** French puts it before the noun. */
  beforeNoun: boolean;
  appliesTo: readonly NounKind[];
  /** In the "it" sentences: whose state it describes. */
  it?: ItKind;
}

interface Options {
  fs?: string;
  mp?: string;
  fp?: string;
  beforeVowel?: string;
  beforeNoun?: boolean;
  it?: ItKind;
}

/** Regular agreement: +e for the feminine (unless it ends in e), +s for the plural (unless s/x). */
function adjective(
  en: string,
  ms: string,
  appliesTo: NounKind[],
  options: Options = {},
): Adjective {
  const fs = options.fs ?? (ms.endsWith('e') ? ms : `${ms}e`);
  const mp = options.mp ?? (/[sx]$/.test(ms) ? ms : `${ms}s`);
  const fp = options.fp ?? `${fs}s`;
  return {
    en,
    fr: { ms, fs, mp, fp },
    frBeforeVowel: options.beforeVowel,
    beforeNoun: options.beforeNoun ?? false,
    appliesTo,
    it: options.it,
  };
}

const OBJECTS: NounKind[] = ['thing', 'openable', 'vehicle', 'plant', 'machine'];
const LIVING: NounKind[] = ['animal', 'person'];

export const ADJECTIVES: readonly Adjective[] = [
  adjective('red', 'rouge', ['food', ...OBJECTS]),
  adjective('black', 'noir', ['animal', ...OBJECTS]),
  adjective('white', 'blanc', ['animal', 'place', ...OBJECTS], { fs: 'blanche' }),
  adjective('green', 'vert', ['food', ...OBJECTS]),
  adjective('yellow', 'jaune', ['food', ...OBJECTS]),

  adjective('small', 'petit', [...LIVING, 'food', 'place', ...OBJECTS], { beforeNoun: true }),
  adjective('big', 'grand', [...LIVING, 'food', 'place', ...OBJECTS], { beforeNoun: true }),
  adjective('young', 'jeune', LIVING, { beforeNoun: true }),
  adjective('old', 'vieux', [...LIVING, 'place', ...OBJECTS], {
    fs: 'vieille',
    beforeVowel: 'vieil',
    beforeNoun: true,
    it: 'tired',
  }),

  adjective('tired', 'fatigué', LIVING, { it: 'tired' }),
  adjective('scared', 'effrayé', LIVING, { it: 'tired' }),
  adjective('slow', 'lent', ['animal', 'vehicle', 'machine'], { it: 'tired' }),
  adjective('weak', 'faible', LIVING, { it: 'tired' }),
  adjective('sick', 'malade', LIVING, { it: 'tired' }),
  adjective('lazy', 'paresseux', LIVING, { fs: 'paresseuse', it: 'tired' }),
  adjective('hungry', 'affamé', LIVING),
  adjective('happy', 'heureux', LIVING, { fs: 'heureuse' }),
  adjective('sad', 'triste', LIVING),

  adjective('wide', 'large', ['road', 'water', 'land'], { it: 'wide' }),
  adjective('long', 'long', ['road', 'water'], { fs: 'longue', it: 'wide' }),
  adjective('dangerous', 'dangereux', ['road', 'water', 'land'], { fs: 'dangereuse', it: 'wide' }),
  adjective('busy', 'fréquenté', ['road'], { it: 'wide' }),
  adjective('deep', 'profond', ['water'], { it: 'wide' }),
  adjective('dark', 'sombre', ['road', 'land'], { it: 'wide' }),
  adjective('narrow', 'étroit', ['road', 'water'], { it: 'wide' }),
  adjective('slippery', 'glissant', ['road'], { it: 'wide' }),
  adjective('muddy', 'boueux', ['road', 'land'], { fs: 'boueuse', it: 'wide' }),
  adjective('cold', 'froid', ['water'], { it: 'wide' }),

  adjective('thinking', 'pensant', ['machine']),
  adjective('intelligent', 'intelligent', ['machine', ...LIVING]),
  adjective('fast', 'rapide', ['machine', 'vehicle', 'animal']),
  adjective('delicious', 'délicieux', ['food'], { fs: 'délicieuse' }),
  adjective('sweet', 'sucré', ['food']),
];

/** Adjectives that can describe a noun of any of these kinds. */
export function adjectivesFor(kinds: readonly NounKind[]): Adjective[] {
  return ADJECTIVES.filter((a) => a.appliesTo.some((k) => kinds.includes(k)));
}

/** The French form agreeing with a noun of this gender and number. */
export function agree(adjective: Adjective, gender: Gender, plural: boolean): string {
  const { fr } = adjective;
  if (gender === 'm') return plural ? fr.mp : fr.ms;
  return plural ? fr.fp : fr.fs;
}
