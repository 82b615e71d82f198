import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/corpus';
import {
  ADJECTIVES,
  adjectivesFor,
  agree,
  type Adjective,
} from '../../src/corpus/lexicon/adjectives';
import { english, erVerb, irVerb, reVerb } from '../../src/corpus/lexicon/conjugate';
import { NOUNS, nounsOf, type Noun } from '../../src/corpus/lexicon/nouns';
import { englishPlural, frenchPlural } from '../../src/corpus/lexicon/theme';
import { agreeParticiple, VERBS, verbNamed } from '../../src/corpus/lexicon/verbs';
import { nounPhrase } from '../../src/corpus/noun-phrase';
import { finishPair } from '../../src/corpus/phrase';
import { startsWithFrenchVowel } from '../../src/corpus/spelling';

/** Generating the default corpus takes several seconds on a busy machine. */
const CORPUS_WAIT_MS = 120_000;

const corpus = generateCorpus({ seed: 1 });
const all = [...corpus.train, ...corpus.dev, ...corpus.test];
const englishWords = new Set(all.flatMap((pair) => pair.en));
const frenchWords = new Set(all.flatMap((pair) => pair.fr));
const englishOutsideFragments = new Set(
  all.filter((pair) => !pair.tags.includes('fragment')).flatMap((pair) => pair.en),
);

function noun(en: string): Noun {
  const found = NOUNS.find((n) => n.en.singular === en);
  if (!found) throw new Error(`no noun "${en}"`);
  return found;
}

function adjective(en: string): Adjective {
  const found = ADJECTIVES.find((a) => a.en === en);
  if (!found) throw new Error(`no adjective "${en}"`);
  return found;
}

/** "the" + noun (+ adjective), spelt out in both languages. */
function phrase(en: string, options: { plural?: boolean; adjective?: string } = {}) {
  return finishPair(
    nounPhrase({
      noun: noun(en),
      plural: options.plural ?? false,
      determiner: 'the',
      adjective: options.adjective ? adjective(options.adjective) : undefined,
      role: 'x',
    }),
    [],
  );
}

describe('the lexicon in the default corpus', () => {
  it(
    'uses every noun outside the fragments, every adjective and every verb',
    () => {
      const missing = (words: string[]) =>
        words.filter((w) => !w.split('|').some((f) => englishWords.has(f)));
      expect(missing(NOUNS.map((n) => `${n.en.singular}|${n.en.plural}`))).toEqual([]);
      expect(
        NOUNS.filter(
          (n) =>
            !englishOutsideFragments.has(n.en.singular) &&
            !englishOutsideFragments.has(n.en.plural),
        ).map((n) => n.en.singular),
      ).toEqual([]);
      expect(missing(ADJECTIVES.map((a) => a.en))).toEqual([]);
      expect(missing(VERBS.map((v) => Object.values(v.en).join('|')))).toEqual([]);
    },
    CORPUS_WAIT_MS,
  );

  it('holds at least 1,000 distinct English words and under 4,000 French ones', () => {
    expect(englishWords.size).toBeGreaterThanOrEqual(1000);
    expect(frenchWords.size).toBeLessThan(4000);
  });

  it('elides the article before every vowel-initial noun, and never "de le" or "de les"', () => {
    const wrong: string[] = [];
    for (const pair of all) {
      pair.fr.forEach((word, i) => {
        const next = pair.fr[i + 1];
        if ((word === 'le' || word === 'la') && next && startsWithFrenchVowel(next))
          wrong.push(pair.fr.join(' '));
        if (word === 'de' && (next === 'le' || next === 'les')) wrong.push(pair.fr.join(' '));
      });
    }
    expect(wrong).toEqual([]);
  });
});

describe('the lexicon', () => {
  it('gives every noun kind an adjective, and every verb subjects and objects that exist', () => {
    for (const n of NOUNS) expect(adjectivesFor(n.kinds), n.en.singular).not.toEqual([]);
    for (const v of VERBS) {
      expect(nounsOf(v.subjects), v.en.base).not.toEqual([]);
      expect(nounsOf(v.objects), v.en.base).not.toEqual([]);
    }
    for (const a of ADJECTIVES) expect(nounsOf(a.appliesTo), a.en).not.toEqual([]);
  });

  it('lists each English noun once', () => {
    const singulars = NOUNS.map((n) => n.en.singular);
    expect(singulars.filter((w, i) => singulars.indexOf(w) !== i)).toEqual([]);
  });

  it("writes plurals by each language's rules, and the irregular ones out", () => {
    expect(['box', 'baby', 'day', 'pencil', 'bus'].map(englishPlural)).toEqual([
      'boxes',
      'babies',
      'days',
      'pencils',
      'buses',
    ]);
    expect(['bras', 'gâteau', 'jeu', 'journal', 'nez', 'crayon'].map(frenchPlural)).toEqual([
      'bras',
      'gâteaux',
      'jeux',
      'journaux',
      'nez',
      'crayons',
    ]);
    expect(noun('horse').fr.plural).toBe('chevaux');
    expect(noun('knife').en.plural).toBe('knives');
    expect(noun('cabbage').fr.plural).toBe('choux');
    expect(noun('child').en.plural).toBe('children');
    expect(noun('grandmother').fr.plural).toBe('grands-mères');
  });

  it('agrees adjectives in gender and number, and puts beau and nouveau before the noun', () => {
    const beautiful = adjective('beautiful');
    expect([
      agree(beautiful, 'm', false),
      agree(beautiful, 'f', false),
      agree(beautiful, 'm', true),
    ]).toEqual(['beau', 'belle', 'beaux']);
    expect(phrase('bird', { adjective: 'beautiful' }).fr).toEqual(['le', 'bel', 'oiseau']);
    expect(phrase('school', { adjective: 'new' }).fr).toEqual(['la', 'nouvelle', 'école']);
    expect(phrase('coat', { adjective: 'new', plural: true }).fr).toEqual([
      'les',
      'nouveaux',
      'manteaux',
    ]);
    expect(phrase('dress', { adjective: 'brown', plural: true }).fr).toEqual([
      'les',
      'robes',
      'marron',
    ]);
    expect(agree(adjective('fresh'), 'f', true)).toBe('fraîches');
  });

  it('elides "le" and "la" before a vowel or a silent h, but not before an aspirated one', () => {
    expect(phrase('island').fr).toEqual(["l'", 'île']);
    expect(phrase('hospital').fr).toEqual(["l'", 'hôpital']);
    expect(phrase('hero').fr).toEqual(['le', 'héros']);
    expect(phrase('table').fr).toEqual(['la', 'table']);
  });
});

describe('verb forms', () => {
  it('conjugate regular French verbs, with the changes of stem and the nous of -ger and -cer', () => {
    expect(erVerb('achet', 'achèt').present).toEqual([
      'achète',
      'achètes',
      'achète',
      'achetons',
      'achetez',
      'achètent',
    ]);
    expect(erVerb('commenc').present[3]).toBe('commençons');
    expect(erVerb('commenc').imparfait).toEqual([
      'commençais',
      'commençais',
      'commençait',
      'commencions',
      'commenciez',
      'commençaient',
    ]);
    expect(erVerb('rang').imparfait[3]).toBe('rangions');
    expect(irVerb('fin').present).toEqual([
      'finis',
      'finis',
      'finit',
      'finissons',
      'finissez',
      'finissent',
    ]);
    expect(reVerb('vend').participle).toBe('vendu');
  });

  it('write English forms by rule and the irregular ones out', () => {
    expect(english('carry')).toEqual({
      base: 'carry',
      third: 'carries',
      past: 'carried',
      participle: 'carried',
      ing: 'carrying',
    });
    expect(english('watch').third).toBe('watches');
    expect(english('close').ing).toBe('closing');
    expect(verbNamed('eat').en).toEqual({
      base: 'eat',
      third: 'eats',
      past: 'ate',
      participle: 'eaten',
      ing: 'eating',
    });
    expect(verbNamed('eat').fr.imparfait[2]).toBe('mangeait');
  });

  it('agree the past participle: mangé, mangée, mangés, mangées; pris, prise, pris, prises', () => {
    const forms = (p: string) =>
      [
        ['m', false],
        ['f', false],
        ['m', true],
        ['f', true],
      ].map(([g, plural]) => agreeParticiple(p, g as 'm' | 'f', plural as boolean));
    expect(forms('mangé')).toEqual(['mangé', 'mangée', 'mangés', 'mangées']);
    expect(forms('pris')).toEqual(['pris', 'prise', 'pris', 'prises']);
  });
});
