/**
 * Keystroke to translation on screen, typing without pause: from the keydown event's timestamp to
 * the first animation frame after the page shows the finished translation of the sentence now in
 * the box, with what the page's status line says the run took.
 */
import type { Page } from '@playwright/test';
import { formatSummary, summarize } from './stats';

/** Edits made first and not counted, so the engine is measured once the JIT has compiled it. */
const WARM_UP_EDITS = 10;

/** Installs the stopwatch: keydown in the box → the finished translation of the new sentence. */
async function installStopwatch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#sentence');
    const translation = document.querySelector<HTMLElement>('[data-testid="translation"]');
    if (!input || !translation) throw new Error('the page has no sentence box');
    const status = document.querySelector<HTMLElement>('[data-testid="status"]');
    const samples: number[] = [];
    const engineMs: number[] = [];
    const workerMs: number[] = [];
    const roundTripMs: number[] = [];
    const stageTransferMs: number[] = [];
    const traceBytes: number[] = [];
    let keydownAt: number | null = null;
    input.addEventListener(
      'keydown',
      (event) => {
        keydownAt = event.timeStamp;
      },
      true,
    );
    const watch = new MutationObserver(() => {
      const shown =
        translation.dataset.state === 'fresh' && translation.dataset.sentence === input.value;
      if (keydownAt === null || !shown) return;
      const start = keydownAt;
      keydownAt = null;
      engineMs.push(Number(status?.dataset.computeMs));
      workerMs.push(Number(status?.dataset.workerMs));
      roundTripMs.push(Number(status?.dataset.roundTripMs));
      stageTransferMs.push(Number(status?.dataset.transferMs));
      traceBytes.push(Number(status?.dataset.traceBytes));
      requestAnimationFrame(() => samples.push(performance.now() - start));
    });
    watch.observe(translation, {
      attributes: true,
      childList: true,
      characterData: true,
      subtree: true,
    });
    Object.assign(window, {
      latencySamples: samples,
      engineMs,
      workerMs,
      roundTripMs,
      stageTransferMs,
      traceBytes,
    });
  });
}

export interface KeystrokeTimings {
  /** Keydown to the frame showing the translation. */
  samples: number[];
  /**
   * Of which: the engine computing; the worker from receiving `run` to posting `done`; the
   * page from posting `run` to receiving `done`.
   */
  engineMs: number[];
  workerMs: number[];
  roundTripMs: number[];
  /** The run's stages: time from posting to arrival summed over them, and their bytes. */
  stageTransferMs: number[];
  traceBytes: number[];
}

export async function measureKeystrokes(page: Page, edits: number): Promise<KeystrokeTimings> {
  await installStopwatch(page);
  const box = page.locator('#sentence');
  await box.fill('the animal was too tired');
  await page.waitForSelector('[data-testid="translation"][data-state="fresh"]');
  await box.press('End');
  const count = () =>
    page.evaluate(() => (window as unknown as { latencySamples: number[] }).latencySamples.length);
  const before = (await count()) + WARM_UP_EDITS;
  for (let i = -WARM_UP_EDITS; i < edits; i++) {
    // Alternately delete the last letter and type it back: every edit is a new sentence. Keys
    // go to the focused box: finding it for each key would search the whole page on its thread.
    await page.keyboard.press((i + WARM_UP_EDITS) % 2 === 0 ? 'Backspace' : 'd');
    await page.waitForFunction((n) => {
      const w = window as unknown as { latencySamples: number[] };
      return w.latencySamples.length > n;
    }, before + i);
  }
  return page.evaluate((from) => {
    const w = window as unknown as Record<
      'latencySamples' | 'engineMs' | 'workerMs' | 'roundTripMs' | 'stageTransferMs' | 'traceBytes',
      number[]
    >;
    return {
      samples: w.latencySamples.slice(from),
      engineMs: w.engineMs.slice(from),
      workerMs: w.workerMs.slice(from),
      stageTransferMs: w.stageTransferMs.slice(from),
      traceBytes: w.traceBytes.slice(from),
      roundTripMs: w.roundTripMs.slice(from),
    };
  }, before);
}

export function reportKeystrokes(keystrokes: KeystrokeTimings, budgetMs: number): void {
  const summary = summarize(keystrokes.samples);
  console.log(`keystroke → translation on screen, typing without pause, ${summary.count} edits:`);
  console.log(
    `  ${formatSummary(summary)}  (budget: p95 < ${budgetMs} ms: ` +
      `${summary.p95 < budgetMs ? 'met' : 'NOT met'})`,
  );
  console.log(
    `  of which, medians: engine ${summarize(keystrokes.engineMs).median.toFixed(1)} ms, ` +
      `worker ${summarize(keystrokes.workerMs).median.toFixed(1)} ms, ` +
      `run request to result ${summarize(keystrokes.roundTripMs).median.toFixed(1)} ms`,
  );
  const stageMs = summarize(keystrokes.stageTransferMs).median;
  const stageKB = summarize(keystrokes.traceBytes).median / 1024;
  console.log(
    `  the page's own stages, median run: ${stageKB.toFixed(0)} kB of trace; ` +
      `their delays from posting to arrival add up to ${stageMs.toFixed(1)} ms, ` +
      `overlapping: mostly each stage waiting on the page's thread behind the ones before it`,
  );
}
