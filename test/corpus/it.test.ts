import { describe, expect, it } from 'vitest';
import { describeItSentence, generateCorpus, POST_SENTENCES } from '../../src/corpus';
import { itSentence } from '../../src/corpus/families/it';
import { ADJECTIVES } from '../../src/corpus/lexicon/adjectives';
import { ANIMALS, OBSTACLES, type Noun } from '../../src/corpus/lexicon/nouns';

const corpus = generateCorpus({ seed: 1 });
const all = [...corpus.train, ...corpus.dev, ...corpus.test];
const itPairs = all.filter((pair) => pair.tags.includes('it'));

function nounByEnglish(nouns: readonly Noun[], english: string): Noun {
  const noun = nouns.find((n) => n.en.singular === english);
  if (!noun) throw new Error(`no noun "${english}"`);
  return noun;
}

describe('the "it" sentences', () => {
  it('are a large share of the corpus, half about the animal and half about the obstacle', () => {
    const tired = itPairs.filter((pair) => pair.tags.includes('it:tired')).length;
    const wide = itPairs.filter((pair) => pair.tags.includes('it:wide')).length;
    console.log(`"it" sentences: ${tired} tired, ${wide} wide of ${all.length}`);
    expect(itPairs.length).toBeGreaterThan(all.length * 0.15);
    expect(tired + wide).toBe(itPairs.length);
    expect(tired / itPairs.length).toBeGreaterThan(0.45);
    expect(tired / itPairs.length).toBeLessThan(0.55);
  });

  it('name animals and obstacles of both genders, often of different genders in one sentence', () => {
    const genders = { animal: new Set<string>(), obstacle: new Set<string>() };
    let differing = 0;
    for (const pair of itPairs) {
      const it = describeItSentence(pair);
      if (!it) throw new Error(`not described: ${pair.en.join(' ')}`);
      const [animalIndex, obstacleIndex] =
        it.kind === 'tired'
          ? [it.enAntecedent, it.enDistractor]
          : [it.enDistractor, it.enAntecedent];
      const animal = nounByEnglish(ANIMALS, pair.en[animalIndex]);
      const obstacle = nounByEnglish(OBSTACLES, pair.en[obstacleIndex]);
      genders.animal.add(animal.gender);
      genders.obstacle.add(obstacle.gender);
      if (animal.gender !== obstacle.gender) differing++;
    }
    expect([...genders.animal].sort()).toEqual(['f', 'm']);
    expect([...genders.obstacle].sort()).toEqual(['f', 'm']);
    expect(differing / itPairs.length).toBeGreaterThan(0.4);
  });

  it('say il or elle by the gender of the antecedent, and agree the adjective with it', () => {
    const pronouns = { tired: new Set<string>(), wide: new Set<string>() };
    for (const pair of itPairs) {
      const it = describeItSentence(pair);
      if (!it) throw new Error(`not described: ${pair.en.join(' ')}`);
      const antecedent = nounByEnglish(
        it.kind === 'tired' ? ANIMALS : OBSTACLES,
        pair.en[it.enAntecedent],
      );
      expect(it.pronoun).toBe(antecedent.gender === 'm' ? 'il' : 'elle');
      expect(pair.fr[it.frPronoun]).toBe(it.pronoun);
      pronouns[it.kind].add(it.pronoun);

      const last = pair.en[pair.en.length - 1] === '.' ? pair.en.length - 2 : pair.en.length - 1;
      const adjective = ADJECTIVES.find((a) => a.en === pair.en[last]);
      if (!adjective) throw new Error(`no adjective ends: ${pair.en.join(' ')}`);
      expect(adjective.it).toBe(it.kind);
      const frAdjective = pair.alignment.find(([i]) => i === last)?.[1];
      expect(pair.fr[frAdjective ?? -1]).toBe(
        antecedent.gender === 'm' ? adjective.fr.ms : adjective.fr.fs,
      );
    }
    expect([...pronouns.tired].sort()).toEqual(['elle', 'il']);
    expect([...pronouns.wide].sort()).toEqual(['elle', 'il']);
  });

  it("find the pronoun and its antecedent in the post's two sentences", () => {
    const [tired, wide] = POST_SENTENCES.filter((pair) => pair.tags.includes('it'));
    expect(describeItSentence(tired)).toEqual({
      kind: 'tired',
      enPronoun: 7,
      frPronoun: 10,
      pronoun: 'il',
      enAntecedent: 1,
      enDistractor: 5,
    });
    expect(describeItSentence(wide)).toMatchObject({
      kind: 'wide',
      pronoun: 'elle',
      enAntecedent: 5,
    });
  });

  it('describes no pronoun for a pair outside the family', () => {
    expect(describeItSentence(POST_SENTENCES[0])).toBeUndefined();
  });

  it("build the post's sentences exactly, alignment included", () => {
    const adjective = (en: string) => {
      const found = ADJECTIVES.find((a) => a.en === en);
      if (!found) throw new Error(`no adjective "${en}"`);
      return found;
    };
    for (const ending of ['tired', 'wide']) {
      const built = itSentence({
        animal: nounByEnglish(ANIMALS, 'animal'),
        obstacle: nounByEnglish(OBSTACLES, 'street'),
        adjective: adjective(ending),
        tense: 'past',
        degree: 'too',
        fullStop: false,
      });
      const post = POST_SENTENCES.find((pair) => pair.tags.includes(`it:${ending}`));
      expect(built).toEqual({ ...post, tags: post?.tags.filter((tag) => tag !== 'post') });
    }
  });
});
