/**
 * Stepping through a translation one decoding step at a time: which step a button or a key leads
 * to. Pure, so the controls' behaviour is tested without a DOM or a timer.
 */

/** How long one decoding step stays on screen while playing. */
export const STEP_INTERVAL_MS = 1400;

export type PlaybackAction =
  { kind: 'goTo'; step: number } | { kind: 'togglePlay' } | { kind: 'none' };

/** The step after `step`, or null at the last one (playing stops there rather than looping). */
export function stepAfter(step: number, stepCount: number): number | null {
  return step + 1 < stepCount ? step + 1 : null;
}

/** The step the Play button starts from: the beginning again once the end was reached. */
export function playStart(step: number, stepCount: number): number {
  return step >= stepCount - 1 ? 0 : step;
}

/**
 * What a key does on the player: ← and → step back and forth, Home and End jump to the first
 * and last step, Space and K (as in video players) play or pause.
 */
export function keyAction(key: string, step: number, stepCount: number): PlaybackAction {
  if (stepCount === 0) return { kind: 'none' };
  const last = stepCount - 1;
  switch (key) {
    case 'ArrowRight':
      return { kind: 'goTo', step: Math.min(step + 1, last) };
    case 'ArrowLeft':
      return { kind: 'goTo', step: Math.max(step - 1, 0) };
    case 'Home':
      return { kind: 'goTo', step: 0 };
    case 'End':
      return { kind: 'goTo', step: last };
    case ' ':
    case 'k':
      return { kind: 'togglePlay' };
    default:
      return { kind: 'none' };
  }
}
