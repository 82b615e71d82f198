/**
 * Why lab settings cannot be trained, as data: each page language writes it in its own words
 * (src/i18n/{en,fr}/settingsProblems.ts), and the worker's messages use the English.
 */

/** A setting chosen from a list. */
export type ChosenSetting = 'dModel' | 'heads' | 'layers' | 'batchSize';
/** A setting typed as a number within bounds. */
export type RangedSetting = 'learningRateScale' | 'warmupSteps' | 'steps' | 'seed' | 'examples';

export type SettingsProblem =
  | { kind: 'notOneOf'; setting: ChosenSetting; value: number; choices: readonly number[] }
  | { kind: 'indivisible'; dModel: number; heads: number }
  | {
      kind: 'outOfRange';
      setting: RangedSetting;
      whole: boolean;
      min: number;
      max: number;
      value: number;
    }
  | { kind: 'noTask'; found: string }
  | { kind: 'direction'; found: string }
  | { kind: 'symbols'; found: string }
  | { kind: 'lengths'; min: number; max: number; shortest: number; longest: number };
