/**
 * Sentences about people named by name: "Alice didn't cross the street because she was too
 * tired" ↔ "Alice n'a pas traversé la rue parce qu'elle était trop fatiguée". The corpus writes
 * name slots (names.ts), which the model learns to copy; the page puts the typed names back.
 * Three kinds:
 * - the "it" frames with a person as the one who acts ("… because she was too slow" names her;
 *   "… because it was too fast" names the other);
 * - a sentence of another family whose subject pronoun (he, she) becomes a name, keeping any
 *   later pronoun that refers back to it ("<name-f1> ate the cake because she was hungry");
 * - greetings and thanks to someone ("thanks , <name-m1>" ↔ "merci , <name-m1>").
 */
import type { Random } from '../../engine';
import { chance, pick, weighted } from '../choice';
import type { Noun } from '../lexicon/nouns';
import { nameSlot, SLOTS_PER_GENDER } from '../names';
import type { Gender, SentencePair } from '../types';
import { itSentence, randomItSpec } from './it';
import { IT_FRAMES } from './itFrames';

/** A person standing for a frame's agent: living, so that "tired" or "slow" fits. */
function person(slot: string, gender: Gender): Noun {
  return {
    en: { singular: slot, plural: slot },
    fr: { singular: slot, plural: slot },
    gender,
    kinds: ['person', 'animal'],
  };
}

const randomGender = (random: Random): Gender => (chance(random, 0.5) ? 'f' : 'm');
const randomSlot = (random: Random, gender: Gender) =>
  nameSlot(gender, chance(random, 0.75) ? 0 : SLOTS_PER_GENDER - 1);

/** Frames where a person can be the one who acts. */
const PERSON_FRAMES = IT_FRAMES.filter((f) =>
  ['cross', 'catch', 'follow', 'carry'].includes(f.name),
);

function namedItSentence(random: Random): SentencePair {
  const { spec } = randomItSpec(random, PERSON_FRAMES);
  const gender = randomGender(random);
  const slot = randomSlot(random, gender);
  const pair = itSentence({
    ...spec,
    agent: person(slot, gender),
    agentName: slot,
    shape: spec.shape === 'passive' ? 'reason-last' : spec.shape,
    plural: false,
  });
  const tags = pair.tags.filter((tag) => !tag.startsWith('it'));
  return { ...pair, tags: ['name', ...tags], coreference: undefined };
}

const SUBJECT_PRONOUNS: Readonly<Record<string, { fr: string; gender: Gender }>> = {
  he: { fr: 'il', gender: 'm' },
  she: { fr: 'elle', gender: 'f' },
};

/** Elided words and their whole form. */
const UNELIDED: Readonly<Record<string, string>> = {
  "qu'": 'que',
  "n'": 'ne',
  "d'": 'de',
  "j'": 'je',
  "s'": 'si',
};

/**
 * The pair with its first he / she, and the il / elle aligned to it, written as a name slot; the
 * pair unchanged when it has none.
 */
export function nameTheSubject(pair: SentencePair, slot: (gender: Gender) => string): SentencePair {
  const at = pair.en.findIndex((word) => word in SUBJECT_PRONOUNS);
  if (at < 0) return pair;
  const { fr, gender } = SUBJECT_PRONOUNS[pair.en[at]];
  const frAt = pair.alignment.find(([i, j]) => i === at && pair.fr[j] === fr)?.[1];
  if (frAt === undefined) return pair;
  const name = slot(gender);
  // "qu'elle" was elided before the pronoun's vowel; before a name the corpus writes the word
  // whole ("est-ce que <name-f1>"), and the page elides it for a name that starts with a vowel.
  const unelided = UNELIDED[pair.fr[frAt - 1]];
  return {
    ...pair,
    en: pair.en.map((word, i) => (i === at ? name : word)),
    fr: pair.fr.map((word, j) =>
      j === frAt ? name : j === frAt - 1 && unelided ? unelided : word,
    ),
    tags: [...new Set(['name', ...pair.tags.filter((tag) => tag !== 'pronoun')])].sort(),
  };
}

/** "hello , <name>" and the like: the greeting, a comma, the name, as the set phrases say it. */
const GREETINGS: readonly { en: string; fr: string }[] = [
  { en: 'hello', fr: 'bonjour' },
  { en: 'thanks', fr: 'merci' },
  { en: 'goodbye', fr: 'au revoir' },
  { en: 'good night', fr: 'bonne nuit' },
];

function greeting(random: Random): SentencePair {
  const { en, fr } = pick(random, GREETINGS);
  const slot = randomSlot(random, randomGender(random));
  const enWords = [...en.split(' '), ',', slot];
  const frWords = [...fr.split(' '), ',', slot];
  const enPhrase = en.split(' ').length;
  const frPhrase = fr.split(' ').length;
  const alignment: [number, number][] = [];
  for (let i = 0; i < enPhrase; i++) for (let j = 0; j < frPhrase; j++) alignment.push([i, j]);
  alignment.push([enPhrase, frPhrase], [enPhrase + 1, frPhrase + 1]);
  return { en: enWords, fr: frWords, alignment, tags: ['name', 'phrase:greeting'] };
}

/** A sentence with a name, from `others` (the other families) when it is a pronoun sentence. */
export function namesSentence(random: Random, others: () => SentencePair): SentencePair {
  const kind = weighted(random, { it: 0.4, subject: 0.45, greeting: 0.15 });
  if (kind === 'it') return namedItSentence(random);
  if (kind === 'greeting') return greeting(random);
  for (let attempt = 0; attempt < 50; attempt++) {
    const named = nameTheSubject(others(), (gender) => randomSlot(random, gender));
    if (named.tags.includes('name')) return named;
  }
  return namedItSentence(random);
}
