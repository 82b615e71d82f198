/**
 * People's names. The model never learns names themselves: a name becomes a slot, a token the
 * model copies to its translation ("<name-f1> est fatiguée"), and the page puts the name back.
 * Slots carry a gender, because French must agree with it ("Alice est fatiguée", "Tom est
 * fatigué"), and a number, so that two names in a sentence stay apart.
 * This file is shared by the corpus (which writes slots) and the worker (which finds the names
 * a reader types): it holds data only.
 */
import type { Gender } from './types';

/** Names in a sentence, per gender, that the model can tell apart. */
export const SLOTS_PER_GENDER = 2;

/** The slot token of the `index`-th (from 0) name of a gender in a sentence: <name-f1>, <name-m2>. */
export function nameSlot(gender: Gender, index: number): string {
  return `<name-${gender}${index + 1}>`;
}

export function isNameSlot(token: string): boolean {
  return /^<name-[fm][1-9]>$/.test(token);
}

/** First names a class may type, with the gender French gives them; any other is masculine unless "she" says otherwise. */
export const KNOWN_NAMES: Readonly<Record<string, Gender>> = Object.fromEntries([
  ...[
    'alice',
    'emma',
    'léa',
    'lea',
    'chloé',
    'chloe',
    'sophie',
    'julie',
    'marie',
    'anna',
    'lucy',
    'sarah',
    'clara',
    'zoé',
    'zoe',
    'inès',
    'ines',
    'nina',
    'laura',
    'jade',
    'louise',
    'alicia',
    'mia',
    'lily',
    'olivia',
    'amelia',
    'grace',
    'ella',
    'eva',
    'rose',
    'manon',
    'camille',
    'lucie',
    'mary',
    'kate',
    'jane',
    'amina',
    'fatima',
    'yasmine',
    'maya',
    'hannah',
    'isabelle',
    'claire',
  ].map((name) => [name, 'f' as const]),
  ...[
    'tom',
    'paul',
    'hugo',
    'louis',
    'léo',
    'leo',
    'jules',
    'adam',
    'noah',
    'ethan',
    'max',
    'pierre',
    'jean',
    'david',
    'lucas',
    'gabriel',
    'arthur',
    'raphaël',
    'nathan',
    'liam',
    'oliver',
    'jack',
    'harry',
    'george',
    'james',
    'john',
    'peter',
    'mark',
    'ben',
    'sam',
    'omar',
    'karim',
    'yanis',
    'mohamed',
    'theo',
    'théo',
    'victor',
    'martin',
    'thomas',
    'nicolas',
    'antoine',
    'alex',
  ].map((name) => [name, 'm' as const]),
]);

/** Names the corpus writes as examples in its tests and logs; the slots are what it trains on. */
export const EXAMPLE_NAMES: Readonly<Record<Gender, readonly string[]>> = {
  f: ['Alice', 'Emma'],
  m: ['Tom', 'Hugo'],
};
