/**
 * Walking the page section by section in a browser test: the sections in order, and one brought
 * into view with its figures showing the run on screen.
 */
import { expect, type Page } from '@playwright/test';

const LONG = { timeout: 60_000 };

/** The page's sections, in order. */
export async function sectionIds(page: Page): Promise<string[]> {
  return page.locator('section.figure-section').evaluateAll((nodes) => nodes.map((n) => n.id));
}

/** Scrolls `id` into view and waits until its figures show the run on screen. */
export async function showSection(page: Page, id: string): Promise<void> {
  const section = page.locator(`section#${id}`);
  await section.evaluate((node) => node.scrollIntoView({ block: 'start' }));
  const runId = await page
    .locator('.figure-scope[data-run-id]')
    .evaluateAll((nodes) => Math.max(...nodes.map((n) => Number(n.getAttribute('data-run-id')))));
  await expect(section.locator('.figure-scope')).toHaveAttribute(
    'data-run-id',
    String(runId),
    LONG,
  );
  // Two frames: figures that measure themselves after their first paint have redrawn.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}
