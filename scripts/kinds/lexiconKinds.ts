/**
 * The kind of every word the grammar writes: nouns, adjectives and verb forms from the lexicon
 * (and the "it" sentences' own verbs and adjectives), and the grammar's own small words (articles, "to be", helpers), which the grammar writes inline
 * rather than in a list, from the table below. Only the words of a model's source vocabulary go
 * into its kinds.json.
 */
import { IT_FRAMES } from '../../src/corpus/families/itFrames';
import { ADJECTIVES, type Adjective } from '../../src/corpus/lexicon/adjectives';
import { NOUNS } from '../../src/corpus/lexicon/nouns';
import { TIME_WORDS } from '../../src/corpus/lexicon/time';
import { AVOIR, ETRE_IMPARFAIT, ETRE_PRESENT, VERBS } from '../../src/corpus/lexicon/verbs';
import { NUMBERS, PREPOSITIONS, PRONOUNS, PROFESSIONS } from '../../src/corpus/lexicon/words';
import { SPECIAL_TOKENS } from '../../src/engine/model/config';
import { tokenize, type Language } from '../../src/engine/tokenizer/tokenize';
import { WORD_KINDS, type WordKind, type WordKindsFile } from '../../src/worker/wordKinds';

type Entries = [kind: WordKind, text: string][];

/** The grammar's small words, by kind, as its sentence builders write them. */
const SMALL_WORDS: Record<Language, Partial<Record<WordKind, string>>> = {
  en: {
    determiner: 'the a an this that these those my your his her its our their no some every',
    be: "be am is are was were isn't aren't wasn't weren't i'm you're",
    auxiliary: "do does did don't doesn't didn't will won't going has have had",
    infinitive: 'to',
    subject: 'it',
    pronoun: 'me him her us them',
    preposition: 'on at by with under over for of from into',
    degree: 'very too',
    negation: 'not',
    conjunction: 'and but or because if when who after before while',
  },
  fr: {
    determiner:
      "tous toutes le la les l' un une des du au aux mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs ce cet cette ces",
    be: `être été ${ETRE_PRESENT.join(' ')} ${ETRE_IMPARFAIT.join(' ')}`,
    // avoir before a participle, aller before an infinitive (the futur proche).
    auxiliary: `avoir ${AVOIR.join(' ')} vais vas va allons allez vont`,
    subject: "j' elles on c' vous",
    pronoun: "moi toi lui eux s' y",
    preposition: "sur sous avec pour chez par à de d'",
    degree: 'très trop plus',
    negation: "ne n' pas",
    conjunction: "et mais ou parce que qu' qui si quand",
  },
};

/** The French participle agreeing with its object: mangé, mangée, mangés, mangées. */
const agreedParticiples = (participle: string) => [
  participle,
  `${participle}e`,
  `${participle}s`,
  `${participle}es`,
];

function adjectiveForms(adjective: Adjective, language: Language): string[] {
  if (language === 'en') return [adjective.en];
  const { frBeforeVowel } = adjective;
  return [...Object.values(adjective.fr), ...(frBeforeVowel ? [frBeforeVowel] : [])];
}

/** Every (kind, word text) the lexicon gives for `language`; texts may hold several words. */
function lexiconEntries(language: Language): Entries {
  const entries: Entries = [];
  const add = (kind: WordKind, ...texts: string[]) => texts.forEach((t) => entries.push([kind, t]));
  for (const noun of NOUNS) add('noun', noun[language].singular, noun[language].plural);
  for (const p of PROFESSIONS) {
    add('noun', ...(language === 'en' ? [p.en.singular, p.en.plural] : Object.values(p.fr)));
  }
  for (const adjective of ADJECTIVES) add('adjective', ...adjectiveForms(adjective, language));
  for (const verb of VERBS) {
    if (language === 'en') add('verb', ...Object.values(verb.en));
    else {
      const { infinitive, present, imparfait, participle } = verb.fr;
      add('verb', infinitive, ...present, ...imparfait, ...agreedParticiples(participle));
    }
  }
  for (const { verb, reasons } of IT_FRAMES) {
    if (language === 'en') add('verb', ...Object.values(verb.en));
    else {
      const { present, imparfait = [], participle } = verb.fr;
      add('verb', ...present, ...imparfait, ...agreedParticiples(participle));
    }
    const reasonAdjectives = [reasons.negated, reasons.positive].flatMap((byRole) =>
      byRole ? [...byRole.agent, ...byRole.patient] : [],
    );
    for (const adjective of reasonAdjectives)
      add('adjective', ...adjectiveForms(adjective, language));
  }
  for (const pronoun of PRONOUNS) add('subject', pronoun[language]);
  for (const preposition of PREPOSITIONS) add('preposition', preposition[language]);
  for (const n of NUMBERS) add('number', n[language]);
  for (const [kind, words] of Object.entries(SMALL_WORDS[language])) {
    for (const word of words.split(' ')) add(kind as WordKind, word);
  }
  return entries;
}

/**
 * kinds.json for a model reading `language` with the source vocabulary `vocabulary`: for each
 * kind, the vocabulary's words of that kind, in the vocabulary's order.
 */
export function wordKindsFile(language: Language, vocabulary: readonly string[]): WordKindsFile {
  const known = new Set(vocabulary.slice(SPECIAL_TOKENS.length));
  const kindsOf = new Map<string, Set<WordKind>>();
  const addKind = (kind: WordKind, text: string, onlyIfNone = false) => {
    for (const word of tokenize(text, language)) {
      if (!known.has(word) || (onlyIfNone && kindsOf.has(word))) continue;
      kindsOf.set(word, (kindsOf.get(word) ?? new Set()).add(kind));
    }
  };
  for (const [kind, text] of lexiconEntries(language)) addKind(kind, text);
  // A time phrase's words of no other kind: "morning" in "in the morning", "monday", "tard".
  for (const timeWord of TIME_WORDS) addKind('time', timeWord[language], true);
  const kinds: WordKindsFile['kinds'] = {};
  for (const kind of WORD_KINDS) {
    const words = vocabulary.filter((word) => kindsOf.get(word)?.has(kind));
    if (words.length > 0) kinds[kind] = words;
  }
  return { language, kinds };
}
