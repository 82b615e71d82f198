/**
 * Where the reader is on the long page: the section whose top has passed the reading line, a
 * little below the sticky sentence bar. Pure, for tests; usePagePlace.ts measures the page.
 */

export interface SectionTop {
  id: string;
  /** Distance from the top of the window to the section's top, in CSS pixels. */
  top: number;
}

/** The last section, in page order, whose top is at or above `line`; null above the first. */
export function currentSection(sections: readonly SectionTop[], line: number): string | null {
  let current: string | null = null;
  for (const section of sections) {
    if (section.top > line) break;
    current = section.id;
  }
  return current;
}

/**
 * The reading line: below the sticky bar, a third of the way down what is left of the window,
 * so that a section counts as read once its heading has moved well into view.
 */
export function readingLine(barHeight: number, windowHeight: number): number {
  return barHeight + Math.max(windowHeight - barHeight, 0) / 3;
}

/** Where to scroll so that a section's heading sits just below the sticky bar. */
export function scrollTopFor(sectionTop: number, scrollY: number, barHeight: number): number {
  return Math.max(sectionTop + scrollY - barHeight - 8, 0);
}
