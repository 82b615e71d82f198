/**
 * Which kind of word an unknown word plays, guessed from the known words beside it: after "the"
 * a noun, after "very" an adjective, after "she" a verb. A few clear rules, tried in order; when
 * none applies there is no guess and suggestions are by spelling alone.
 */
import type { Language } from '../engine';
import type { WordKind, WordKinds } from './wordKinds';

/** The kinds of the word before the unknown one and of the word after it (empty: none, or unknown). */
interface Neighbours {
  before: ReadonlySet<WordKind>;
  after: ReadonlySet<WordKind>;
  language: Language;
}

interface KindRule {
  applies: (n: Neighbours) => boolean;
  guess: WordKind[];
}

const any = (kinds: ReadonlySet<WordKind>, ...wanted: WordKind[]) =>
  wanted.some((kind) => kinds.has(kind));

/** Words that open a noun phrase: "the", "my", "two"; "le", "mon", "deux". */
const opensNounPhrase = (kinds: ReadonlySet<WordKind>) => any(kinds, 'determiner', 'number');

/** Words that start what follows a verb: its object or a place. */
const startsObject = (kinds: ReadonlySet<WordKind>) =>
  any(kinds, 'determiner', 'number', 'preposition', 'pronoun', 'time');

const KIND_RULES: readonly KindRule[] = [
  // Between a determiner and a noun, a word describes the noun: "the X cat", "un X chat".
  { applies: (n) => opensNounPhrase(n.before) && n.after.has('noun'), guess: ['adjective'] },
  // Otherwise a determiner or a number is followed by its noun: "the X", "my X", "two X".
  { applies: (n) => opensNounPhrase(n.before), guess: ['noun'] },
  // "very X", "too X", "très X": only an adjective takes a degree.
  { applies: (n) => n.before.has('degree'), guess: ['adjective'] },
  // After a form of "to be" the sentence says what the subject is like: "it is X", "elle est X".
  { applies: (n) => n.before.has('be'), guess: ['adjective'] },
  // A subject pronoun is followed by its verb: "she X", "ils X".
  { applies: (n) => n.before.has('subject'), guess: ['verb'] },
  // "to X", "didn't X", "will X", "a X" (avoir), "va X": a helper is followed by a verb.
  { applies: (n) => any(n.before, 'infinitive', 'auxiliary'), guess: ['verb'] },
  // An adjective before the word: "a big X", "un petit X".
  { applies: (n) => n.before.has('adjective'), guess: ['noun'] },
  // A noun followed by an object: "the cat X on the mat", "le chat X le lait".
  { applies: (n) => n.before.has('noun') && startsObject(n.after), guess: ['verb'] },
  // A noun at the end of its phrase: in French an adjective follows it ("le chat X ."),
  { applies: (n) => n.before.has('noun') && n.language === 'fr', guess: ['adjective'] },
  // in English its verb does ("the cat X .").
  { applies: (n) => n.before.has('noun'), guess: ['verb'] },
  // A verb or a preposition is followed by a noun: "i like X", "in X".
  { applies: (n) => any(n.before, 'verb', 'preposition'), guess: ['noun'] },
  // Before a verb, with nothing known before: the subject, "X eat apples".
  { applies: (n) => any(n.after, 'verb', 'be', 'auxiliary'), guess: ['noun'] },
];

const NONE: ReadonlySet<WordKind> = new Set();

/**
 * The kinds each unknown word of `words` (at `unknownPlaces`) probably plays, null where no rule
 * applies. Words are read left to right, so an unknown word before another counts as the kind
 * guessed for it ("the catt X on" still reads X after a noun). "not", "ne" and "pas" are looked
 * past: "is not X" reads like "is X".
 */
export function guessKinds(
  words: readonly string[],
  unknownPlaces: readonly number[],
  kinds: WordKinds,
  language: Language,
): Map<number, WordKind[] | null> {
  const guesses = new Map<number, WordKind[] | null>();
  const unknown = new Set(unknownPlaces);
  const kindsAt = (place: number): ReadonlySet<WordKind> => {
    if (unknown.has(place)) return new Set(guesses.get(place) ?? []);
    const word = words[place];
    return word === undefined ? NONE : (kinds.get(word) ?? NONE);
  };
  for (const place of [...unknown].sort((a, b) => a - b)) {
    let before = place - 1;
    while (before >= 0 && kindsAt(before).has('negation')) before--;
    const neighbours: Neighbours = {
      before: kindsAt(before),
      after: unknown.has(place + 1) ? NONE : kindsAt(place + 1),
      language,
    };
    guesses.set(place, KIND_RULES.find((rule) => rule.applies(neighbours))?.guess ?? null);
  }
  return guesses;
}
