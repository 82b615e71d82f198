import { expect, test, type Page } from '@playwright/test';
import { sectionIds, showSection } from './sections';

/**
 * The page fits a phone, a laptop and a projector: at 390 × 844, 1366 × 768 and 1920 × 1080 it
 * never scrolls sideways, no section is wider than the column, nothing in a figure runs past its
 * section unless it sits in a box that scrolls sideways on purpose, and no button or field is
 * hidden under another part of the page (the toolbar pinned in a corner, the sticky sentence bar)
 * when the reader moves to it, as the Tab key does. Each test prints what it measured.
 */

const SCREENS = [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
const LONG = { timeout: 60_000 };

/** Opens the page and waits for the first translation and the figures drawn from it. */
async function openPage(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('translation')).not.toBeEmpty(LONG);
  await expect(page.locator('main[data-figures-sentence]')).toBeVisible(LONG);
}

/** How far the section runs past its own box, and each element that runs past its content box. */
async function overflowsOf(page: Page, id: string): Promise<string[]> {
  return page.locator(`section#${id}`).evaluate((section) => {
    const found: string[] = [];
    const sectionExcess = section.scrollWidth - section.clientWidth;
    if (sectionExcess > 1) found.push(`${section.id} is ${sectionExcess} px wider than its box`);
    const style = getComputedStyle(section);
    const box = section.getBoundingClientRect();
    const zoom = section.currentCSSZoom;
    const left = box.left + (parseFloat(style.paddingLeft) + section.clientLeft) * zoom;
    const right = box.right - (parseFloat(style.paddingRight) + section.clientLeft) * zoom;
    const name = (element: Element): string => {
      const classes = element.getAttribute('class')?.split(' ').slice(0, 2).join('.') ?? '';
      return `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''}`;
    };
    /** Inside a box that scrolls sideways (the reader swipes it), or laid out of the flow. */
    const contained = (element: Element): boolean => {
      for (let at = element.parentElement; at && at !== section; at = at.parentElement) {
        const overflowX = getComputedStyle(at).overflowX;
        if (overflowX === 'auto' || overflowX === 'scroll') return true;
      }
      return false;
    };
    const reported: Element[] = [];
    for (const element of section.querySelectorAll('*')) {
      if (reported.some((outer) => outer.contains(element))) continue;
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue;
      const past = Math.max(rect.right - right, left - rect.left);
      if (past <= 1 || contained(element)) continue;
      reported.push(element);
      found.push(`${section.id} ${name(element)} runs ${Math.round(past)} px past the column`);
    }
    return found;
  });
}

/**
 * Every visible button and field of the section, each moved to as the Tab key moves to it (the
 * page scrolled so that it is just below the screen, then brought into view): the point at its
 * centre must be the control itself, or something inside it.
 */
async function coveredControls(page: Page, id: string): Promise<string[]> {
  return page.locator(`section#${id}`).evaluate((section) => {
    const found: string[] = [];
    const name = (element: Element | null): string => {
      if (!element) return 'nothing';
      const named = element.closest('[class]') ?? element;
      const classes = named.getAttribute('class')?.split(' ').slice(0, 2).join('.') ?? '';
      return `${named.tagName.toLowerCase()}${classes ? `.${classes}` : ''}`;
    };
    const controls = section.querySelectorAll<HTMLElement>(
      'button, input:not([type="hidden"]), select, textarea',
    );
    for (const control of controls) {
      if (!control.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      // Drawn out of sight on purpose (a file picker opened by its own button): clipped to nothing.
      const style = getComputedStyle(control);
      if (style.clipPath.startsWith('inset(50%') || style.clip.startsWith('rect(0')) continue;
      const first = control.getBoundingClientRect();
      if (first.width <= 1 || first.height <= 1) continue;
      window.scrollBy({ top: first.top - window.innerHeight + 1, behavior: 'instant' });
      control.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
      const rect = control.getBoundingClientRect();
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) {
        found.push(`${section.id} ${name(control)} "${control.textContent?.trim()}" is off screen`);
        continue;
      }
      const hit = document.elementFromPoint(x, y);
      if (hit && (hit === control || control.contains(hit))) continue;
      const label = control.getAttribute('aria-label') ?? control.textContent?.trim() ?? '';
      found.push(`${section.id} ${name(control)} "${label.slice(0, 30)}" is under ${name(hit)}`);
    }
    return found;
  });
}

for (const screen of SCREENS) {
  test(`the page fits ${screen.width} × ${screen.height}: no sideways scroll, nothing past the column, no control covered`, async ({
    page,
  }) => {
    test.setTimeout(900_000);
    await page.setViewportSize(screen);
    await openPage(page);
    const overflows: string[] = [];
    const covered: string[] = [];
    let excess = 0;
    for (const id of await sectionIds(page)) {
      await showSection(page, id);
      overflows.push(...(await overflowsOf(page, id)));
      covered.push(...(await coveredControls(page, id)));
      excess = Math.max(
        excess,
        await page.evaluate(
          () => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth,
        ),
      );
    }
    console.log(
      `${screen.width} × ${screen.height}: the page is ${excess} px wider than the screen; ` +
        `${overflows.length} overflows, ${covered.length} covered controls\n` +
        [...overflows, ...covered].map((line) => `  ${line}`).join('\n'),
    );
    expect(excess, 'the page scrolls sideways').toBeLessThanOrEqual(1);
    expect(overflows).toEqual([]);
    expect(covered).toEqual([]);
  });
}
