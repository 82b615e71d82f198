import { describe, expect, it } from 'vitest';
import { describeItSentence, generateCorpus, POST_SENTENCES } from '../../src/corpus';
import { itSentence } from '../../src/corpus/families/it';
import { IT_FRAMES } from '../../src/corpus/families/itFrames';
import { ADJECTIVES } from '../../src/corpus/lexicon/adjectives';
import { ANIMALS, OBSTACLES, type Noun } from '../../src/corpus/lexicon/nouns';
import type { SentencePair } from '../../src/corpus/types';

const corpus = generateCorpus({ seed: 1 });
const all = [...corpus.train, ...corpus.dev, ...corpus.test];
const itPairs = all.filter((pair) => pair.tags.includes('it'));

function nounByEnglish(nouns: readonly Noun[], english: string): Noun {
  const noun = nouns.find((n) => n.en.singular === english);
  if (!noun) throw new Error(`no noun "${english}"`);
  return noun;
}

function coreference(pair: SentencePair) {
  const it = describeItSentence(pair);
  if (!it) throw new Error(`not described: ${pair.en.join(' ')}`);
  return it;
}

const share = (pairs: SentencePair[], tag: string) =>
  pairs.filter((pair) => pair.tags.includes(tag)).length / pairs.length;

describe('the "it" sentences', () => {
  it('are a large share of the corpus, half about the one who acts and half about the other', () => {
    const agent = share(itPairs, 'it:agent');
    console.log(
      `"it" sentences: ${itPairs.length} of ${all.length}, ${(100 * agent).toFixed(1)}% agent`,
    );
    expect(itPairs.length).toBeGreaterThan(all.length * 0.15);
    expect(agent + share(itPairs, 'it:patient')).toBe(1);
    expect(agent).toBeGreaterThan(0.45);
    expect(agent).toBeLessThan(0.55);
  });

  it('give position no say: the antecedent is the first noun about as often as the second', () => {
    const first = itPairs.filter((pair) => {
      const { en } = coreference(pair);
      return en.antecedent === Math.min(...en.candidates);
    }).length;
    expect(first / itPairs.length).toBeGreaterThan(0.4);
    expect(first / itPairs.length).toBeLessThan(0.6);
  });

  it('give the word class no say: most sentences name two nouns of the same kind', () => {
    const sameKind = itPairs.filter((pair) =>
      ['it:catch', 'it:follow', 'it:fit', 'it:pass'].some((tag) => pair.tags.includes(tag)),
    ).length;
    expect(sameKind / itPairs.length).toBeGreaterThan(0.4);
  });

  it('come in every shape: reason last or first, passive, plural, with a third noun', () => {
    for (const tag of ['it:reason-last', 'it:reason-first', 'it:passive', 'plural', 'location']) {
      expect(share(itPairs, tag), tag).toBeGreaterThan(0.05);
    }
    const third = itPairs.filter((pair) => coreference(pair).en.candidates.length === 3);
    expect(third.length / itPairs.length).toBeGreaterThan(0.05);
  });

  it('say il, elle, ils or elles as the antecedent is, and agree the adjective with it', () => {
    const pronouns = new Set<string>();
    for (const pair of itPairs) {
      const it = coreference(pair);
      const pronoun = pair.fr[it.fr.pronoun];
      pronouns.add(pronoun);
      expect(['it', 'they']).toContain(pair.en[it.en.pronoun]);
      expect(pair.alignment).toContainEqual([it.en.pronoun, it.fr.pronoun]);
      expect(pair.alignment).toContainEqual([it.en.antecedent, it.fr.antecedent]);
      expect(it.en.candidates).toContain(it.en.antecedent);
      // the French article before the antecedent tells its gender and number
      const article = pair.fr[it.fr.antecedent - 1];
      const plural = pair.en[it.en.pronoun] === 'they';
      const feminine = pronoun.startsWith('elle');
      if (plural) expect(article).toBe('les');
      else expect(feminine ? ['la', "l'"] : ['le', "l'"]).toContain(article);
      expect(pronoun).toBe(`${feminine ? 'elle' : 'il'}${plural ? 's' : ''}`);
    }
    expect([...pronouns].sort()).toEqual(['elle', 'elles', 'il', 'ils']);
  });

  it('each have a twin whose reason is about the other noun, one word apart in English', () => {
    for (const pair of itPairs.slice(0, 2000)) {
      const { twin, en } = coreference(pair);
      expect(twin.en.length).toBe(pair.en.length);
      const differing = twin.en.filter((word, i) => word !== pair.en[i]);
      expect(differing.length, pair.en.join(' ')).toBe(1);
      expect(twin.en.indexOf(differing[0])).toBeGreaterThan(en.pronoun);
    }
  });

  it('each have a French twin that changes only the pronoun and the reason', () => {
    for (const pair of itPairs.slice(0, 2000)) {
      const { twin, fr } = coreference(pair);
      expect(twin.fr.length, pair.fr.join(' ')).toBe(pair.fr.length);
      const changed = twin.fr.flatMap((word, i) => (word === pair.fr[i] ? [] : [i]));
      expect(changed.length, pair.fr.join(' ')).toBeGreaterThanOrEqual(1);
      expect(Math.min(...changed), pair.fr.join(' ')).toBeGreaterThanOrEqual(fr.pronoun);
    }
  });

  it("find the pronoun and its antecedent in the post's two sentences", () => {
    const [tired, wide] = POST_SENTENCES.filter((pair) => pair.tags.includes('it'));
    expect(describeItSentence(tired)).toMatchObject({
      role: 'agent',
      en: { pronoun: 7, antecedent: 1, candidates: [1, 5] },
      fr: { pronoun: 10, antecedent: 1 },
    });
    expect(tired.fr[10]).toBe('il');
    expect(describeItSentence(wide)).toMatchObject({
      role: 'patient',
      en: { antecedent: 5 },
      fr: { antecedent: 7 },
    });
    expect(wide.fr[10]).toBe('elle');
  });

  it('describes no pronoun for a pair outside the family', () => {
    expect(describeItSentence(POST_SENTENCES[0])).toBeUndefined();
  });

  it("build the post's sentences exactly, alignment and coreference included", () => {
    const cross = IT_FRAMES.find((f) => f.name === 'cross');
    if (!cross) throw new Error('no "cross" frame');
    for (const [ending, role] of [
      ['tired', 'agent'],
      ['wide', 'patient'],
    ] as const) {
      const adjective = ADJECTIVES.find((a) => a.en === ending);
      if (!adjective) throw new Error(`no adjective "${ending}"`);
      const built = itSentence({
        frame: cross,
        agent: nounByEnglish(ANIMALS, 'animal'),
        patient: nounByEnglish(OBSTACLES, 'street'),
        role,
        adjective,
        negated: true,
        shape: 'reason-last',
        plural: false,
        tense: 'past',
        degree: 'too',
        fullStop: false,
      });
      const post = POST_SENTENCES.find((pair) => pair.tags.includes(`it:${role}`));
      if (!post?.coreference) throw new Error(`no post sentence about the ${role}`);
      expect(built.en).toEqual(post.en);
      expect(built.fr).toEqual(post.fr);
      expect([...built.alignment].sort()).toEqual([...post.alignment].sort());
      expect(built.coreference).toEqual({ ...post.coreference, twin: { en: [], fr: [] } });
    }
  });
});
