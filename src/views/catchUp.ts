/**
 * Sections far from the viewport keep the run they last drew (figureStore.ts). Once the reader
 * has stopped typing (no new sentence nor run for QUIET_MS), they catch up one at a time, the
 * nearest to the viewport first, each in its own idle moment: the whole page then shows the
 * newest run (for find-in-page, screen readers, a later scroll) without any of that work landing
 * while the reader types. Other changes (a choice of head, the link kept in the address bar,
 * which the catching up itself may cause) do not put the catching up off.
 */

/** Longer than the pause between two keystrokes of someone typing. */
export const QUIET_MS = 600;
/** Most an idle moment may be put off when the page is never idle. */
const IDLE_TIMEOUT_MS = 1000;

export interface BehindSection {
  /** Where the section is, to take the nearest first. */
  element(): Element;
  isBehind(): boolean;
  catchUp(): void;
}

const behind = new Set<BehindSection>();
/** Set while waiting for the page to be quiet. */
let timer: ReturnType<typeof setTimeout> | undefined;
/** While sections are catching up, one after the other. */
let catchingUp = false;
/** Bumped each time the reader types: a catch-up under way stops. */
let generation = 0;

/**
 * `section` has fallen behind the page: it will catch up once the page is quiet. `typing`: the
 * change was a new sentence or a new run, which starts the wait for quiet again.
 */
export function fellBehind(section: BehindSection, typing: boolean): void {
  behind.add(section);
  if (!typing && (timer !== undefined || catchingUp)) return;
  generation += 1;
  catchingUp = false;
  clearTimeout(timer);
  const started = generation;
  timer = setTimeout(() => {
    timer = undefined;
    catchingUp = true;
    catchUpNext(started);
  }, QUIET_MS);
}

/** `section` is gone or caught up by other means. */
export function forget(section: BehindSection): void {
  behind.delete(section);
}

function catchUpNext(started: number): void {
  whenIdle(() => {
    if (started !== generation) return;
    const next = nearest();
    if (!next) {
      catchingUp = false;
      return;
    }
    behind.delete(next);
    next.catchUp();
    catchUpNext(started);
  });
}

function nearest(): BehindSection | undefined {
  let best: BehindSection | undefined;
  let bestDistance = Infinity;
  for (const section of behind) {
    if (!section.isBehind()) {
      behind.delete(section);
      continue;
    }
    const box = section.element().getBoundingClientRect();
    const distance = Math.max(0, box.top - window.innerHeight, -box.bottom);
    if (distance < bestDistance) {
      best = section;
      bestDistance = distance;
    }
  }
  return best;
}

function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
  } else {
    setTimeout(callback);
  }
}
