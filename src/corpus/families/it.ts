/**
 * The post's sentence and its family: "the animal didn't cross the street because it was too
 * tired" ↔ "l'animal n'a pas traversé la rue parce qu'il était trop fatigué". Whom "it" names
 * shows only in the reason, and French must say it: il or elle by the antecedent's gender, the
 * adjective agreeing with it. The family is built on the frames of itFrames.ts, in several
 * shapes so that the antecedent is found by meaning, not by place:
 * - reason last: "the dog didn't catch the cat because it was too slow";
 * - reason first: "because it was too slow , the dog didn't catch the cat";
 * - passive: "the cat wasn't caught by the dog because it was too fast";
 * with plurals ("they" ↔ ils / elles), a place as a third noun, present or past.
 * Each pair records where the pronoun and its candidates are, and the English of its twin: the
 * same sentence with a reason about the other candidate.
 */
import type { Random } from '../../engine';
import { chance, pick, weighted } from '../choice';
import { negateFrench, randomLocation } from '../clause';
import { agree, type Adjective } from '../lexicon/adjectives';
import type { Noun } from '../lexicon/nouns';
import { nounPhrase } from '../noun-phrase';
import { finishPair, sequence, unit, word, type Phrase, type Word } from '../phrase';
import type { Coreference, Gender, SentencePair } from '../types';
import { IT_FRAMES, type ItFrame, type ItRole } from './itFrames';

export type Degree = 'too' | 'very' | 'none';
export type ItShape = 'reason-last' | 'reason-first' | 'passive';

export interface ItSentenceSpec {
  frame: ItFrame;
  agent: Noun;
  patient: Noun;
  /** Whom the reason is about. */
  role: ItRole;
  adjective: Adjective;
  negated: boolean;
  shape: ItShape;
  plural: boolean;
  tense: 'past' | 'present';
  degree: Degree;
  /** A place after the main clause: "… the cat in the garden because …". */
  place?: Phrase;
  /**
   * A person's name slot (names.ts) standing for the agent, of the agent noun's gender: "<name-f1>
   * didn't cross the street because she was too tired". Not with the passive or plurals.
   */
  agentName?: string;
  fullStop: boolean;
}

const other = (role: ItRole): ItRole => (role === 'agent' ? 'patient' : 'agent');

/** "didn't catch" ↔ "n'a pas attrapé", "fits in" ↔ "tient dans", "wasn't caught by" ↔ "n'a pas été attrapé par". */
function verbPhrase(spec: ItSentenceSpec, subject: Noun): Phrase {
  const { frame, negated, plural, tense } = spec;
  const { en, fr, preposition } = frame.verb;
  const past = tense === 'past';
  const n = plural ? 1 : 0;
  const negate = (words: Word[]) => (negated ? negateFrench(words) : words);
  if (spec.shape === 'passive') {
    const be = past ? (plural ? 'were' : 'was') : plural ? 'are' : 'is';
    const frBe = past
      ? [word(plural ? 'ont' : 'a', 'passive'), word('été', 'passive')]
      : [word(plural ? 'sont' : 'est', 'passive')];
    const participle = participleAgreeing(fr.participle, subject.gender, plural);
    return {
      en: [
        word(negated ? `${be}n't` : be, 'passive', ...(negated ? ['negation'] : [])),
        word(en.participle, 'verb'),
        word('by', 'by'),
      ],
      fr: [...negate(frBe), word(participle, 'verb'), word('par', 'by')],
    };
  }
  const enVerb = negated
    ? [
        word(past ? "didn't" : plural ? "don't" : "doesn't", 'negation', ...(past ? ['aux'] : [])),
        word(en.base, 'verb'),
      ]
    : [word(past ? en.past : plural ? en.base : en.third, 'verb', ...(past ? ['aux'] : []))];
  const frVerb =
    past && !fr.imparfait
      ? [word(plural ? 'ont' : 'a', 'aux'), word(fr.participle, 'verb')]
      : [
          word(
            (past && fr.imparfait ? fr.imparfait : fr.present)[n],
            'verb',
            ...(past ? ['aux'] : []),
          ),
        ];
  const prep = preposition ? [unit(preposition.en, preposition.fr, 'preposition')] : [];
  return sequence({ en: enVerb, fr: negate(frVerb) }, ...prep);
}

/** A passive participle agrees with its subject: attrapé, attrapée, attrapés, attrapées. */
function participleAgreeing(participle: string, gender: Gender, plural: boolean): string {
  const feminine = gender === 'f' ? 'e' : '';
  const many = plural && !(feminine === '' && participle.endsWith('s')) ? 's' : '';
  return `${participle}${feminine}${many}`;
}

/** "because it was too tired" ↔ "parce qu'il était trop fatigué", agreeing with the antecedent. */
function reasonPhrase(spec: ItSentenceSpec, antecedent: Noun): Phrase {
  const { plural, degree, tense, adjective } = spec;
  const past = tense === 'past';
  const person = spec.agentName !== undefined && spec.role === 'agent';
  const personal = antecedent.gender === 'f' ? 'she' : 'he';
  const enPronoun = plural ? 'they' : person ? personal : 'it';
  const frPronoun = (antecedent.gender === 'm' ? 'il' : 'elle') + (plural ? 's' : '');
  const enBe = past ? (plural ? 'were' : 'was') : plural ? 'are' : 'is';
  const frBe = past ? (plural ? 'étaient' : 'était') : plural ? 'sont' : 'est';
  return sequence(
    unit('because', 'parce que', 'because'),
    unit(enPronoun, frPronoun, 'it'),
    unit(enBe, frBe, 'reason.verb'),
    degree === 'none' ? sequence() : unit(degree, degree === 'too' ? 'trop' : 'très', 'degree'),
    {
      en: [word(adjective.en, 'reason.adjective')],
      fr: [word(agree(adjective, antecedent.gender, plural), 'reason.adjective')],
    },
  );
}

export function itSentence(spec: ItSentenceSpec): SentencePair {
  const { agent, patient, role, plural } = spec;
  const passive = spec.shape === 'passive';
  const [subjectNoun, objectNoun] = passive ? [patient, agent] : [agent, patient];
  const subject =
    spec.agentName !== undefined && !passive
      ? unit(spec.agentName, spec.agentName, 'subject.noun')
      : nounPhrase({ noun: subjectNoun, plural, determiner: 'the', role: 'subject' });
  const object = nounPhrase({ noun: objectNoun, plural, determiner: 'the', role: 'object' });
  const main = sequence(subject, verbPhrase(spec, subjectNoun), object, spec.place ?? sequence());
  const antecedent = role === 'agent' ? agent : patient;
  const reason = reasonPhrase(spec, antecedent);
  const end = spec.fullStop ? unit('.', '.', 'end') : sequence();
  const phrase =
    spec.shape === 'reason-first'
      ? sequence(reason, unit(',', ',', 'comma'), main, end)
      : sequence(main, reason, end);
  const kindTag = `it:${role}`;
  const pair = finishPair(phrase, [
    'it',
    kindTag,
    `it:${spec.frame.name}`,
    `it:${spec.shape}`,
    ...(spec.negated ? ['negation'] : []),
    ...(spec.tense === 'past' ? ['past'] : []),
    ...(plural ? ['plural'] : []),
    ...(spec.place ? ['location'] : []),
    ...(agent.gender !== patient.gender ? ['it:genders-differ'] : []),
  ]);
  const antecedentRole = (role === 'agent') !== passive ? 'subject' : 'object';
  return { ...pair, coreference: coreferenceOf(phrase, pair, `${antecedentRole}.noun`, spec) };
}

/** Where the pronoun, its antecedent and the other nouns are, on both sides; the twin comes later. */
function coreferenceOf(
  phrase: Phrase,
  pair: SentencePair,
  antecedentLink: string,
  spec: ItSentenceSpec,
): Coreference {
  // English spelling only turns "a" into "an", so the words keep their places.
  const enIndex = (link: string) => phrase.en.findIndex((w) => w.links.includes(link));
  const frOf = (enIndexValue: number) => {
    const link = pair.alignment.find(([i]) => i === enIndexValue);
    if (!link) throw new Error(`word ${enIndexValue} is not aligned in: ${pair.en.join(' ')}`);
    return link[1];
  };
  const candidates = ['subject.noun', 'object.noun', 'place.noun']
    .map(enIndex)
    .filter((i) => i >= 0);
  const pronoun = enIndex('it');
  const antecedent = enIndex(antecedentLink);
  return {
    role: spec.role,
    en: { pronoun, antecedent, candidates },
    fr: { pronoun: frOf(pronoun), antecedent: frOf(antecedent), candidates: candidates.map(frOf) },
    twin: { en: [], fr: [] },
  };
}

/** The reasons that fit the frame's polarity, role and nouns. */
function reasonsFor(frame: ItFrame, negated: boolean, role: ItRole, noun: Noun): Adjective[] {
  const reasons = negated ? frame.reasons.negated : frame.reasons.positive;
  if (!reasons) return [];
  return reasons[role].filter(
    (a) => a.appliesTo.length === 0 || a.appliesTo.some((k) => noun.kinds.includes(k)),
  );
}

/** A random sentence of the family, as a spec, from the frames given (all by default). */
export function randomItSpec(
  random: Random,
  frames: readonly ItFrame[] = IT_FRAMES,
): { spec: ItSentenceSpec; twinAdjective: Adjective } {
  const weights = Object.fromEntries(frames.map((f) => [f.name, f.weight]));
  const frame = frames.find((f) => f.name === weighted(random, weights)) ?? frames[0];
  const agent = pick(random, frame.agents);
  const patient = pick(
    random,
    frame.patients.filter((n) => n.en.singular !== agent.en.singular),
  );
  const negated = !frame.reasons.positive || chance(random, 0.7);
  const role: ItRole = chance(random, 0.5) ? 'agent' : 'patient';
  const choices = reasonsFor(frame, negated, role, role === 'agent' ? agent : patient);
  const twinChoices = reasonsFor(frame, negated, other(role), role === 'agent' ? patient : agent);
  const shape: ItShape = weighted(random, {
    'reason-last': 0.55,
    'reason-first': 0.25,
    passive: frame.verb.passive ? 0.2 : 0,
  });
  const spec: ItSentenceSpec = {
    frame,
    agent,
    patient,
    role,
    adjective: pick(random, choices),
    negated,
    shape,
    plural: chance(random, 0.15),
    tense: chance(random, 0.7) ? 'past' : 'present',
    degree: negated
      ? weighted(random, { too: 0.6, very: 0.2, none: 0.2 })
      : weighted(random, { very: 0.3, none: 0.7 }),
    place: chance(random, 0.15) ? randomLocation(random, [agent, patient]) : undefined,
    fullStop: chance(random, 0.3),
  };
  return { spec, twinAdjective: pick(random, twinChoices) };
}

export function randomItSentence(random: Random): SentencePair {
  const { spec, twinAdjective } = randomItSpec(random);
  const pair = itSentence(spec);
  const twin = itSentence({ ...spec, role: other(spec.role), adjective: twinAdjective });
  if (!pair.coreference) throw new Error('an "it" sentence without its coreference');
  return { ...pair, coreference: { ...pair.coreference, twin: { en: twin.en, fr: twin.fr } } };
}
