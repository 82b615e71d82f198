/**
 * The passive, where the thing acted on comes first: "the cake was eaten by the dog" ↔ "le
 * gâteau a été mangé par le chien", "the apples are eaten by the cats" ↔ "les pommes sont
 * mangées par les chats". The French participle agrees with the subject.
 */
import type { Random } from '../../engine';
import { chance, pick, weighted } from '../choice';
import { frame, randomSubject } from '../clause';
import { adjectivesFor } from '../lexicon/adjectives';
import { nounsOf } from '../lexicon/nouns';
import { agreeParticiple, AVOIR, ETRE_PRESENT, VERBS } from '../lexicon/verbs';
import { nounPhrase } from '../noun-phrase';
import { finishPair, prefixed, sequence, unit, word, type Phrase } from '../phrase';
import { englishBeOf, tenseTags } from '../tense';
import type { SentencePair } from '../types';

/** Verbs whose passive reads naturally: not "have", "want" or "like". */
const PASSIVE_VERBS = VERBS.filter((v) => !['have', 'want', 'like', 'love'].includes(v.en.base));

export function passiveSentence(random: Random): SentencePair {
  const verb = pick(random, PASSIVE_VERBS);
  const noun = pick(random, nounsOf(verb.objects));
  const plural = chance(random, 0.35);
  const adjectives = adjectivesFor(noun.kinds);
  const adjective = chance(random, 0.2) ? pick(random, adjectives) : undefined;
  const subject = nounPhrase({ noun, plural, determiner: 'the', adjective, role: 'subject' });
  let doer = randomSubject(random, verb.subjects, 0);
  while (doer.noun === noun) doer = randomSubject(random, verb.subjects, 0);
  const by = sequence(unit('by', 'par', 'by'), prefixed(doer, 'doer'));
  const tense = weighted(random, { present: 0.35, past: 0.65 });
  const negated = chance(random, 0.2);
  const person = plural ? 5 : 2;
  const participle = word(agreeParticiple(verb.fr.participle, noun.gender, plural), 'verb');
  const enBe = word(englishBeOf(person, tense === 'past'), 'be');
  const enVerb = [
    enBe,
    ...(negated ? [word('not', 'negation')] : []),
    word(verb.en.participle, 'verb'),
  ];
  // The past of the passive is a passé composé of "être": "a été mangé".
  const frBe =
    tense === 'past'
      ? [word(AVOIR[person], 'be'), word('été', 'be')]
      : [word(ETRE_PRESENT[person], 'be')];
  const frVerb = negated
    ? [word('ne', 'negation'), frBe[0], word('pas', 'negation'), ...frBe.slice(1), participle]
    : [...frBe, participle];
  const body: Phrase = {
    en: [...subject.en, ...enVerb, ...by.en],
    fr: [...subject.fr, ...frVerb, ...by.fr],
  };
  const { phrase, tags } = frame(random, body, negated, false);
  return finishPair(phrase, [
    'passive',
    ...tags,
    ...tenseTags(tense),
    ...(negated ? ['negation'] : []),
    ...(subject.reordered || doer.tags.includes('reorder') ? ['reorder'] : []),
  ]);
}
