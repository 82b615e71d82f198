/**
 * Sentences with "to be": an adjective that agrees with its subject ("she is tired" ↔ "elle est
 * fatiguée"), a place ("the cat is in the garden" ↔ "le chat est dans le jardin"), or a
 * profession, which French says without an article ("i am a student" ↔ "je suis étudiant").
 */
import type { Random } from '../../engine';
import { pick, weighted } from '../choice';
import { frame, frenchQuestion, randomLocation, randomSubject, type Subject } from '../clause';
import { adjectivesFor, agree } from '../lexicon/adjectives';
import { PROFESSIONS } from '../lexicon/words';
import { finishPair, sequence, unit, word, type Phrase } from '../phrase';
import { beForms, tenseTags } from '../tense';
import type { NounKind, SentencePair } from '../types';

const DESCRIBED: NounKind[] = [
  'animal',
  'person',
  'obstacle',
  'place',
  'food',
  'thing',
  'vehicle',
  'plant',
  'machine',
];

interface Predicate extends Phrase {
  tags: string[];
}

/** Subject, "to be" and predicate, stated, negated or asked, in the present or the past. */
function copulaSentence(
  random: Random,
  subject: Subject,
  predicate: Predicate,
  family: string,
): SentencePair {
  // The past of a state is "was" ↔ "était"; the future "is going to be" ↔ "va être".
  const tense = weighted(random, { present: 0.5, past: 0.35, future: 0.15 });
  const mode = weighted(random, { statement: 0.55, negation: 0.25, question: 0.2 });
  const negated = mode === 'negation';
  const be = beForms(subject.person, tense, negated);
  const frStatement = [...subject.fr, ...be.fr, ...predicate.fr];

  const body: Phrase =
    mode === 'question'
      ? {
          en: [be.enAsked, ...subject.en, ...be.enAfterSubject, ...predicate.en, word('?', 'end')],
          fr: frenchQuestion(frStatement),
        }
      : { en: [...subject.en, ...be.en, ...predicate.en], fr: frStatement };
  const { phrase, tags } = frame(random, body, negated, mode === 'question');
  return finishPair(phrase, [
    family,
    ...subject.tags,
    ...predicate.tags,
    ...tags,
    ...tenseTags(tense),
    ...(negated ? ['negation'] : []),
    ...(mode === 'question' ? ['question'] : []),
  ]);
}

/** "the street is very wide" ↔ "la rue est très large". */
export function adjectiveSentence(random: Random): SentencePair {
  const subject = randomSubject(random, DESCRIBED, 0.3);
  const adjectives = adjectivesFor(subject.kinds).filter(
    (a) => !subject.en.some((w) => w.text === a.en),
  );
  const adjective = pick(random, adjectives);
  const degree = weighted(random, { none: 0.6, very: 0.25, too: 0.15 });
  const degreeWords =
    degree === 'none' ? sequence() : unit(degree, degree === 'very' ? 'très' : 'trop', 'degree');
  const predicate = sequence(degreeWords, {
    en: [word(adjective.en, 'predicate')],
    fr: [word(agree(adjective, subject.gender, subject.plural), 'predicate')],
  });
  return copulaSentence(random, subject, { ...predicate, tags: [] }, 'adjective');
}

/** "the dog was behind the house" ↔ "le chien était derrière la maison". */
export function locationSentence(random: Random): SentencePair {
  const subject = randomSubject(random, [
    'animal',
    'person',
    'food',
    'thing',
    'vehicle',
    'machine',
  ]);
  return copulaSentence(
    random,
    subject,
    { ...randomLocation(random), tags: ['location'] },
    'location',
  );
}

/** "she is a singer" ↔ "elle est chanteuse", "we are not students" ↔ "nous ne sommes pas étudiants". */
export function professionSentence(random: Random): SentencePair {
  const subject = randomSubject(random, ['person'], 0.6);
  const profession = pick(random, PROFESSIONS);
  const { fr } = profession;
  const frWord =
    subject.gender === 'm' ? (subject.plural ? fr.mp : fr.ms) : subject.plural ? fr.fp : fr.fs;
  const predicate: Phrase = subject.plural
    ? { en: [word(profession.en.plural, 'predicate')], fr: [word(frWord, 'predicate')] }
    : {
        en: [word('a'), word(profession.en.singular, 'predicate')],
        fr: [word(frWord, 'predicate')],
      };
  return copulaSentence(random, subject, { ...predicate, tags: [] }, 'profession');
}
