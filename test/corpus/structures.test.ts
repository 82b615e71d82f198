import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/engine/random';
import { randomSubject } from '../../src/corpus/clause';
import { joinedSentence } from '../../src/corpus/families/joined';
import { passiveSentence } from '../../src/corpus/families/passive';
import { relativeSentence } from '../../src/corpus/families/relative';
import { subordinateSentence } from '../../src/corpus/families/subordinate';
import { whSentence } from '../../src/corpus/families/wh';
import { NOUNS } from '../../src/corpus/lexicon/nouns';
import { agreeParticiple, verbNamed, VERBS } from '../../src/corpus/lexicon/verbs';
import { nounPhrase, type Possessive } from '../../src/corpus/noun-phrase';
import { finishPair, sequence, unit, type Phrase } from '../../src/corpus/phrase';
import { pronounFor } from '../../src/corpus/simple-clause';
import { spellFrench } from '../../src/corpus/spelling';
import { beForms, verbForms, type Tense } from '../../src/corpus/tense';
import type { SentencePair } from '../../src/corpus/types';

const AVOIR = ['ai', 'as', 'a', 'avons', 'avez', 'ont'];

function noun(en: string) {
  const found = NOUNS.find((n) => n.en.singular === en);
  if (!found) throw new Error(`no noun "${en}"`);
  return found;
}

function the(en: string, role: string, plural = false): Phrase {
  return nounPhrase({ noun: noun(en), plural, determiner: 'the', role });
}

/** "the cat" + verb in a tense + "the cake", finished. */
function catEatsCake(tense: Tense, negation: boolean): SentencePair {
  const forms = verbForms(verbNamed('eat'), 2, tense, negation);
  return finishPair(
    sequence(the('cat', 'subject'), { en: forms.en, fr: forms.fr }, the('cake', 'object')),
    [],
  );
}

function sample(draw: (random: ReturnType<typeof seededRandom>) => SentencePair, n = 1500) {
  const random = seededRandom(7);
  return Array.from({ length: n }, () => draw(random));
}

function linked(pair: SentencePair, enWord: string): string[] {
  const i = pair.en.indexOf(enWord);
  return pair.alignment.filter(([e]) => e === i).map(([, f]) => pair.fr[f]);
}

describe('tenses', () => {
  it('say each tense the way the other language does, stated and negated', () => {
    const said = (tense: Tense, negation: boolean) => {
      const pair = catEatsCake(tense, negation);
      return [pair.en.join(' '), pair.fr.join(' ')];
    };
    expect(said('present', false)).toEqual(['the cat eats the cake', 'le chat mange le gâteau']);
    expect(said('past', false)).toEqual(['the cat ate the cake', 'le chat a mangé le gâteau']);
    expect(said('imparfait', false)).toEqual([
      'the cat was eating the cake',
      'le chat mangeait le gâteau',
    ]);
    expect(said('future', false)).toEqual([
      'the cat is going to eat the cake',
      'le chat va manger le gâteau',
    ]);
    expect(said('past', true)).toEqual([
      "the cat didn't eat the cake",
      "le chat n' a pas mangé le gâteau",
    ]);
    expect(said('future', true)).toEqual([
      'the cat is not going to eat the cake',
      'le chat ne va pas manger le gâteau',
    ]);
  });

  it('link the auxiliaries to theirs: "ate" to "a" and "mangé", "going to" to "va"', () => {
    expect(linked(catEatsCake('past', false), 'ate')).toEqual(['a', 'mangé']);
    const future = catEatsCake('future', false);
    expect(linked(future, 'going')).toEqual(['va']);
    expect(linked(future, 'eat')).toEqual(['manger']);
    expect(linked(catEatsCake('imparfait', false), 'was')).toEqual(['mangeait']);
  });

  it('say "to be" in the future as "va être"', () => {
    const be = beForms(5, 'future', true);
    expect(be.en.map((w) => w.text)).toEqual(['are', 'not', 'going', 'to', 'be']);
    expect(be.fr.map((w) => w.text)).toEqual(['ne', 'vont', 'pas', 'être']);
  });
});

describe('pronouns naming an earlier subject', () => {
  it('agree with its gender and number in French', () => {
    const random = seededRandom(3);
    for (let n = 0; n < 300; n++) {
      const subject = randomSubject(random, ['person', 'animal'], 0);
      const pronoun = pronounFor(subject);
      const expected = subject.plural
        ? subject.gender === 'f'
          ? 'elles'
          : 'ils'
        : subject.gender === 'f'
          ? 'elle'
          : 'il';
      expect(pronoun.fr.map((w) => w.text)).toEqual([expected]);
    }
  });
});

describe('clauses joined by and, but, or and a comma', () => {
  const pairs = sample(joinedSentence);

  it('link the joining word to its translation', () => {
    const joins: Record<string, string> = { and: 'et', but: 'mais', or: 'ou' };
    for (const pair of pairs) {
      const join = pair.tags.find((t) => t.startsWith('join:'))?.slice('join:'.length);
      if (join && join !== 'comma') expect(linked(pair, join)).toEqual([joins[join]]);
    }
  });

  it('keep every sentence within 22 words', () => {
    for (const pair of pairs)
      expect(Math.max(pair.en.length, pair.fr.length)).toBeLessThanOrEqual(22);
  });
});

describe('subordinate clauses', () => {
  const pairs = sample(subordinateSentence);

  it('say "if" as "s\'" before il and ils only', () => {
    for (const pair of pairs.filter((p) => p.tags.includes('subordinate:if'))) {
      const j = pair.fr.findIndex((w) => w === 'si' || w === "s'");
      const next = pair.fr[j + 1];
      expect(pair.fr[j], pair.fr.join(' ')).toBe(next === 'il' || next === 'ils' ? "s'" : 'si');
      expect(linked(pair, 'if')).toEqual([pair.fr[j]]);
    }
  });

  it('put a comma after a clause that comes first, and link "because" to "parce que"', () => {
    for (const pair of pairs.filter((p) => p.tags.includes('subordinate:because'))) {
      expect(linked(pair, 'because')[0]).toBe('parce');
      if (pair.tags.includes('subordinate:first')) expect(pair.en).toContain(',');
    }
  });

  it('take an imparfait after "while"', () => {
    for (const pair of pairs.filter((p) => p.tags.includes('subordinate:while'))) {
      expect(pair.tags).toContain('imparfait');
    }
  });
});

describe('relative clauses', () => {
  const pairs = sample(relativeSentence);

  it('use "qui" for the doer and "que" for what undergoes the action', () => {
    for (const pair of pairs) {
      const relative = linked(pair, 'that')[0];
      if (pair.tags.includes('relative:subject')) expect(relative).toBe('qui');
      else expect(['que', "qu'"]).toContain(relative);
    }
  });

  it('make the participle agree with a noun that comes before it', () => {
    const spot = finishPair(
      sequence(
        the('apple', 'head', true),
        unit('that', 'que', 'relative'),
        the('dog', 'doer'),
        unit('ate', `a ${agreeParticiple('mangé', 'f', true)}`, 'verb'),
      ),
      [],
    );
    expect(spot.fr.join(' ')).toBe('les pommes que le chien a mangées');
    let checked = 0;
    for (const pair of pairs.filter((p) => p.tags.includes('relative:object'))) {
      const head = NOUNS.find((n) => n.en.singular === pair.en[1] || n.en.plural === pair.en[1]);
      if (!head) throw new Error(`no head noun in "${pair.en.join(' ')}"`);
      const plural = pair.fr[0] === 'les';
      const that = pair.fr.findIndex((w) => w === 'que' || w === "qu'");
      // The state that follows has no avoir: an avoir after "que" is the relative's passé composé.
      const past = pair.en.some((w) => w === "didn't" || VERBS.some((v) => v.en.past === w));
      const auxiliary = pair.fr.findIndex((w, j) => j > that && AVOIR.includes(w));
      if (!past || auxiliary < 0) continue;
      const participle = pair.fr.slice(auxiliary + 1).find((w) => w !== 'pas');
      const agreed = VERBS.map((v) => agreeParticiple(v.fr.participle, head.gender, plural));
      expect(agreed, pair.fr.join(' ')).toContain(participle);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe('wh-questions', () => {
  const pairs = sample(whSentence);

  it('link "what" to "qu\'est-ce que" and end with a question mark on both sides', () => {
    for (const pair of pairs) {
      expect(pair.en.at(-1)).toBe('?');
      expect(pair.fr.at(-1)).toBe('?');
      if (pair.en[0] === 'what') {
        expect(pair.fr.slice(0, 2)).toEqual(["qu'", 'est-ce']);
        expect(linked(pair, 'what')).toEqual(["qu'"]);
      }
      if (pair.en[0] === 'who') expect(pair.fr[0]).toBe('qui');
      if (pair.en[0] === 'where') expect(pair.fr[0]).toBe('où');
    }
  });

  it('ask every kind', () => {
    const asked = new Set(pairs.map((p) => p.en[0]));
    expect([...asked].sort()).toEqual(['what', 'when', 'where', 'who']);
  });
});

describe('object pronouns', () => {
  const pairs = sample(joinedSentence, 3000).filter((p) => p.tags.includes('object-pronoun'));

  it('put le / la / les before the verb, and agree a passé composé with them', () => {
    expect(pairs.length).toBeGreaterThan(50);
    for (const pair of pairs) {
      const at = Math.max(...['it', 'him', 'her', 'them'].map((w) => pair.en.lastIndexOf(w)));
      const english = pair.en[at];
      const french = pair.alignment.filter(([e]) => e === at).map(([, f]) => pair.fr[f]);
      expect(french.length, pair.fr.join(' ')).toBe(1);
      const expected: Record<string, string[]> = {
        it: ['le', 'la', "l'"],
        him: ['le', "l'"],
        her: ['la', "l'"],
        them: ['les'],
      };
      expect(expected[english]).toContain(french[0]);
      const les = pair.alignment.find(([e]) => e === at)?.[1] ?? -1;
      // "ils les ont" is also the present of "have them": only a passé composé has a participle.
      const present = ['have', 'has'].includes(pair.en[at - 1]);
      if (english === 'them' && AVOIR.includes(pair.fr[les + 1]) && !present) {
        const participle = pair.fr.slice(les + 2).find((w) => w !== 'pas');
        expect(participle, pair.fr.join(' ')).toMatch(/s$/);
      }
    }
  });
});

describe('the passive', () => {
  it('agrees the French participle with the subject and links "by" to "par"', () => {
    const pairs = sample(passiveSentence);
    for (const pair of pairs) {
      expect(linked(pair, 'by')).toEqual(['par']);
      const participle = pair.fr[pair.fr.indexOf('par') - 1];
      const feminine = pair.fr[0] === 'la';
      if (feminine) expect(participle, pair.fr.join(' ')).toMatch(/e$/);
      if (pair.fr[0] === 'le') expect(participle, pair.fr.join(' ')).not.toMatch(/e$/);
    }
  });
});

describe('possessives', () => {
  it('say mon, not ma, before a vowel, and agree with the noun, not the owner', () => {
    const said = (en: string, possessive: Possessive, plural = false) =>
      finishPair(
        nounPhrase({ noun: noun(en), plural, determiner: { possessive }, role: 'o' }),
        [],
      ).fr.join(' ');
    expect(said('school', 'my')).toBe('mon école');
    expect(said('apple', 'her')).toBe('sa pomme');
    expect(said('cake', 'her')).toBe('son gâteau');
    expect(said('apple', 'their', true)).toBe('leurs pommes');
    expect(said('cake', 'our')).toBe('notre gâteau');
  });
});

describe('elision in the joining words', () => {
  const spelled = (text: string) =>
    spellFrench(text.split(' ').map((t) => ({ text: t, links: [] })))
      .map((w) => w.text)
      .join(' ');

  it("writes s'il and s'ils, but si elle; parce qu'elle and pendant qu'il", () => {
    expect(spelled('si il est affamé')).toBe("s' il est affamé");
    expect(spelled('si ils sont affamés')).toBe("s' ils sont affamés");
    expect(spelled('si elle est affamée')).toBe('si elle est affamée');
    expect(spelled('parce que elle était fatiguée')).toBe("parce qu' elle était fatiguée");
    expect(spelled('pendant que il mangeait')).toBe("pendant qu' il mangeait");
  });
});
