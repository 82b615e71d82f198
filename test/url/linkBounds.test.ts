import { describe, expect, it } from 'vitest';
import { MAX_LINK_HEADS } from '../../src/app/url/headsText';
import { MAX_LINK_LENGTH } from '../../src/app/url/linkState';
import { parseLink } from '../../src/app/url/parseLink';

/** `count` different heads as a link writes them: enc.1.1,enc.1.2,… */
function headsList(count: number): string {
  const entries: string[] = [];
  for (let i = 0; entries.length < count; i++) {
    entries.push(`enc.${Math.floor(i / 900) + 1}.${(i % 900) + 1}`);
  }
  return entries.join(',');
}

/** Milliseconds `work` takes. */
function timeOf(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

describe('a link is read in bounded, linear time', () => {
  it('reads a 99 kB list of heads to switch off at once (it used to block the page 6 s)', () => {
    const hash = `#off=${headsList(11_000)}`;
    expect(hash.length).toBeGreaterThan(99_000);
    // Generous for a busy machine: the list used to be re-sorted once per entry, for seconds.
    expect(timeOf(() => parseLink(hash))).toBeLessThan(1000);
  });

  it('reads only the first MAX_LINK_LENGTH characters of a longer link, saying so', () => {
    const hash = `#off=${headsList(30_000)}`;
    let notices: string[] = [];
    expect(timeOf(() => (notices = parseLink(hash).notices.map((n) => n.text)))).toBeLessThan(1000);
    expect(notices[0]).toBe(
      `The link is ${(hash.length - 1).toLocaleString('en-US')} characters long, above the ` +
        `${MAX_LINK_LENGTH.toLocaleString('en-US')} this page reads; only its first ` +
        `${MAX_LINK_LENGTH.toLocaleString('en-US')} were read.`,
    );
  });

  it('reads at most MAX_LINK_HEADS heads, in the page’s order, and says how many it was given', () => {
    const given = MAX_LINK_HEADS + 10;
    const { link, notices } = parseLink(`off=${headsList(given).split(',').reverse().join(',')}`);
    expect(link.heads).toHaveLength(MAX_LINK_HEADS);
    const order = link.heads?.map((h) => h.layer * 1000 + h.head) ?? [];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(notices.map((n) => n.text)).toContain(
      `The link switches off ${given.toLocaleString('en-US')} heads, above the ` +
        `${MAX_LINK_HEADS.toLocaleString('en-US')} this page reads; only the first ` +
        `${MAX_LINK_HEADS.toLocaleString('en-US')} were read.`,
    );
  });
});
