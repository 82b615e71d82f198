/**
 * The training lab's tasks: what a model trained in the page learns to do.
 * - copy, reverse, sort: sequences of symbols (digits or letters) of random lengths, and the same
 *   symbols copied, reversed or sorted. Small, quick to learn, and each leaves its own pattern in
 *   the encoder-decoder attention (a diagonal, an anti-diagonal, a jump to the next smallest).
 * - translate: a small slice of the English ↔ French corpus, either way.
 * Everything is drawn from the seed, so the same settings give the same data on every machine.
 */
import { POST_SENTENCES, buildVocabulary, generateCorpus, pairKey, type Language } from '../corpus';
import { SPECIAL_TOKENS } from '../engine';
import { randomInt, seededRandom, shuffle } from '../engine';
import { Vocabulary } from '../engine';
import { settingsProblem } from '../i18n/en/settingsProblems';
import { toIdPairs, type IdPair } from './dataset';
import { sidesOf, sidesOfPair, type Direction } from './direction';
import {
  HELD_OUT_EXAMPLES,
  taskSettingsProblem,
  type SymbolSet,
  type SymbolTaskKind,
  type TaskSettings,
} from './taskSettings';

const SYMBOLS: Record<SymbolSet, readonly string[]> = {
  digits: '0123456789'.split(''),
  letters: 'abcdefghijklmnopqrstuvwxyz'.split(''),
};

/** One example as the reader sees it: the words the model reads and the words it should write. */
export interface TaskExample {
  source: string[];
  target: string[];
}

export interface TaskData {
  /** "reverse 3 to 8 digits", "English → French, 2,000 pairs". */
  label: string;
  source: Vocabulary;
  target: Vocabulary;
  /** How the sentence box splits what the reader types for this task's model. */
  languages: { source: Language; target: Language };
  train: IdPair[];
  heldOut: IdPair[];
  /** The example whose attention the lab draws as training goes on. */
  probe: TaskExample;
  /** The longest sequence on either side, in words, without <eos> or <bos>. */
  longest: number;
}

/** The task's data for a seed; throws with the settings' problem if there is one. */
export function buildTask(settings: TaskSettings, seed: number): TaskData {
  const problem = taskSettingsProblem(settings);
  if (problem) throw new Error(settingsProblem(problem));
  return settings.kind === 'translate'
    ? translationTask(settings, seed)
    : symbolTask(settings, settings.kind, seed);
}

/** What the model should write for a sequence of symbols. */
export function symbolTarget(kind: SymbolTaskKind, source: readonly string[], symbols: SymbolSet) {
  if (kind === 'copy') return [...source];
  if (kind === 'reverse') return [...source].reverse();
  const order = SYMBOLS[symbols];
  return [...source].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

function symbolTask(settings: TaskSettings, kind: SymbolTaskKind, seed: number): TaskData {
  const symbols = SYMBOLS[settings.symbols];
  const vocabulary = new Vocabulary([...SPECIAL_TOKENS, ...symbols]);
  const random = seededRandom(seed);
  const sequence = (): string[] => {
    const length =
      settings.minLength + randomInt(random, settings.maxLength - settings.minLength + 1);
    return Array.from({ length }, () => symbols[randomInt(random, symbols.length)]);
  };
  // Distinct symbols, as long as the longest sequence: each word's attention has one right place.
  const probeSource = shuffle(random, [...symbols]).slice(0, settings.maxLength);
  const probe = { source: probeSource, target: symbolTarget(kind, probeSource, settings.symbols) };

  // Held-out sequences are drawn first, and training never uses one of them (nor the probe).
  const seen = new Set([probeSource.join(' ')]);
  const draw = (count: number): TaskExample[] => {
    const examples: TaskExample[] = [];
    for (let attempt = 0; examples.length < count && attempt < count * 50; attempt++) {
      const source = sequence();
      const key = source.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      examples.push({ source, target: symbolTarget(kind, source, settings.symbols) });
    }
    return examples;
  };
  const heldOut = draw(HELD_OUT_EXAMPLES);
  const train = draw(settings.examples);
  const ids = (examples: TaskExample[]) =>
    examples.map((e) => ({
      src: vocabulary.toIds(e.source).ids,
      tgt: vocabulary.toIds(e.target).ids,
    }));
  const lengths =
    settings.minLength === settings.maxLength
      ? `${settings.maxLength}`
      : `${settings.minLength} to ${settings.maxLength}`;
  return {
    label: `${kind} ${lengths} ${settings.symbols}`,
    source: vocabulary,
    target: vocabulary,
    languages: { source: 'en', target: 'en' },
    train: ids(train),
    heldOut: ids(heldOut),
    probe,
    longest: settings.maxLength,
  };
}

/** The post's example, "the animal didn't cross the street because it was too tired". */
const TRANSLATION_PROBE = POST_SENTENCES.find((pair) => pair.tags.includes('it:agent'));

function translationTask(settings: TaskSettings, seed: number): TaskData {
  const direction: Direction = settings.direction;
  // Enough pairs, with a tenth to spare, that the training split (80% of them) holds the
  // examples asked for; held-out pairs come from the other splits (20%).
  const wanted = Math.max(settings.examples * 1.25, HELD_OUT_EXAMPLES * 5);
  const corpus = generateCorpus({ seed, size: Math.ceil(wanted * 1.1) });
  const all = [...corpus.train, ...corpus.dev, ...corpus.test];
  const sides = sidesOf(direction);
  const source = new Vocabulary(buildVocabulary(all, sides.source));
  const target = new Vocabulary(buildVocabulary(all, sides.target));
  const probePair = TRANSLATION_PROBE ?? corpus.train[0];
  const heldOutPairs = [...corpus.dev, ...corpus.test].slice(0, HELD_OUT_EXAMPLES);
  const trainPairs = corpus.train.slice(0, settings.examples);
  const [probeSource, probeTarget] = sidesOfPair(probePair, direction);
  const used = [...trainPairs, ...heldOutPairs];
  if (!used.some((pair) => pairKey(pair) === pairKey(probePair))) used.push(probePair);
  const names: Record<Language, string> = { en: 'English', fr: 'French' };
  return {
    label: `${names[sides.source]} → ${names[sides.target]}, ${settings.examples.toLocaleString('en-US')} pairs`,
    source,
    target,
    languages: { source: sides.source, target: sides.target },
    train: toIdPairs(trainPairs, direction, source, target),
    heldOut: toIdPairs(heldOutPairs, direction, source, target),
    probe: { source: probeSource, target: probeTarget },
    longest: Math.max(...used.flatMap((pair) => sidesOfPair(pair, direction).map((s) => s.length))),
  };
}

/** A seed for one use of a run's seed (data, weights, batch order), so the uses do not correlate. */
export function derivedSeed(seed: number, use: number): number {
  return (Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) + Math.imul(use, 0x85ebca6b)) >>> 0;
}
