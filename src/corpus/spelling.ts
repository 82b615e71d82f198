/**
 * Spelling rules that depend on the next word, applied once a sentence is complete: English
 * "a" becomes "an" before a vowel sound; French articles and small words lose their vowel
 * before a vowel (elision: le → l', de → d', ne → n', que → qu', je → j') and "de" fuses with
 * "le" and "les" (contraction: du, des); "si" elides before "il" and "ils" only (s'il, but si
 * elle). Fused words keep the links of both parts.
 */
import type { Word } from './phrase';

/** French words that begin with a vowel letter (or a silent h) but take no elision. */
const H_ASPIRE = new Set(['huit', 'haut', 'haute', 'héros']);

/** English words written with a vowel letter but said with a consonant sound. */
const CONSONANT_SOUND = new Set(['one', 'unicorn', 'uniform', 'university', 'useful', 'european']);

export function startsWithFrenchVowel(text: string): boolean {
  return /^[aeiouyhàâäéèêëîïôöùûüœæ]/.test(text) && !H_ASPIRE.has(text);
}

function startsWithEnglishVowelSound(text: string): boolean {
  return /^[aeiou]/.test(text) && !CONSONANT_SOUND.has(text);
}

export function spellEnglish(sentence: readonly Word[]): Word[] {
  return sentence.map((w, i) => {
    const next = sentence[i + 1];
    return w.text === 'a' && next && startsWithEnglishVowelSound(next.text)
      ? { ...w, text: 'an' }
      : w;
  });
}

const ELIDED: Record<string, string> = {
  le: "l'",
  la: "l'",
  de: "d'",
  ne: "n'",
  que: "qu'",
  je: "j'",
};

/** Elision of the words in `which`, before a vowel. */
function elide(sentence: readonly Word[], which: readonly string[]): Word[] {
  return sentence.map((w, i) => {
    const next = sentence[i + 1];
    return which.includes(w.text) && next && startsWithFrenchVowel(next.text)
      ? { ...w, text: ELIDED[w.text] }
      : w;
  });
}

/** de + le → du, de + les → des. */
function contract(sentence: readonly Word[]): Word[] {
  const result: Word[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const w = sentence[i];
    const next = sentence[i + 1];
    if (w.text === 'de' && next && (next.text === 'le' || next.text === 'les')) {
      result.push({ text: next.text === 'le' ? 'du' : 'des', links: [...w.links, ...next.links] });
      i++;
    } else {
      result.push(w);
    }
  }
  return result;
}

/** si il → s'il, si ils → s'ils. */
function elideSi(sentence: readonly Word[]): Word[] {
  return sentence.map((w, i) => {
    const next = sentence[i + 1];
    return w.text === 'si' && next && (next.text === 'il' || next.text === 'ils')
      ? { ...w, text: "s'" }
      : w;
  });
}

export function spellFrench(sentence: readonly Word[]): Word[] {
  // The article elides first, so that "de le école" becomes "de l'école", not "du école".
  const articlesElided = elide(sentence, ['le', 'la']);
  return elideSi(elide(contract(articlesElided), ['de', 'ne', 'que', 'je']));
}
