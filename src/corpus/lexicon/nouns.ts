/**
 * The nouns of the grammar with their French gender. Plurals are written out where they are
 * not the regular "+s" (mice, chevaux, gâteaux), so the lexicon reads like a dictionary.
 */
import type { Gender, NounKind } from '../types';
import { MORE_ANIMALS } from './animals';
import { CLOTHES } from './clothes';
import { DRINKS, MORE_FOODS } from './food';
import { ENVELOPES, FURNITURE, HOME_MACHINES, HOUSEHOLD_THINGS, ROOMS } from './home';
import { MORE_PLANTS, SKY } from './nature';
import { FAMILY_AND_FRIENDS, SCHOOL_AND_WORK_PEOPLE, STORY_PEOPLE } from './people';
import { BUILDINGS, LANDS, TOWN, WATERS } from './places';
import { SCHOOL_THINGS, SONGS, TEXTS } from './school';
import { EVENTS, GAMES, MORE_VEHICLES } from './transport';

export interface Noun {
  en: { singular: string; plural: string };
  fr: { singular: string; plural: string };
  gender: Gender;
  kinds: readonly NounKind[];
}

/** A noun whose plurals add -s in both languages unless given. */
export function noun(
  en: string,
  fr: string,
  gender: Gender,
  kinds: NounKind[],
  plurals: { en?: string; fr?: string } = {},
): Noun {
  return {
    en: { singular: en, plural: plurals.en ?? `${en}s` },
    fr: { singular: fr, plural: plurals.fr ?? `${fr}s` },
    gender,
    kinds,
  };
}

/** Animals: subjects of the "it" sentences, seven of each gender. */
export const ANIMALS: readonly Noun[] = [
  noun('animal', 'animal', 'm', ['animal'], { fr: 'animaux' }),
  noun('dog', 'chien', 'm', ['animal']),
  noun('cat', 'chat', 'm', ['animal']),
  noun('horse', 'cheval', 'm', ['animal'], { fr: 'chevaux' }),
  noun('elephant', 'éléphant', 'm', ['animal']),
  noun('rabbit', 'lapin', 'm', ['animal']),
  noun('bird', 'oiseau', 'm', ['animal'], { fr: 'oiseaux' }),
  noun('cow', 'vache', 'f', ['animal']),
  noun('mouse', 'souris', 'f', ['animal'], { en: 'mice', fr: 'souris' }),
  noun('goat', 'chèvre', 'f', ['animal']),
  noun('turtle', 'tortue', 'f', ['animal']),
  noun('hen', 'poule', 'f', ['animal']),
  noun('giraffe', 'girafe', 'f', ['animal']),
  noun('spider', 'araignée', 'f', ['animal']),
];

export const PEOPLE: readonly Noun[] = [
  noun('boy', 'garçon', 'm', ['person']),
  noun('man', 'homme', 'm', ['person'], { en: 'men' }),
  noun('brother', 'frère', 'm', ['person']),
  noun('girl', 'fille', 'f', ['person']),
  noun('woman', 'femme', 'f', ['person'], { en: 'women' }),
  noun('sister', 'sœur', 'f', ['person']),
];

/** What an animal may fail to cross in the "it" sentences, six of each gender. */
export const OBSTACLES: readonly Noun[] = [
  noun('street', 'rue', 'f', ['obstacle', 'road', 'place']),
  noun('road', 'route', 'f', ['obstacle', 'road']),
  noun('highway', 'autoroute', 'f', ['obstacle', 'road']),
  noun('avenue', 'avenue', 'f', ['obstacle', 'road']),
  noun('river', 'rivière', 'f', ['obstacle', 'water']),
  noun('forest', 'forêt', 'f', ['obstacle', 'land', 'place']),
  noun('bridge', 'pont', 'm', ['obstacle', 'road']),
  noun('path', 'chemin', 'm', ['obstacle', 'road']),
  noun('canal', 'canal', 'm', ['obstacle', 'water'], { fr: 'canaux' }),
  noun('stream', 'ruisseau', 'm', ['obstacle', 'water'], { fr: 'ruisseaux' }),
  noun('field', 'champ', 'm', ['obstacle', 'land', 'place']),
  noun('park', 'parc', 'm', ['obstacle', 'land', 'place']),
];

export const PLACES: readonly Noun[] = [
  noun('garden', 'jardin', 'm', ['place']),
  noun('house', 'maison', 'f', ['place', 'building']),
  noun('kitchen', 'cuisine', 'f', ['place']),
  noun('school', 'école', 'f', ['place', 'building']),
];

export const FOODS: readonly Noun[] = [
  noun('apple', 'pomme', 'f', ['food']),
  noun('orange', 'orange', 'f', ['food']),
  noun('banana', 'banane', 'f', ['food']),
  noun('pear', 'poire', 'f', ['food']),
  noun('carrot', 'carotte', 'f', ['food']),
  noun('strawberry', 'fraise', 'f', ['food'], { en: 'strawberries' }),
  noun('cake', 'gâteau', 'm', ['food'], { fr: 'gâteaux' }),
  noun('egg', 'œuf', 'm', ['food']),
  noun('lemon', 'citron', 'm', ['food']),
  noun('cookie', 'biscuit', 'm', ['food']),
];

export const THINGS: readonly Noun[] = [
  noun('book', 'livre', 'm', ['thing', 'openable', 'text']),
  noun('letter', 'lettre', 'f', ['thing', 'openable', 'text']),
  noun('ball', 'ballon', 'm', ['thing']),
  noun('key', 'clé', 'f', ['thing']),
  noun('box', 'boîte', 'f', ['thing', 'openable'], { en: 'boxes' }),
  noun('hat', 'chapeau', 'm', ['thing'], { fr: 'chapeaux' }),
  noun('door', 'porte', 'f', ['openable']),
  noun('window', 'fenêtre', 'f', ['openable']),
  noun('car', 'voiture', 'f', ['vehicle']),
  noun('bicycle', 'vélo', 'm', ['vehicle']),
  noun('flower', 'fleur', 'f', ['plant']),
  noun('tree', 'arbre', 'm', ['plant']),
  noun('machine', 'machine', 'f', ['machine']),
  noun('robot', 'robot', 'm', ['machine']),
  noun('computer', 'ordinateur', 'm', ['machine']),
];

export const NOUNS: readonly Noun[] = [
  ...ANIMALS,
  ...PEOPLE,
  ...OBSTACLES,
  ...PLACES,
  ...FOODS,
  ...THINGS,
  ...FAMILY_AND_FRIENDS,
  ...SCHOOL_AND_WORK_PEOPLE,
  ...STORY_PEOPLE,
  ...MORE_ANIMALS,
  ...MORE_FOODS,
  ...DRINKS,
  ...ROOMS,
  ...FURNITURE,
  ...HOUSEHOLD_THINGS,
  ...ENVELOPES,
  ...HOME_MACHINES,
  ...SCHOOL_THINGS,
  ...TEXTS,
  ...SONGS,
  ...BUILDINGS,
  ...TOWN,
  ...WATERS,
  ...LANDS,
  ...MORE_PLANTS,
  ...SKY,
  ...CLOTHES,
  ...MORE_VEHICLES,
  ...GAMES,
  ...EVENTS,
];

/** Nouns of any of the given kinds. */
export function nounsOf(kinds: readonly NounKind[]): Noun[] {
  return NOUNS.filter((n) => n.kinds.some((k) => kinds.includes(k)));
}
