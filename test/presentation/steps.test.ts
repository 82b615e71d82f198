import { describe, expect, it } from 'vitest';
import {
  DIGIT_PAUSE_MS,
  innerMove,
  keyFocus,
  keyMove,
  NO_DIGITS,
  type KeyFocus,
  type PresentationKey,
  type TypedDigits,
} from '../../src/app/presentation/steps';

const COUNT = 16;
const press = (key: string, extra: Partial<PresentationKey> = {}): PresentationKey => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...extra,
});
/** Where `key` takes the presentation from `step`, with the focus on the page itself. */
const moveFrom = (step: number, key: PresentationKey, focus: KeyFocus = 'page') =>
  keyMove(key, focus, step, COUNT, NO_DIGITS, 0).move;

describe('the presentation’s keys', () => {
  it('→, PageDown and Space go to the next step; ←, PageUp and Shift+Space to the one before', () => {
    for (const key of [press('ArrowRight'), press('PageDown'), press(' ')]) {
      expect(moveFrom(4, key)).toEqual({ to: 5 });
    }
    for (const key of [press('ArrowLeft'), press('PageUp'), press(' ', { shiftKey: true })]) {
      expect(moveFrom(4, key)).toEqual({ to: 3 });
    }
  });

  it('stops at both ends rather than wrapping round', () => {
    expect(moveFrom(0, press('ArrowLeft'))).toBeNull();
    expect(moveFrom(COUNT - 1, press('ArrowRight'))).toBeNull();
    expect(moveFrom(COUNT - 1, press(' '))).toBeNull();
  });

  it('Home and End go to the first and last steps', () => {
    expect(moveFrom(7, press('Home'))).toEqual({ to: 0 });
    expect(moveFrom(7, press('End'))).toEqual({ to: COUNT - 1 });
    expect(moveFrom(0, press('Home'))).toBeNull();
  });

  it('Esc leaves, even from the sentence box', () => {
    expect(moveFrom(3, press('Escape'))).toBe('leave');
    expect(moveFrom(3, press('Escape'), 'field')).toBe('leave');
  });

  it('in a field, every other key is the field’s: typing a sentence never turns the page', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', ' ', 'Home', 'End', '5', 'PageDown']) {
      expect(moveFrom(3, press(key), 'field')).toBeNull();
    }
  });

  it('Space on a button presses the button; arrows still move', () => {
    expect(moveFrom(3, press(' '), 'button')).toBeNull();
    expect(moveFrom(3, press('ArrowRight'), 'button')).toEqual({ to: 4 });
  });

  it('keys with Ctrl, Alt or Meta are left to the browser', () => {
    for (const extra of [{ ctrlKey: true }, { altKey: true }, { metaKey: true }]) {
      expect(moveFrom(3, press('ArrowRight', extra))).toBeNull();
      expect(moveFrom(3, press('Escape', extra))).toBeNull();
    }
  });

  it('other keys do nothing', () => {
    for (const key of ['a', 'Enter', 'Tab', 'F5', 'ArrowUp', 'ArrowDown']) {
      expect(moveFrom(3, press(key))).toBeNull();
    }
  });
});

describe('jumping by number', () => {
  const type = (digits: string, gapMs: number, step = 0) => {
    let typed: TypedDigits = NO_DIGITS;
    let current = step;
    const moves: (number | null)[] = [];
    [...digits].forEach((digit, i) => {
      const result = keyMove(press(digit), 'page', current, COUNT, typed, 1000 + i * gapMs);
      typed = result.typed;
      const move = result.move;
      if (move !== null && move !== 'leave') current = move.to;
      moves.push(move !== null && move !== 'leave' ? move.to : null);
    });
    return moves;
  };

  it('a digit jumps to that step, counting from 1', () => {
    expect(type('5', 0)).toEqual([4]);
    expect(type('1', 0, 3)).toEqual([0]);
  });

  it('two digits typed in a row jump to a two-digit step, through the first', () => {
    expect(type('12', 200, 5)).toEqual([0, 11]);
    expect(type('16', DIGIT_PAUSE_MS, 5)).toEqual([0, 15]);
  });

  it('a pause starts a new number', () => {
    expect(type('12', DIGIT_PAUSE_MS + 1, 5)).toEqual([0, 1]);
  });

  it('a number past the last step starts again from the new digit', () => {
    expect(type('19', 100, 5)).toEqual([0, 8]);
  });

  it('0 alone, or the step on screen, goes nowhere', () => {
    expect(type('0', 0)).toEqual([null]);
    expect(type('4', 0, 3)).toEqual([null]);
  });
});

describe('keyFocus', () => {
  it('tells fields, buttons and the page apart', () => {
    expect(keyFocus('INPUT', null, false)).toBe('field');
    expect(keyFocus('SELECT', null, false)).toBe('field');
    expect(keyFocus('TEXTAREA', null, false)).toBe('field');
    expect(keyFocus('DIV', null, true)).toBe('field');
    expect(keyFocus('DIV', 'slider', false)).toBe('field');
    expect(keyFocus('g', 'grid', false)).toBe('field');
    expect(keyFocus('BUTTON', null, false)).toBe('button');
    expect(keyFocus('SPAN', 'button', false)).toBe('button');
    expect(keyFocus('MAIN', null, false)).toBe('page');
    expect(keyFocus('BODY', null, false)).toBe('page');
  });
});

describe('innerMove: the keys go through a figure’s own steps first', () => {
  const inner = (step: number) => ({ step, count: 6 });
  it('→, PageDown and Space go forward inside the figure until its last step', () => {
    for (const key of [press('ArrowRight'), press('PageDown'), press(' ')]) {
      expect(innerMove(key, 'page', inner(0))).toBe(1);
      expect(innerMove(key, 'page', inner(4))).toBe(5);
      expect(innerMove(key, 'page', inner(5))).toBeNull();
    }
  });

  it('←, PageUp and Shift+Space go back inside the figure until its first step', () => {
    for (const key of [press('ArrowLeft'), press('PageUp'), press(' ', { shiftKey: true })]) {
      expect(innerMove(key, 'page', inner(3))).toBe(2);
      expect(innerMove(key, 'page', inner(0))).toBeNull();
    }
  });

  it('a figure without steps, a field, a modifier or another key leaves the key to the presentation', () => {
    expect(innerMove(press('ArrowRight'), 'page', null)).toBeNull();
    expect(innerMove(press('ArrowRight'), 'field', inner(2))).toBeNull();
    expect(innerMove(press('ArrowRight', { ctrlKey: true }), 'page', inner(2))).toBeNull();
    expect(innerMove(press(' '), 'button', inner(2))).toBeNull();
    expect(innerMove(press('ArrowRight'), 'button', inner(2))).toBe(3);
    for (const key of ['Home', 'End', '5', 'Escape', 'ArrowDown']) {
      expect(innerMove(press(key), 'page', inner(2))).toBeNull();
    }
  });
});
