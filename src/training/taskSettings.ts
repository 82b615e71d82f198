/**
 * What the reader chooses about a task, apart from the task's data, so that the page's settings
 * form can check a choice without loading the corpus grammar (tasks.ts builds the data).
 */
import { shownValue } from './shownValue';
import type { Direction } from './direction';

export type SymbolTaskKind = 'copy' | 'reverse' | 'sort';
export type TaskKind = SymbolTaskKind | 'translate';
export type SymbolSet = 'digits' | 'letters';

export const TASK_KINDS: readonly TaskKind[] = ['copy', 'reverse', 'sort', 'translate'];
export const SYMBOL_SETS: readonly SymbolSet[] = ['digits', 'letters'];

export interface TaskSettings {
  kind: TaskKind;
  /** Symbol tasks: what the sequences are made of. */
  symbols: SymbolSet;
  /** Symbol tasks: the shortest and longest sequence, in symbols. */
  minLength: number;
  maxLength: number;
  /** Translation: which side the model reads. */
  direction: Direction;
  /** Training examples: sequences, or sentence pairs of the corpus. */
  examples: number;
}

/** Examples kept apart, never trained on, to measure the held-out loss. */
export const HELD_OUT_EXAMPLES = 64;

/** Lengths a symbol task accepts: long enough to show a pattern, short enough to learn quickly. */
export const SYMBOL_LENGTHS = { min: 2, max: 16 } as const;
/** Examples a task accepts. */
export const EXAMPLE_COUNTS = { min: 100, max: 10_000 } as const;

/** Why the settings cannot make a task, in a sentence; undefined when they can. */
export function taskSettingsProblem(settings: TaskSettings): string | undefined {
  if (!TASK_KINDS.includes(settings.kind)) return `there is no task "${shownValue(settings.kind)}"`;
  const { examples } = settings;
  if (!Number.isInteger(examples) || examples < EXAMPLE_COUNTS.min || examples > EXAMPLE_COUNTS.max)
    return `the number of examples must be a whole number from ${EXAMPLE_COUNTS.min} to ${EXAMPLE_COUNTS.max}, found ${examples}`;
  if (settings.kind === 'translate') {
    return settings.direction === 'en-fr' || settings.direction === 'fr-en'
      ? undefined
      : `the direction must be en-fr or fr-en, found "${shownValue(settings.direction)}"`;
  }
  if (!SYMBOL_SETS.includes(settings.symbols))
    return `the symbols must be digits or letters, found "${shownValue(settings.symbols)}"`;
  const { minLength, maxLength } = settings;
  const inRange = (n: number) =>
    Number.isInteger(n) && n >= SYMBOL_LENGTHS.min && n <= SYMBOL_LENGTHS.max;
  if (!inRange(minLength) || !inRange(maxLength) || minLength > maxLength)
    return `the lengths must be whole numbers from ${SYMBOL_LENGTHS.min} to ${SYMBOL_LENGTHS.max}, the shortest first; found ${minLength} to ${maxLength}`;
  return undefined;
}
