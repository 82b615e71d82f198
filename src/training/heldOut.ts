/**
 * Sentences typed as a reader would, scored as the page translates them: tokenized, names read as
 * name slots and written back, greedy decoding. Used on sets the grammar did not produce: pairs
 * written by hand (test/data/), the set phrases, sentences with names. A pair counts as right when
 * the translation's tokens equal the reference's (case aside); a pair with a word the model does
 * not know is counted apart, as it tests the vocabulary, not the model.
 */
import { tokenize } from '../engine';
import { findNames } from '../worker/names';
import { sidesOf, type Direction } from './direction';
import { translateTokens, type TrainedModel } from './evaluate';

export interface TextPair {
  source: string;
  reference: string;
}

export interface HeldOutFigures {
  pairs: number;
  /** Pairs with a word the model does not know (names aside): not scored. */
  unknown: number;
  right: number;
  rate: number;
  mistakes: { source: string; expected: string; produced: string }[];
}

/** Pairs from a tab-separated text: English, a tab, French; # starts a comment. */
export function readPairs(text: string, direction: Direction): TextPair[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [en, fr] = line.split('\t');
      if (fr === undefined) throw new Error(`a pair needs a tab between its two sides: "${line}"`);
      return direction === 'en-fr'
        ? { source: en.trim(), reference: fr.trim() }
        : { source: fr.trim(), reference: en.trim() };
    });
}

/** The translation's tokens (lower case, names as typed but lower-cased), or undefined for an unknown word. */
export function translateText(
  model: TrainedModel,
  text: string,
  direction: Direction,
): string[] | undefined {
  const { source: language } = sidesOf(direction);
  const words = tokenize(text, language);
  const names = findNames(text, words, language, model.source);
  const slots = new Map(names.map(({ slot, name }) => [slot, name.toLowerCase()]));
  const modelWords = words.map((word, i) => names.find((n) => n.index === i)?.slot ?? word);
  if (modelWords.some((word) => !model.source.has(word))) return undefined;
  return translateTokens(model, modelWords).map((token) => slots.get(token) ?? token);
}

export function scoreHeldOut(
  model: TrainedModel,
  pairs: readonly TextPair[],
  direction: Direction,
  mistakesToKeep = 20,
): HeldOutFigures {
  const { target } = sidesOf(direction);
  let right = 0;
  let unknown = 0;
  const mistakes: HeldOutFigures['mistakes'] = [];
  for (const pair of pairs) {
    const produced = translateText(model, pair.source, direction);
    if (!produced) {
      unknown++;
      continue;
    }
    const expected = tokenize(pair.reference, target);
    if (produced.join(' ') === expected.join(' ')) right++;
    else if (mistakes.length < mistakesToKeep) {
      mistakes.push({
        source: pair.source,
        expected: expected.join(' '),
        produced: produced.join(' '),
      });
    }
  }
  const scored = pairs.length - unknown;
  return { pairs: pairs.length, unknown, right, rate: scored ? right / scored : 0, mistakes };
}

export function describeHeldOut(title: string, figures: HeldOutFigures): string {
  const lines = [
    `${title}: ${figures.right} of ${figures.pairs - figures.unknown} exactly right (${(100 * figures.rate).toFixed(1)}%)` +
      (figures.unknown
        ? `; ${figures.unknown} with a word the model does not know, not scored`
        : ''),
  ];
  for (const m of figures.mistakes) {
    lines.push(`  ✗ ${m.source}\n      expected ${m.expected}\n      produced ${m.produced}`);
  }
  return lines.join('\n');
}
