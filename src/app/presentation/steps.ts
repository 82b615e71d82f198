/**
 * How the presentation moves between its steps, one figure each, in the post's order, and
 * through the steps of a figure that has its own. Pure: which key does what, given where the
 * focus is, so that tests need no page.
 */

/** Where a key was pressed: in a field (which keeps its keys), on a button, or elsewhere. */
export type KeyFocus = 'field' | 'button' | 'page';

export interface PresentationKey {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** Digits typed in a row, to jump to step 12 by typing 1 then 2. */
export interface TypedDigits {
  digits: string;
  /** When the last digit was typed, in milliseconds. */
  at: number;
}

export const NO_DIGITS: TypedDigits = { digits: '', at: -Infinity };

/** A second digit typed within this time adds to the first. */
export const DIGIT_PAUSE_MS = 1000;

export type StepMove = { to: number } | 'leave' | null;

export interface KeyResult {
  move: StepMove;
  typed: TypedDigits;
}

/** Where a figure with steps of its own is among them (0-based). */
export interface InnerPosition {
  step: number;
  count: number;
}

/**
 * What `key` does on step `step` of `count`: ← → PageUp PageDown and Space (Shift+Space back)
 * move by one, Home and End go to the ends, digits jump to that step, Esc leaves. Keys pressed
 * in a field stay the field's (except Esc), Space on a button presses the button, and keys with
 * Ctrl, Alt or Meta are the browser's.
 */
export function keyMove(
  key: PresentationKey,
  focus: KeyFocus,
  step: number,
  count: number,
  typed: TypedDigits,
  now: number,
): KeyResult {
  const none = { move: null, typed };
  if (key.ctrlKey || key.metaKey || key.altKey) return none;
  if (key.key === 'Escape') return { move: 'leave', typed: NO_DIGITS };
  if (focus === 'field') return none;
  const to = (target: number): KeyResult => ({
    move: target === step || target < 0 || target >= count ? null : { to: target },
    typed: NO_DIGITS,
  });
  switch (key.key) {
    case 'ArrowRight':
    case 'PageDown':
      return to(step + 1);
    case 'ArrowLeft':
    case 'PageUp':
      return to(step - 1);
    case ' ':
      return focus === 'button' ? none : to(key.shiftKey ? step - 1 : step + 1);
    case 'Home':
      return to(0);
    case 'End':
      return to(count - 1);
  }
  if (/^[0-9]$/.test(key.key)) return typeDigit(key.key, step, count, typed, now);
  return none;
}

/**
 * The figure's own step that `key` goes to: → PageDown and Space go forward, ← PageUp and
 * Shift+Space back, as long as the figure has a step that way; null when the key is for the
 * presentation (at the figure's first or last step, or any other key).
 */
export function innerMove(
  key: PresentationKey,
  focus: KeyFocus,
  inner: InnerPosition | null,
): number | null {
  if (inner === null || focus === 'field' || key.ctrlKey || key.metaKey || key.altKey) return null;
  const space = key.key === ' ' && focus !== 'button';
  const forward = key.key === 'ArrowRight' || key.key === 'PageDown' || (space && !key.shiftKey);
  const back = key.key === 'ArrowLeft' || key.key === 'PageUp' || (space && key.shiftKey);
  if (forward && inner.step < inner.count - 1) return inner.step + 1;
  if (back && inner.step > 0) return inner.step - 1;
  return null;
}

/** A digit typed soon after another adds to it while the number stays a step; else it starts anew. */
export function typeDigit(
  digit: string,
  step: number,
  count: number,
  typed: TypedDigits,
  now: number,
): KeyResult {
  const joined = typed.digits + digit;
  const continues = now - typed.at <= DIGIT_PAUSE_MS && Number(joined) <= count;
  const digits = continues ? joined : digit;
  const target = Number(digits) - 1;
  const move = target >= 0 && target < count && target !== step ? { to: target } : null;
  return { move, typed: { digits, at: now } };
}

const FIELD_ROLES = new Set([
  'textbox',
  'combobox',
  'listbox',
  'option',
  'slider',
  'spinbutton',
  'radio',
  'radiogroup',
  'tab',
  'tablist',
  'grid',
  'gridcell',
  'menu',
  'menuitem',
]);

/** What kind of element a key was pressed on, from its tag name, role and editability. */
export function keyFocus(tagName: string, role: string | null, editable: boolean): KeyFocus {
  const tag = tagName.toLowerCase();
  if (editable || tag === 'input' || tag === 'textarea' || tag === 'select') return 'field';
  if (role && FIELD_ROLES.has(role)) return 'field';
  if (
    tag === 'button' ||
    tag === 'a' ||
    tag === 'summary' ||
    role === 'button' ||
    role === 'link'
  ) {
    return 'button';
  }
  return 'page';
}
