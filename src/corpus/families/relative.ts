/**
 * A noun with a relative clause, as the subject of a state: "the dog that ate the cake is
 * happy" ↔ "le chien qui a mangé le gâteau est heureux" (the noun does the action), or "the
 * apple that the dog ate was sweet" ↔ "la pomme que le chien a mangée était sucrée" (the noun
 * undergoes it, and the French participle agrees with it, as it comes before the verb).
 */
import type { Random } from '../../engine';
import { chance, pick, weighted } from '../choice';
import { randomSubject, type Subject } from '../clause';
import { adjectivesFor } from '../lexicon/adjectives';
import { nounsOf } from '../lexicon/nouns';
import { agreeParticiple, VERBS } from '../lexicon/verbs';
import { nounPhrase } from '../noun-phrase';
import { finishPair, prefixed, sequence, unit, type Phrase } from '../phrase';
import { ACTING, randomObject, stateClause, verbsFor } from '../simple-clause';
import { takesTense, tenseTags, verbForms, type Tense } from '../tense';
import type { SentencePair } from '../types';
import { fitting } from './fitting';

/** "the dog" + "that ate the cake" ↔ "le chien" + "qui a mangé le gâteau". */
export function doerRelative(random: Random, tense: Tense, negation: boolean): Subject {
  const head = randomSubject(random, ACTING, 0);
  const verb = pick(
    random,
    verbsFor(head.kinds).filter((v) => takesTense(v, tense)),
  );
  const object = randomObject(random, verb, head, negation);
  const forms = verbForms(verb, head.person, tense, negation);
  const relative = prefixed(
    sequence(unit('that', 'qui', 'relative'), { en: forms.en, fr: forms.fr }, object),
    'relative',
  );
  return {
    ...head,
    en: [...head.en, ...relative.en],
    fr: [...head.fr, ...relative.fr],
    tags: [...head.tags, 'relative:subject'],
  };
}

/** "the apple" + "that the dog ate" ↔ "la pomme" + "que le chien a mangée". */
export function undergoerRelative(random: Random, tense: Tense, negation: boolean): Subject {
  const verb = pick(
    random,
    VERBS.filter((v) => takesTense(v, tense) && adjectivesFor(v.objects).length > 0),
  );
  const noun = pick(random, nounsOf(verb.objects));
  const plural = chance(random, 0.5);
  const head = nounPhrase({ noun, plural, determiner: 'the', role: 'subject' });
  const doer = randomSubject(random, verb.subjects, 0.3);
  const forms = verbForms(verb, doer.person, tense, negation);
  // The participle agrees with the object that precedes it: "la pomme que le chien a mangée".
  const fr = forms.fr.map((w) =>
    tense === 'past' && w.text === verb.fr.participle
      ? { ...w, text: agreeParticiple(w.text, noun.gender, plural) }
      : w,
  );
  const relative = prefixed(
    sequence(unit('that', 'que', 'relative'), doer, { en: forms.en, fr }),
    'relative',
  );
  return {
    en: [...head.en, ...relative.en],
    fr: [...head.fr, ...relative.fr],
    person: plural ? 5 : 2,
    gender: noun.gender,
    plural,
    kinds: noun.kinds,
    noun,
    tags: ['relative:object', ...(head.reordered ? ['reorder'] : [])],
  };
}

function relativeOnce(random: Random): SentencePair {
  const mainTense = weighted(random, { present: 0.5, past: 0.35, future: 0.15 });
  // What was is not said of what is going to happen: no "the dog that is going to eat … was".
  const innerTense = weighted<Tense>(random, {
    present: 0.2,
    past: 0.5,
    imparfait: 0.1,
    future: mainTense === 'past' ? 0 : 0.2,
  });
  const innerNegation = chance(random, 0.2);
  const subject = chance(random, 0.5)
    ? doerRelative(random, innerTense, innerNegation)
    : undergoerRelative(random, innerTense, innerNegation);
  const main = stateClause(random, subject, { tense: mainTense, negation: chance(random, 0.2) });
  const end: Phrase = chance(random, 0.3) ? unit('.', '.', 'end') : sequence();
  return finishPair(sequence(main, end), [
    'relative',
    ...main.tags,
    ...(innerNegation ? ['negation'] : []),
    ...tenseTags(innerTense),
  ]);
}

export function relativeSentence(random: Random): SentencePair {
  return fitting(() => relativeOnce(random));
}
