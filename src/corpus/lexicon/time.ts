/**
 * Time words, each with the tenses it fits: "yesterday" goes with the past ("yesterday , she
 * ate" ↔ "hier , elle a mangé"), "tomorrow" with the futur proche, "every day" with the
 * present. Each stands at the start or the end of a sentence, where both languages agree.
 */
import type { Tense } from '../tense';

export interface TimeWord {
  en: string;
  fr: string;
  tenses: readonly Tense[];
}

const PRESENT: Tense[] = ['present'];
const PAST: Tense[] = ['past', 'imparfait'];
const FUTURE: Tense[] = ['future'];
const ANY: Tense[] = ['present', 'past', 'imparfait', 'future'];

const DAYS: readonly [string, string][] = [
  ['monday', 'lundi'],
  ['tuesday', 'mardi'],
  ['wednesday', 'mercredi'],
  ['thursday', 'jeudi'],
  ['friday', 'vendredi'],
  ['saturday', 'samedi'],
  ['sunday', 'dimanche'],
];

const MONTHS: readonly [string, string][] = [
  ['january', 'janvier'],
  ['february', 'février'],
  ['march', 'mars'],
  ['april', 'avril'],
  ['may', 'mai'],
  ['june', 'juin'],
  ['july', 'juillet'],
  ['august', 'août'],
  ['september', 'septembre'],
  ['october', 'octobre'],
  ['november', 'novembre'],
  ['december', 'décembre'],
];

/**
 * A day: "every monday" ↔ "tous les lundis", "last monday" ↔ "lundi dernier", "next monday" ↔
 * "lundi prochain", "on monday" ↔ "lundi".
 */
function dayWords([en, fr]: readonly [string, string]): TimeWord[] {
  return [
    { en: `every ${en}`, fr: `tous les ${fr}s`, tenses: PRESENT },
    { en: `on ${en}s`, fr: `le ${fr}`, tenses: PRESENT },
    { en: `last ${en}`, fr: `${fr} dernier`, tenses: PAST },
    { en: `next ${en}`, fr: `${fr} prochain`, tenses: FUTURE },
    { en: `on ${en}`, fr, tenses: ['past', 'imparfait', 'future'] },
  ];
}

/** A month, in any tense: "in may" ↔ "en mai". */
function monthWord([en, fr]: readonly [string, string]): TimeWord {
  return { en: `in ${en}`, fr: `en ${fr}`, tenses: ANY };
}

export const TIME_WORDS: readonly TimeWord[] = [
  { en: 'every day', fr: 'tous les jours', tenses: PRESENT },
  { en: 'every morning', fr: 'tous les matins', tenses: PRESENT },
  { en: 'every evening', fr: 'tous les soirs', tenses: PRESENT },
  { en: 'every week', fr: 'toutes les semaines', tenses: PRESENT },
  { en: 'every year', fr: 'tous les ans', tenses: PRESENT },
  { en: 'in the morning', fr: 'le matin', tenses: PRESENT },
  { en: 'in the evening', fr: 'le soir', tenses: PRESENT },
  { en: 'at night', fr: 'la nuit', tenses: PRESENT },
  { en: 'now', fr: 'maintenant', tenses: ['present', 'future'] },
  { en: 'today', fr: "aujourd'hui", tenses: ANY },
  { en: 'at noon', fr: 'à midi', tenses: ANY },
  { en: 'at midnight', fr: 'à minuit', tenses: ANY },
  { en: 'yesterday', fr: 'hier', tenses: PAST },
  { en: 'last night', fr: 'hier soir', tenses: PAST },
  { en: 'the day before yesterday', fr: 'avant-hier', tenses: PAST },
  { en: 'this morning', fr: 'ce matin', tenses: ['past', 'imparfait', 'future'] },
  { en: 'this afternoon', fr: 'cet après-midi', tenses: ['past', 'future'] },
  { en: 'last week', fr: 'la semaine dernière', tenses: PAST },
  { en: 'last month', fr: 'le mois dernier', tenses: PAST },
  { en: 'last year', fr: "l' année dernière", tenses: PAST },
  { en: 'tomorrow', fr: 'demain', tenses: FUTURE },
  { en: 'tonight', fr: 'ce soir', tenses: FUTURE },
  { en: 'the day after tomorrow', fr: 'après-demain', tenses: FUTURE },
  { en: 'next week', fr: 'la semaine prochaine', tenses: FUTURE },
  { en: 'next month', fr: 'le mois prochain', tenses: FUTURE },
  { en: 'next year', fr: "l' année prochaine", tenses: FUTURE },
  { en: 'soon', fr: 'bientôt', tenses: FUTURE },
  { en: 'later', fr: 'plus tard', tenses: FUTURE },
  { en: 'in the summer', fr: 'en été', tenses: ANY },
  { en: 'in the winter', fr: 'en hiver', tenses: ANY },
  { en: 'in the autumn', fr: 'en automne', tenses: ANY },
  { en: 'in the spring', fr: 'au printemps', tenses: ANY },
  ...DAYS.flatMap(dayWords),
  ...MONTHS.map(monthWord),
];

/** The time words that fit a tense. */
export function timeWordsFor(tense: Tense): TimeWord[] {
  return TIME_WORDS.filter((t) => t.tenses.includes(tense));
}
