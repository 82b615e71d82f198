/**
 * Subject, verb, object, in the present or the past (passé composé), stated, negated or asked:
 * "the cat ate the red apple" ↔ "le chat a mangé la pomme rouge",
 * "i don't eat apples" ↔ "je ne mange pas de pommes",
 * "did you see the dog ?" ↔ "est-ce que tu as vu le chien ?".
 */
import type { Random } from '../../engine/random';
import { chance, pick, weighted } from '../choice';
import {
  englishDo,
  englishVerb,
  frame,
  frenchAuxiliary,
  frenchQuestion,
  negateFrench,
  randomLocation,
  randomSubject,
  type Tense,
} from '../clause';
import { adjectivesFor } from '../lexicon/adjectives';
import { nounsOf } from '../lexicon/nouns';
import { VERBS } from '../lexicon/verbs';
import { frenchMarksPlural, nounPhrase, type Determiner } from '../noun-phrase';
import { finishPair, sequence, word, type Phrase } from '../phrase';
import type { SentencePair } from '../types';

export function transitiveSentence(random: Random): SentencePair {
  const verb = pick(random, VERBS);
  const subject = randomSubject(random, verb.subjects);
  const tense: Tense = chance(random, 0.5) ? 'past' : 'present';
  const mode = weighted(random, { statement: 0.55, negation: 0.25, question: 0.2 });
  const negated = mode === 'negation';

  const noun = pick(
    random,
    nounsOf(verb.objects).filter((n) => n !== subject.noun),
  );
  const plural = chance(random, 0.4) && (frenchMarksPlural(noun) || !negated);
  const determiner: Determiner = verb.generic
    ? plural
      ? 'generic'
      : 'the'
    : plural
      ? pick(random, ['the', 'some'] as const)
      : pick(random, ['the', 'a'] as const);
  const adjectives = adjectivesFor(noun.kinds);
  const adjective = chance(random, 0.35) ? pick(random, adjectives) : undefined;
  const object = nounPhrase({ noun, plural, determiner, adjective, negated, role: 'object' });
  // A street or a garden is itself a place: "crossed the park in the kitchen" makes no sense.
  const locatable = !noun.kinds.includes('obstacle') && !noun.kinds.includes('place');
  const location = locatable && chance(random, 0.15) ? randomLocation(random, [noun]) : sequence();

  const { person } = subject;
  const past = tense === 'past';
  const frVerb = past
    ? [word(frenchAuxiliary(person), 'aux'), word(verb.fr.participle, 'verb')]
    : [word(verb.fr.present[person], 'verb')];
  const frClause = negated ? negateFrench(frVerb) : frVerb;
  const frStatement = [...subject.fr, ...frClause, ...object.fr, ...location.fr];

  let body: Phrase;
  if (mode === 'question') {
    const doWord = past ? word('did', 'aux') : word(englishDo(person, tense, false));
    body = {
      en: [
        doWord,
        ...subject.en,
        word(verb.en.base, 'verb'),
        ...object.en,
        ...location.en,
        word('?', 'end'),
      ],
      fr: frenchQuestion(frStatement),
    };
  } else {
    // The English past is in one word where French has its auxiliary: "ate" ↔ "a mangé".
    const pastLinks = past ? ['aux'] : [];
    const enVerb = negated
      ? [word(englishDo(person, tense, true), 'negation', ...pastLinks), word(verb.en.base, 'verb')]
      : [word(englishVerb(verb, person, tense), 'verb', ...pastLinks)];
    body = { en: [...subject.en, ...enVerb, ...object.en, ...location.en], fr: frStatement };
  }

  const { phrase, tags } = frame(random, body, negated, mode === 'question');
  return finishPair(phrase, [
    'transitive',
    ...subject.tags,
    ...tags,
    ...(object.reordered ? ['reorder'] : []),
    ...(past ? ['past'] : []),
    ...(negated ? ['negation'] : []),
    ...(mode === 'question' ? ['question'] : []),
    ...(location.en.length > 0 ? ['location'] : []),
  ]);
}
