/**
 * Questions with who, what, where and when, in any tense:
 * "who ate the cake ?" ↔ "qui a mangé le gâteau ?",
 * "what did the cat eat ?" ↔ "qu'est-ce que le chat a mangé ?",
 * "when is the dog going to cross the street ?" ↔ "quand est-ce que le chien va traverser la rue ?",
 * "where is the dog ?" ↔ "où est le chien ?".
 */
import type { Random } from '../../engine';
import { chance, pick, weighted } from '../choice';
import { randomSubject } from '../clause';
import { nounsOf } from '../lexicon/nouns';
import { VERBS } from '../lexicon/verbs';
import { nounPhrase } from '../noun-phrase';
import { finishPair, sequence, unit, word, type Phrase, type Word } from '../phrase';
import { randomObject } from '../simple-clause';
import { beForms, takesTense, tenseTags, TENSES, verbForms, type Tense } from '../tense';
import type { SentencePair } from '../types';
import { fitting } from './fitting';

const QUESTION_MARK = unit('?', '?', 'end');

/** "who ate the cake ?" ↔ "qui a mangé le gâteau ?": the asker of the doer, said as "he". */
function whoQuestion(random: Random, tense: Tense, negation: boolean): Phrase {
  const verb = pick(
    random,
    VERBS.filter((v) => v.subjects.includes('person') && takesTense(v, tense)),
  );
  const object = randomObject(random, verb, undefined, negation);
  const forms = verbForms(verb, 2, tense, negation);
  return sequence(unit('who', 'qui', 'who'), { en: forms.en, fr: forms.fr }, object, QUESTION_MARK);
}

/** The words before the subject: "what" ↔ "qu'est-ce que", "when" ↔ "quand est-ce que". */
function opener(en: string, fr: string): Phrase {
  const link = `ask.${en}`;
  const french: Word[] = [...fr.split(' ').map((w) => word(w, link)), word('est-ce'), word('que')];
  return { en: [word(en, link)], fr: french };
}

/** "what did the cat eat ?", or "when / where did the cat eat the cake ?". */
function askedAction(random: Random, tense: Tense): Phrase {
  const which = weighted(random, { what: 0.5, when: 0.25, where: 0.25 });
  const verb = pick(
    random,
    VERBS.filter((v) => takesTense(v, tense)),
  );
  const subject = randomSubject(random, verb.subjects, 0.3);
  const forms = verbForms(verb, subject.person, tense, false);
  // "what" stands for the object: no object follows the verb.
  const object = which === 'what' ? sequence() : randomObject(random, verb, subject, false);
  const open =
    which === 'what' ? opener('what', 'que') : opener(which, which === 'when' ? 'quand' : 'où');
  return {
    en: [
      ...open.en,
      forms.enAsked,
      ...subject.en,
      ...forms.enAfterSubject,
      ...object.en,
      ...QUESTION_MARK.en,
    ],
    fr: [...open.fr, ...subject.fr, ...forms.fr, ...object.fr, ...QUESTION_MARK.fr],
  };
}

/** "where is the dog ?" ↔ "où est le chien ?", "where were the keys ?" ↔ "où étaient les clés ?". */
function whereIs(random: Random): Phrase {
  const noun = pick(random, nounsOf(['animal', 'person', 'food', 'thing', 'vehicle', 'machine']));
  const plural = chance(random, 0.35);
  const subject = nounPhrase({ noun, plural, determiner: 'the', role: 'subject' });
  const tense = chance(random, 0.3) ? 'past' : 'present';
  const be = beForms(plural ? 5 : 2, tense, false);
  return sequence(unit('where', 'où', 'where'), { en: be.en, fr: be.fr }, subject, QUESTION_MARK);
}

function whOnce(random: Random): SentencePair {
  const kind = weighted(random, { who: 0.3, asked: 0.5, whereIs: 0.2 });
  if (kind === 'whereIs') return finishPair(whereIs(random), ['wh', 'wh:where', 'question']);
  const tense = pick(random, TENSES);
  // Only "who" is asked negated here: "who didn't eat the cake ?" ↔ "qui n'a pas mangé le gâteau ?".
  const negation = kind === 'who' && chance(random, 0.2);
  const body = kind === 'who' ? whoQuestion(random, tense, negation) : askedAction(random, tense);
  return finishPair(body, [
    'wh',
    'question',
    `wh:${body.en[0].text}`,
    ...tenseTags(tense),
    ...(negation ? ['negation'] : []),
  ]);
}

export function whSentence(random: Random): SentencePair {
  return fitting(() => whOnce(random));
}
