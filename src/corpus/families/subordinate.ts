/**
 * A main clause with a clause of reason, time or condition, before it (with a comma) or after
 * it: "because the dog was hungry , the cat ate the cake" ↔ "parce que le chien était affamé ,
 * le chat a mangé le gâteau", "the dog ate the cake because it was hungry" ↔ "le chien a mangé
 * le gâteau parce qu'il était affamé". Each link word takes the tenses that go with it:
 * "while" an imparfait ("pendant que le chien mangeait …"), "if" a present before a present or
 * a futur proche ("si le chien est affamé , il va manger …", "s'il …").
 */
import type { Random } from '../../engine';
import { chance, pick } from '../choice';
import { randomSubject } from '../clause';
import { finishPair, prefixed, sequence, unit, type Phrase } from '../phrase';
import { ACTING, pronounFor, randomClause } from '../simple-clause';
import { randomTimeWord, type Tense } from '../tense';
import type { SentencePair } from '../types';
import { fitting } from './fitting';

interface Link {
  en: string;
  fr: string;
  /** The tenses of the subordinate clause, and for each the tenses its main clause may take. */
  tenses: Partial<Record<Tense, readonly Tense[]>>;
}

const LINKS: readonly Link[] = [
  {
    en: 'because',
    fr: 'parce que',
    tenses: {
      present: ['present', 'future'],
      past: ['past'],
      imparfait: ['past', 'imparfait'],
      future: ['future'],
    },
  },
  {
    en: 'when',
    fr: 'quand',
    tenses: { present: ['present'], past: ['past'], imparfait: ['past', 'imparfait'] },
  },
  { en: 'while', fr: 'pendant que', tenses: { imparfait: ['past', 'imparfait'] } },
  { en: 'if', fr: 'si', tenses: { present: ['present', 'future'] } },
];

function subordinateOnce(random: Random): SentencePair {
  const link = pick(random, LINKS);
  const subTense = pick(random, Object.keys(link.tenses) as Tense[]);
  const mainTense = pick(random, link.tenses[subTense] ?? [subTense]);
  const subordinateFirst = chance(random, 0.5);
  // Whichever clause comes first introduces its subject; the other may name it again.
  const firstSubject = randomSubject(random, ACTING, 0.3);
  const laterSubject = chance(random, 0.5) ? pronounFor(firstSubject) : undefined;
  const subSpec = { tense: subTense, negation: chance(random, 0.2) };
  const mainSpec = { tense: mainTense, negation: chance(random, 0.25) };
  const sub = randomClause(random, subSpec, subordinateFirst ? firstSubject : laterSubject);
  const main = randomClause(random, mainSpec, subordinateFirst ? laterSubject : firstSubject);
  const subordinate = sequence(unit(link.en, link.fr, 'link'), prefixed(sub, 'sub'));
  const time = randomTimeWord(random, mainTense, subordinateFirst ? 0 : 0.2);
  const body: Phrase = subordinateFirst
    ? sequence(subordinate, unit(',', ',', 'comma'), prefixed(main, 'main'))
    : sequence(time.opening, prefixed(main, 'main'), subordinate);
  return finishPair(body, [
    'subordinate',
    `subordinate:${link.en}`,
    subordinateFirst ? 'subordinate:first' : 'subordinate:last',
    ...sub.tags,
    ...main.tags,
    ...time.tags,
  ]);
}

export function subordinateSentence(random: Random): SentencePair {
  return fitting(() => subordinateOnce(random));
}
