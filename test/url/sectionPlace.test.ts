import { describe, expect, it } from 'vitest';
import { currentSection, readingLine, scrollTopFor } from '../../src/app/url/sectionPlace';

const tops = (...values: number[]) => values.map((top, i) => ({ id: `s${i + 1}`, top }));

describe('currentSection', () => {
  it('is the last section whose top has passed the reading line', () => {
    expect(currentSection(tops(-900, -100, 250, 1200), 300)).toBe('s3');
    expect(currentSection(tops(-900, -100, 301, 1200), 300)).toBe('s2');
  });

  it('is null above the first section', () => {
    expect(currentSection(tops(400, 1300), 300)).toBeNull();
    expect(currentSection([], 300)).toBeNull();
  });

  it('a section exactly on the line counts as reached', () => {
    expect(currentSection(tops(0, 300), 300)).toBe('s2');
  });
});

describe('readingLine and scrollTopFor', () => {
  it('the line sits a third of the way down what the sticky bar leaves of the window', () => {
    expect(readingLine(200, 800)).toBe(400);
    expect(readingLine(900, 800)).toBe(900);
  });

  it('a section scrolled to sits just below the sticky bar, and reads as the current one', () => {
    const barHeight = 180;
    const scrollY = 2000;
    const top = scrollTopFor(3500, scrollY, barHeight);
    const topAfterScroll = 3500 + scrollY - top;
    expect(topAfterScroll).toBe(barHeight + 8);
    expect(topAfterScroll).toBeLessThanOrEqual(readingLine(barHeight, 900));
    expect(scrollTopFor(-50, 0, 180)).toBe(0);
  });
});
