/**
 * The post's sentence and its family: "the animal didn't cross the street because it was too
 * tired" ↔ "l'animal n'a pas traversé la rue parce qu'il était trop fatigué". Whether "it" is
 * the animal or the street shows only in the adjective, and French must say it: il or elle by
 * the antecedent's gender, and the adjective agreeing with it (fatigué / fatiguée). Half the
 * sentences are of the "tired" kind (the animal), half of the "wide" kind (the obstacle).
 */
import type { Random } from '../../engine/random';
import { chance, pick, weighted } from '../choice';
import { agree, ADJECTIVES, type Adjective, type ItKind } from '../lexicon/adjectives';
import { ANIMALS, OBSTACLES, type Noun } from '../lexicon/nouns';
import { negateFrench } from '../clause';
import { verbNamed } from '../lexicon/verbs';
import { nounPhrase } from '../noun-phrase';
import { finishPair, sequence, unit, word, type Phrase } from '../phrase';
import type { SentencePair } from '../types';

export type Degree = 'too' | 'very' | 'none';

export interface ItSentenceSpec {
  animal: Noun;
  obstacle: Noun;
  adjective: Adjective;
  tense: 'past' | 'present';
  degree: Degree;
  fullStop: boolean;
}

const CROSS = verbNamed('cross');

export function itSentence(spec: ItSentenceSpec): SentencePair {
  const { animal, obstacle, adjective, tense, degree } = spec;
  const kind = adjective.it;
  if (!kind) throw new Error(`"${adjective.en}" cannot end an "it" sentence`);
  const antecedent = kind === 'tired' ? animal : obstacle;
  const subject = nounPhrase({ noun: animal, plural: false, determiner: 'the', role: 'subject' });
  const object = nounPhrase({ noun: obstacle, plural: false, determiner: 'the', role: 'object' });
  const past = tense === 'past';

  const verb: Phrase = past
    ? {
        en: [word("didn't", 'negation', 'aux'), word(CROSS.en.base, 'verb')],
        fr: negateFrench([word('a', 'aux'), word(CROSS.fr.participle, 'verb')]),
      }
    : {
        en: [word("doesn't", 'negation'), word(CROSS.en.base, 'verb')],
        fr: negateFrench([word(CROSS.fr.present[2], 'verb')]),
      };
  const degreeWords =
    degree === 'none' ? sequence() : unit(degree, degree === 'too' ? 'trop' : 'très', 'degree');
  const reason = sequence(
    unit('because', 'parce que', 'because'),
    unit('it', antecedent.gender === 'm' ? 'il' : 'elle', 'it'),
    unit(past ? 'was' : 'is', past ? 'était' : 'est', 'reason.verb'),
    degreeWords,
    {
      en: [word(adjective.en, 'reason.adjective')],
      fr: [word(agree(adjective, antecedent.gender, false), 'reason.adjective')],
    },
    spec.fullStop ? unit('.', '.', 'end') : sequence(),
  );
  return finishPair(sequence(subject, verb, object, reason), [
    'it',
    `it:${kind}`,
    'negation',
    ...(past ? ['past'] : []),
  ]);
}

/** Adjectives that make an "it" sentence of this kind about this noun. */
function itAdjectives(kind: ItKind, noun: Noun): Adjective[] {
  return ADJECTIVES.filter((a) => a.it === kind && a.appliesTo.some((k) => noun.kinds.includes(k)));
}

export function randomItSentence(random: Random): SentencePair {
  const kind: ItKind = chance(random, 0.5) ? 'tired' : 'wide';
  const animal = pick(random, ANIMALS);
  const obstacle = pick(random, OBSTACLES);
  const adjective = pick(random, itAdjectives(kind, kind === 'tired' ? animal : obstacle));
  return itSentence({
    animal,
    obstacle,
    adjective,
    tense: chance(random, 0.6) ? 'past' : 'present',
    degree: weighted(random, { too: 0.6, very: 0.2, none: 0.2 }),
    fullStop: chance(random, 0.3),
  });
}
