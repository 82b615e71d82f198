import { describe, expect, it } from 'vitest';
import { words, type Word } from '../../src/corpus/phrase';
import { spellEnglish, spellFrench } from '../../src/corpus/spelling';

const text = (sentence: Word[]) => sentence.map((w) => w.text).join(' ');

describe('French spelling', () => {
  it('elides articles, ne, que, je and de before a vowel or a silent h', () => {
    expect(text(spellFrench(words('le animal ne a pas vu la homme')))).toBe(
      "l' animal n' a pas vu l' homme",
    );
    expect(text(spellFrench(words('parce que il était là')))).toBe("parce qu' il était là");
    expect(text(spellFrench(words('je ai vu de œufs')))).toBe("j' ai vu d' œufs");
    expect(text(spellFrench(words('il ne y a pas de écoles')))).toBe("il n' y a pas d' écoles");
  });

  it('does not elide before a consonant or an aspirated h', () => {
    expect(text(spellFrench(words('le chat ne mange pas de pommes')))).toBe(
      'le chat ne mange pas de pommes',
    );
    expect(text(spellFrench(words('que huit chats')))).toBe('que huit chats');
  });

  it('contracts de le into du and de les into des, keeping both links', () => {
    const fused = spellFrench([
      ...words('près de', 'near'),
      ...words('le', 'the'),
      ...words('jardin', 'garden'),
    ]);
    expect(text(fused)).toBe('près du jardin');
    expect(fused[1].links).toEqual(['near', 'the']);
    expect(text(spellFrench(words('près de les jardins')))).toBe('près des jardins');
  });

  it('elides the article before contracting: "de le école" is "de l\'école", not "du école"', () => {
    expect(text(spellFrench(words('près de le école')))).toBe("près de l' école");
  });
});

describe('English spelling', () => {
  it('writes "an" before a vowel sound and "a" elsewhere', () => {
    expect(text(spellEnglish(words('a apple and a old cat and a red egg')))).toBe(
      'an apple and an old cat and a red egg',
    );
  });
});
