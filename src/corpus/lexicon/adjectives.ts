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

const MADE: NounKind[] = [...OBJECTS, 'furniture', 'clothing'];
const INVARIABLE = (form: string): Options => ({ fs: form, mp: form, fp: form });

const COLOURS: readonly Adjective[] = [
  adjective('blue', 'bleu', [...MADE, 'building', 'water']),
  adjective('brown', 'marron', ['animal', ...MADE], INVARIABLE('marron')),
  adjective('pink', 'rose', [...MADE, 'food']),
  adjective('purple', 'violet', [...MADE, 'food'], { fs: 'violette' }),
  adjective('grey', 'gris', ['animal', ...MADE, 'sky'], { fs: 'grise' }),
  adjective('orange', 'orange', [...MADE], INVARIABLE('orange')),
  adjective('golden', 'doré', [...MADE, 'sky']),
];

const SIZES_AND_LOOKS: readonly Adjective[] = [
  adjective('fat', 'gros', ['animal', 'food', 'text'], { fs: 'grosse', beforeNoun: true }),
  adjective('pretty', 'joli', ['person', 'place', ...MADE], { beforeNoun: true }),
  adjective('beautiful', 'beau', [...LIVING, 'place', 'sky', ...MADE], {
    fs: 'belle',
    mp: 'beaux',
    beforeVowel: 'bel',
    beforeNoun: true,
  }),
  adjective('new', 'nouveau', ['person', 'building', 'text', 'game', ...MADE], {
    fs: 'nouvelle',
    mp: 'nouveaux',
    beforeVowel: 'nouvel',
    beforeNoun: true,
  }),
  adjective('short', 'court', ['text', 'event', 'clothing']),
  adjective('round', 'rond', ['thing', 'furniture', 'food']),
  adjective('square', 'carré', ['thing', 'furniture']),
  adjective('heavy', 'lourd', [...MADE, 'machine']),
  adjective('light', 'léger', ['thing', 'clothing', 'furniture'], { fs: 'légère' }),
  adjective('soft', 'doux', ['animal', 'furniture', 'clothing'], { fs: 'douce' }),
  adjective('hard', 'dur', ['thing', 'furniture', 'food', 'text', 'game']),
  adjective('thick', 'épais', ['text', 'clothing'], { fs: 'épaisse' }),
  adjective('thin', 'mince', ['person', 'text']),
  adjective('huge', 'énorme', ['animal', 'building', 'land', 'sky', ...MADE]),
  adjective('tiny', 'minuscule', ['animal', 'food', 'sky', ...MADE]),
  adjective('ugly', 'laid', ['animal', 'building', ...MADE]),
  adjective('high', 'haut', ['land', 'building']),
  adjective('low', 'bas', ['building', 'furniture'], { fs: 'basse' }),
  adjective('modern', 'moderne', ['building', 'machine', 'vehicle', 'furniture']),
  adjective('ancient', 'ancien', ['building', 'text', 'furniture'], { fs: 'ancienne' }),
  adjective('shiny', 'brillant', ['thing', 'sky', 'vehicle', 'machine']),
  adjective('bright', 'lumineux', ['sky', 'place', 'building'], { fs: 'lumineuse' }),
  adjective('distant', 'lointain', ['sky', 'land', 'building']),
  adjective('hairy', 'poilu', ['animal']),
  adjective('blond', 'blond', ['person']),
  adjective('bald', 'chauve', ['person']),
];

const TASTES: readonly Adjective[] = [
  adjective('bad', 'mauvais', ['food', 'drink', 'text', 'game', 'event'], {
    fs: 'mauvaise',
    beforeNoun: true,
  }),
  adjective('fresh', 'frais', ['food', 'drink'], { fs: 'fraîche' }),
  adjective('hot', 'chaud', ['food', 'drink']),
  adjective('warm', 'chaud', ['clothing', 'building']),
  adjective('salty', 'salé', ['food']),
  adjective('sour', 'acide', ['food', 'drink']),
  adjective('bitter', 'amer', ['food', 'drink'], { fs: 'amère' }),
  adjective('ripe', 'mûr', ['food']),
  adjective('spicy', 'épicé', ['food']),
  adjective('strong', 'fort', [...LIVING, 'drink']),
];

const CHARACTERS: readonly Adjective[] = [
  adjective('kind', 'gentil', LIVING, { fs: 'gentille' }),
  adjective('friendly', 'sympathique', LIVING),
  adjective('polite', 'poli', ['person']),
  adjective('rude', 'impoli', ['person']),
  adjective('brave', 'courageux', LIVING, { fs: 'courageuse' }),
  adjective('shy', 'timide', LIVING),
  adjective('clever', 'malin', LIVING, { fs: 'maligne' }),
  adjective('calm', 'calme', [...LIVING, 'water', 'place']),
  adjective('quiet', 'silencieux', [...LIVING, 'building', 'machine'], { fs: 'silencieuse' }),
  adjective('noisy', 'bruyant', [...LIVING, 'building', 'machine', 'vehicle']),
  adjective('angry', 'fâché', LIVING),
  adjective('curious', 'curieux', LIVING, { fs: 'curieuse' }),
  adjective('proud', 'fier', LIVING, { fs: 'fière' }),
  adjective('famous', 'célèbre', ['person', 'animal', 'building', 'text', 'event']),
  adjective('rich', 'riche', ['person']),
  adjective('thirsty', 'assoiffé', LIVING),
  adjective('nervous', 'nerveux', LIVING, { fs: 'nerveuse' }),
  adjective('wise', 'sage', LIVING),
  adjective('mean', 'méchant', LIVING),
  adjective('cute', 'mignon', ['animal', 'person'], { fs: 'mignonne' }),
  adjective('wild', 'sauvage', ['animal', 'plant', 'land']),
];

const STATES: readonly Adjective[] = [
  adjective('dirty', 'sale', [...MADE, 'building']),
  adjective('wet', 'mouillé', ['animal', ...MADE]),
  adjective('empty', 'vide', ['openable', 'building']),
  adjective('full', 'plein', ['openable', 'building']),
  adjective('comfortable', 'confortable', ['furniture', 'clothing', 'vehicle']),
  adjective('expensive', 'cher', [...MADE, 'drink', 'building'], { fs: 'chère' }),
  adjective('sunny', 'ensoleillé', ['place', 'land']),
  adjective('snowy', 'enneigé', ['land', 'road']),
  adjective('frozen', 'gelé', ['water', 'food']),
];

const JUDGEMENTS: readonly Adjective[] = [
  adjective('useful', 'utile', ['thing', 'machine', 'text']),
  adjective('important', 'important', ['text', 'event', 'person']),
  adjective('interesting', 'intéressant', ['text', 'event', 'game', 'person', 'place']),
  adjective('boring', 'ennuyeux', ['text', 'event', 'game'], { fs: 'ennuyeuse' }),
  adjective('easy', 'facile', ['text', 'game']),
  adjective('difficult', 'difficile', ['text', 'game']),
  adjective('strange', 'étrange', [...LIVING, 'place', 'text', 'sky', 'thing']),
  adjective('magic', 'magique', ['thing', 'plant', 'animal']),
  adjective('secret', 'secret', ['text', 'place', 'openable'], { fs: 'secrète' }),
  adjective('special', 'spécial', ['event', 'text', 'food'], { mp: 'spéciaux' }),
  adjective('perfect', 'parfait', ['event', 'text', 'food']),
  adjective('great', 'génial', ['event', 'game', 'text'], { mp: 'géniaux' }),
  adjective('funny', 'drôle', [...LIVING, 'text', 'event']),
  adjective('favourite', 'préféré', [
    'food',
    'drink',
    'text',
    'game',
    'animal',
    'event',
    'clothing',
    'place',
  ]),
];

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
  ...COLOURS,
  ...SIZES_AND_LOOKS,
  ...TASTES,
  ...CHARACTERS,
  ...STATES,
  ...JUDGEMENTS,
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
