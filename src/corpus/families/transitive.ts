/**
 * Subject, verb, object, in any of the four tenses, stated, negated or asked, sometimes with a
 * place and a time word:
 * "the cat ate the red apple" ↔ "le chat a mangé la pomme rouge",
 * "i don't eat apples" ↔ "je ne mange pas de pommes",
 * "was the dog watching the bird ?" ↔ "est-ce que le chien regardait l'oiseau ?",
 * "tomorrow , we are going to buy a cake" ↔ "demain , nous allons acheter un gâteau".
 */
import type { Random } from '../../engine';
import { chance, pick, weighted } from '../choice';
import { frame, randomLocation, randomSubject } from '../clause';
import { VERBS } from '../lexicon/verbs';
import { finishPair, sequence, word, type Phrase } from '../phrase';
import { randomObject } from '../simple-clause';
import { randomTimeWord, takesTense, tenseTags, verbForms, type Tense } from '../tense';
import type { SentencePair } from '../types';

export function transitiveSentence(random: Random): SentencePair {
  const verb = pick(random, VERBS);
  const subject = randomSubject(random, verb.subjects);
  const tense = weighted<Tense>(random, {
    present: 0.35,
    past: 0.35,
    imparfait: takesTense(verb, 'imparfait') ? 0.15 : 0,
    future: 0.15,
  });
  const mode = weighted(random, { statement: 0.55, negation: 0.25, question: 0.2 });
  const negated = mode === 'negation';
  const question = mode === 'question';
  const object = randomObject(random, verb, subject, negated);
  const noun = object.noun;
  // A street or a garden is itself a place: "crossed the park in the kitchen" makes no sense.
  const locatable = !noun.kinds.includes('obstacle') && !noun.kinds.includes('place');
  const location = locatable && chance(random, 0.15) ? randomLocation(random, [noun]) : sequence();
  const time = randomTimeWord(random, tense, question ? 0 : 0.2);
  const forms = verbForms(verb, subject.person, tense, negated);

  const frStatement = [...subject.fr, ...forms.fr, ...object.fr, ...location.fr];
  const body: Phrase = question
    ? {
        en: [
          forms.enAsked,
          ...subject.en,
          ...forms.enAfterSubject,
          ...object.en,
          ...location.en,
          word('?', 'end'),
        ],
        fr: [word('est-ce'), word('que'), ...frStatement, word('?', 'end')],
      }
    : sequence(
        time.opening,
        { en: [...subject.en, ...forms.en, ...object.en, ...location.en], fr: frStatement },
        time.closing,
      );

  const { phrase, tags } = frame(random, body, negated, question);
  return finishPair(phrase, [
    'transitive',
    ...subject.tags,
    ...tags,
    ...time.tags,
    ...(object.reordered ? ['reorder'] : []),
    ...tenseTags(tense),
    ...(negated ? ['negation'] : []),
    ...(question ? ['question'] : []),
    ...(location.en.length > 0 ? ['location'] : []),
  ]);
}
