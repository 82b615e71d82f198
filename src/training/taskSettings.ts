/**
 * What the reader chooses about a task, apart from the task's data, so that the page's settings
 * form can check a choice without loading the corpus grammar (tasks.ts builds the data).
 */
import { shownValue } from './shownValue';
import type { SettingsProblem } from './settingsProblem';
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

/** Why the settings cannot make a task; undefined when they can. */
export function taskSettingsProblem(settings: TaskSettings): SettingsProblem | undefined {
  if (!TASK_KINDS.includes(settings.kind))
    return { kind: 'noTask', found: shownValue(settings.kind) };
  const { examples } = settings;
  if (!Number.isInteger(examples) || examples < EXAMPLE_COUNTS.min || examples > EXAMPLE_COUNTS.max)
    return {
      kind: 'outOfRange',
      setting: 'examples',
      whole: true,
      ...EXAMPLE_COUNTS,
      value: examples,
    };
  if (settings.kind === 'translate') {
    return settings.direction === 'en-fr' || settings.direction === 'fr-en'
      ? undefined
      : { kind: 'direction', found: shownValue(settings.direction) };
  }
  if (!SYMBOL_SETS.includes(settings.symbols))
    return { kind: 'symbols', found: shownValue(settings.symbols) };
  const { minLength, maxLength } = settings;
  const inRange = (n: number) =>
    Number.isInteger(n) && n >= SYMBOL_LENGTHS.min && n <= SYMBOL_LENGTHS.max;
  if (!inRange(minLength) || !inRange(maxLength) || minLength > maxLength)
    return { kind: 'lengths', ...SYMBOL_LENGTHS, shortest: minLength, longest: maxLength };
  return undefined;
}
