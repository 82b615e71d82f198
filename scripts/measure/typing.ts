/**
 * Whether the sentence box keeps up with fast typing while the figures redraw: keys typed every
 * `delayMs`, each keystroke timed by the browser's Event Timing API from the key event to the next
 * frame painted after its handlers ran (what INP measures). The API reports only keystrokes of 16
 * ms or more; the others are counted as faster.
 */
import type { Page } from '@playwright/test';

export interface TypingLag {
  keystrokes: number;
  /** Durations of the keystrokes the browser reported (16 ms or more), in ms. */
  slow: number[];
}

export async function measureTypingLag(
  page: Page,
  text: string,
  delayMs: number,
): Promise<TypingLag> {
  await page.evaluate(() => {
    const input = document.querySelector('#sentence');
    const durations = new Map<number, number>();
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        if (entry.interactionId && entry.target === input) {
          durations.set(
            entry.interactionId,
            Math.max(durations.get(entry.interactionId) ?? 0, entry.duration),
          );
        }
      }
    });
    // The DOM types do not list durationThreshold yet; without it only 104 ms or more is reported.
    const options: PerformanceObserverInit & { durationThreshold: number } = {
      type: 'event',
      durationThreshold: 16,
    };
    observer.observe(options);
    Object.assign(window, { typingLag: { durations, observer } });
  });
  await page.locator('#sentence').press('End');
  // Keys go to the focused box: finding it for each key would search the page on its thread.
  await page.keyboard.type(text, { delay: delayMs });
  for (let i = 0; i < text.length; i++) {
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(delayMs);
  }
  // Entries are reported once the frame after the last key has been painted.
  await page.waitForTimeout(500);
  const slow = await page.evaluate(() => {
    const { typingLag } = window as unknown as {
      typingLag: { durations: Map<number, number>; observer: PerformanceObserver };
    };
    typingLag.observer.disconnect();
    return [...typingLag.durations.values()];
  });
  return { keystrokes: 2 * text.length, slow };
}
