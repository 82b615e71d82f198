/**
 * The numbers from one to a hundred, in words: "twenty-one" ↔ "vingt et un", "seventy-one" ↔
 * "soixante et onze", "eighty" ↔ "quatre-vingts", "ninety-one" ↔ "quatre-vingt-onze". French
 * counts by twenties from sixty on (soixante-dix is "sixty-ten"), joins a one with "et" up to
 * seventy-one and with a hyphen after that, and gives "un" a feminine: "vingt et une pommes".
 */
import { randomInt, type Random } from '../../engine';

export interface NumberWord {
  /** "twenty-one", "one hundred". */
  en: string;
  /** The masculine, as it stands before a masculine noun: "vingt et un". */
  fr: string;
}

const ENGLISH_UNITS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const ENGLISH_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const FRENCH_UNITS = [
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
  'dix-sept',
  'dix-huit',
  'dix-neuf',
];
/** The tens that French names: vingt … soixante; seventy and ninety are counted on from sixty and eighty. */
const FRENCH_TENS = ['vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

/** twenty-one: the tens and the unit joined by a hyphen. */
function englishNumber(n: number): string {
  if (n === 100) return 'one hundred';
  if (n < 20) return ENGLISH_UNITS[n - 1];
  const tens = ENGLISH_TENS[Math.floor(n / 10) - 2];
  return n % 10 === 0 ? tens : `${tens}-${ENGLISH_UNITS[(n % 10) - 1]}`;
}

/**
 * 21 = vingt et un, 22 = vingt-deux, 70 = soixante-dix, 71 = soixante et onze, 80 = quatre-vingts,
 * 81 = quatre-vingt-un, 91 = quatre-vingt-onze.
 */
function frenchNumberMasculine(n: number): string {
  if (n === 100) return 'cent';
  if (n < 20) return FRENCH_UNITS[n - 1];
  if (n === 80) return 'quatre-vingts';
  // From seventy on, the base is sixty or eighty and the rest runs up to nineteen.
  const base = n >= 80 ? 80 : n >= 60 ? 60 : Math.floor(n / 10) * 10;
  const baseWord = base === 80 ? 'quatre-vingt' : FRENCH_TENS[base / 10 - 2];
  const rest = n - base;
  if (rest === 0) return baseWord;
  if ((rest === 1 || rest === 11) && base < 80) return `${baseWord} et ${FRENCH_UNITS[rest - 1]}`;
  return `${baseWord}-${FRENCH_UNITS[rest - 1]}`;
}

/** NUMBERS[n − 1] is the number n, from one to a hundred. */
export const NUMBERS: readonly NumberWord[] = Array.from({ length: 100 }, (_, i) => ({
  en: englishNumber(i + 1),
  fr: frenchNumberMasculine(i + 1),
}));

/** The French of a number before a noun of this gender: "une", "vingt et une", "quatre-vingt-une". */
export function frenchNumber(count: number, feminine: boolean): string {
  const masculine = NUMBERS[count - 1].fr;
  return feminine && /(^|[ -])un$/.test(masculine) ? `${masculine}e` : masculine;
}

/**
 * A count for "there are … ": three times in five from one to ten, as people count, otherwise
 * from one to a hundred; one draw either way.
 */
export function randomCount(random: Random): number {
  const draw = randomInt(random, 250);
  return draw < 150 ? 1 + (draw % 10) : draw - 149;
}
