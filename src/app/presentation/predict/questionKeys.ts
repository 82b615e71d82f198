/**
 * The presentation's keys while a question waits for the class: the keys that move forward
 * reveal the answer first (the next press then moves on), and digits pick a choice (1 then 2,
 * typed quickly, picks the twelfth). Every other key keeps its meaning (see steps.ts).
 */
import {
  NO_DIGITS,
  typeDigit,
  type KeyFocus,
  type PresentationKey,
  type TypedDigits,
} from '../steps';

export type QuestionAction = { pick: number } | 'reveal' | null;

export interface QuestionKeyResult {
  action: QuestionAction;
  typed: TypedDigits;
}

/** What `key` does to a question of `choices` choices not yet revealed. */
export function questionKey(
  key: PresentationKey,
  focus: KeyFocus,
  choices: number,
  typed: TypedDigits,
  now: number,
): QuestionKeyResult {
  const none = { action: null, typed };
  if (key.ctrlKey || key.metaKey || key.altKey || focus === 'field') return none;
  const space = key.key === ' ' && focus !== 'button' && !key.shiftKey;
  if (key.key === 'ArrowRight' || key.key === 'PageDown' || space) {
    return { action: 'reveal', typed: NO_DIGITS };
  }
  if (/^[0-9]$/.test(key.key)) {
    // No choice is "already on screen": any digit of a choice picks it.
    const result = typeDigit(key.key, -1, choices, typed, now);
    return {
      action: result.move === null || result.move === 'leave' ? null : { pick: result.move.to },
      typed: result.typed,
    };
  }
  return none;
}
