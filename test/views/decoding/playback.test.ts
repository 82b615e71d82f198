import { describe, expect, it } from 'vitest';
import { keyAction, playStart, stepAfter } from '../../../src/views/decoding/playback';

describe('playback', () => {
  it('stepAfter moves one step on and stops at the last step', () => {
    expect(stepAfter(0, 4)).toBe(1);
    expect(stepAfter(2, 4)).toBe(3);
    expect(stepAfter(3, 4)).toBeNull();
  });

  it('playStart starts again from the first step once the end was reached', () => {
    expect(playStart(3, 4)).toBe(0);
    expect(playStart(1, 4)).toBe(1);
  });

  it('arrow keys step within the translation, Home and End jump to its ends', () => {
    expect(keyAction('ArrowRight', 1, 5)).toEqual({ kind: 'goTo', step: 2 });
    expect(keyAction('ArrowRight', 4, 5)).toEqual({ kind: 'goTo', step: 4 });
    expect(keyAction('ArrowLeft', 0, 5)).toEqual({ kind: 'goTo', step: 0 });
    expect(keyAction('ArrowLeft', 3, 5)).toEqual({ kind: 'goTo', step: 2 });
    expect(keyAction('Home', 3, 5)).toEqual({ kind: 'goTo', step: 0 });
    expect(keyAction('End', 0, 5)).toEqual({ kind: 'goTo', step: 4 });
  });

  it('Space and K play or pause; other keys and an empty translation do nothing', () => {
    expect(keyAction(' ', 0, 5)).toEqual({ kind: 'togglePlay' });
    expect(keyAction('k', 0, 5)).toEqual({ kind: 'togglePlay' });
    expect(keyAction('x', 0, 5)).toEqual({ kind: 'none' });
    expect(keyAction('ArrowRight', 0, 0)).toEqual({ kind: 'none' });
  });
});
