/**
 * Keystroke to every figure in the viewport redrawn, at a few places on the page. Each section's
 * figures sit in a FigureScope whose root carries the id of the run they show (data-run-id, set
 * once they have committed and painted their canvases). An edit is timed from the keydown
 * event's timestamp to the task after the first frame painted once every section in the viewport
 * carries the new run's id; the translation, to the first animation frame showing it, as in the
 * typing measurement. The reader pauses until both are on screen before the next key.
 */
import type { Page } from '@playwright/test';

export interface Position {
  name: string;
  /** Scrolled to the top of the viewport; null for the top of the page. */
  anchor: string | null;
}

export const POSITIONS: Position[] = [
  { name: 'top of the page', anchor: null },
  { name: 'self-attention', anchor: '#self-attention-high-level' },
  { name: 'matrices', anchor: '#matrix-calculation' },
  { name: 'decoder side', anchor: '#decoder-side' },
];

interface EditSample {
  figuresMs: number;
  translationMs: number;
  sections: string[];
}

export interface PositionTimings {
  position: Position;
  /** Keystroke to every figure in the viewport redrawn, one per edit. */
  figuresMs: number[];
  /** Keystroke to the translation on screen, the same edits. */
  translationMs: number[];
  /** Title of each section in the viewport during the edits, by id. */
  sections: Map<string, string>;
  /** Each section's own redraw time (its render and effects), from the performance timeline. */
  redrawMs: Map<string, number[]>;
}

/** Installs the page's side of the stopwatch; it runs only while `figureWatch.armed`. */
export async function installFigureWatch(page: Page): Promise<void> {
  // Helpers are object methods: the script runner would wrap named functions in a helper that
  // does not exist inside the page.
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#sentence');
    const translation = document.querySelector<HTMLElement>('[data-testid="translation"]');
    const main = document.querySelector('main');
    if (!input || !translation || !main) throw new Error('the page has no sentence box');
    interface Edit {
      at: number;
      before: number;
      scopes: HTMLElement[];
      translationMs: number | null;
      figuresMs: number | null;
      drawn: boolean;
    }
    const watch = {
      armed: false,
      pending: null as Edit | null,
      samples: [] as EditSample[],
      runOf(scope: HTMLElement) {
        return Number(scope.dataset.runId ?? 0);
      },
      newestRun() {
        let newest = 0;
        for (const scope of document.querySelectorAll<HTMLElement>('.figure-scope')) {
          newest = Math.max(newest, watch.runOf(scope));
        }
        return newest;
      },
      inViewport() {
        return [...document.querySelectorAll<HTMLElement>('.figure-scope')].filter((scope) => {
          const box = (scope.closest('section') ?? scope).getBoundingClientRect();
          return box.bottom > 0 && box.top < innerHeight;
        });
      },
      check() {
        const edit = watch.pending;
        if (!edit) return;
        const translated =
          translation.dataset.state === 'fresh' && translation.dataset.sentence === input.value;
        if (edit.translationMs === null && translated) {
          edit.translationMs = -1;
          requestAnimationFrame(() => {
            edit.translationMs = performance.now() - edit.at;
            watch.finish(edit);
          });
        }
        if (!edit.drawn && edit.scopes.every((scope) => watch.runOf(scope) > edit.before)) {
          edit.drawn = true;
          requestAnimationFrame(() =>
            setTimeout(() => {
              edit.figuresMs = performance.now() - edit.at;
              watch.finish(edit);
            }),
          );
        }
      },
      finish(edit: Edit) {
        if (edit.figuresMs === null || edit.translationMs === null || edit.translationMs < 0) {
          return;
        }
        watch.samples.push({
          figuresMs: edit.figuresMs,
          translationMs: edit.translationMs,
          sections: edit.scopes.map((scope) => scope.dataset.section ?? '?'),
        });
        if (watch.pending === edit) watch.pending = null;
      },
    };
    input.addEventListener(
      'keydown',
      (event) => {
        if (!watch.armed) return;
        watch.pending = {
          at: event.timeStamp,
          before: watch.newestRun(),
          scopes: watch.inViewport(),
          translationMs: null,
          figuresMs: null,
          drawn: false,
        };
      },
      true,
    );
    new MutationObserver(() => watch.check()).observe(main, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-run-id', 'data-state', 'data-sentence'],
    });
    Object.assign(window, { figureWatch: watch });
  });
}

type WatchWindow = { figureWatch: { armed: boolean; samples: EditSample[] } };

/** Scrolls to `position` and waits until the sections there show the newest run. */
async function scrollTo(page: Page, position: Position): Promise<void> {
  await page.evaluate((anchor) => {
    if (anchor) document.querySelector(anchor)?.scrollIntoView({ block: 'start' });
    else window.scrollTo(0, 0);
  }, position.anchor);
  await page.waitForFunction(() => {
    const scopes = [...document.querySelectorAll<HTMLElement>('.figure-scope')];
    const runs = scopes.map((scope) => Number(scope.dataset.runId ?? 0));
    const newest = Math.max(...runs);
    return scopes.every((scope, i) => {
      const box = (scope.closest('section') ?? scope).getBoundingClientRect();
      return box.bottom <= 0 || box.top >= innerHeight || runs[i] === newest;
    });
  });
  // Let the sections that fell behind catch up before timing starts.
  await page.waitForTimeout(1500);
}

/** `edits` single-key edits at `position`, after `warmUp` uncounted ones. */
export async function measureFiguresAt(
  page: Page,
  position: Position,
  edits: number,
  warmUp: number,
): Promise<PositionTimings> {
  await scrollTo(page, position);
  await page.locator('#sentence').press('End');
  await page.evaluate(() => {
    const { figureWatch } = window as unknown as WatchWindow;
    figureWatch.samples = [];
    figureWatch.armed = true;
  });
  for (let i = -warmUp; i < edits; i++) {
    if (i === 0) await page.evaluate(() => performance.clearMeasures());
    // Alternately delete the last letter and type it back: every edit is a new sentence. Keys
    // go to the focused box: finding it for each key would search the whole page on its thread.
    await page.keyboard.press((i + warmUp) % 2 === 0 ? 'Backspace' : 'd');
    await page.waitForFunction(
      (n) => (window as unknown as WatchWindow).figureWatch.samples.length > n,
      i + warmUp,
      { timeout: 30_000 },
    );
  }
  const { samples, measures, titles } = await page.evaluate(() => {
    const { figureWatch } = window as unknown as WatchWindow;
    figureWatch.armed = false;
    const ids = new Set(figureWatch.samples.flatMap((sample) => sample.sections));
    return {
      samples: figureWatch.samples,
      measures: performance
        .getEntriesByType('measure')
        .filter((entry) => entry.name.startsWith('figures: '))
        .map((entry) => ({ id: entry.name.slice('figures: '.length), ms: entry.duration })),
      titles: [...ids].map(
        (id) => [id, document.getElementById(`${id}-title`)?.textContent ?? id] as const,
      ),
    };
  });
  const counted = samples.slice(warmUp);
  const sections = new Map(titles);
  const redrawMs = new Map<string, number[]>();
  for (const { id, ms } of measures) {
    if (sections.has(id)) redrawMs.set(id, [...(redrawMs.get(id) ?? []), ms]);
  }
  return {
    position,
    figuresMs: counted.map((sample) => sample.figuresMs),
    translationMs: counted.map((sample) => sample.translationMs),
    sections,
    redrawMs,
  };
}

/** Every section's id and title, in the page's order. */
export async function sectionPositions(page: Page): Promise<Position[]> {
  const sections = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('section.figure-section')].map((section) => ({
      id: section.id,
      title: document.getElementById(`${section.id}-title`)?.textContent ?? section.id,
    })),
  );
  return sections.map(({ id, title }) => ({ name: title, anchor: `#${id}` }));
}
