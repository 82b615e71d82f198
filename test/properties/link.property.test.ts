import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LINK_HEADS } from '../../src/app/url/headsText';
import { LINK_KEYS, MAX_LINK_LENGTH } from '../../src/app/url/linkState';
import { parseLink } from '../../src/app/url/parseLink';
import { withinLinearTime } from './budget';

/** A part of a link as a page, a reader or an attacker might write it. */
const part = fc.oneof(
  fc
    .tuple(fc.constantFrom(...LINK_KEYS), fc.string({ unit: 'binary', maxLength: 60 }))
    .map(([key, value]) => `${key}=${value}`),
  fc
    .tuple(fc.constantFrom(...LINK_KEYS), fc.string({ maxLength: 40 }))
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`),
  fc
    .array(
      fc.tuple(
        fc.constantFrom('enc', 'dec-self', 'dec-cross', 'x'),
        fc.integer({ min: -2, max: 40 }),
        fc.integer({ min: -2, max: 40 }),
      ),
      { maxLength: 60 },
    )
    .map(
      (heads) => `off=${heads.map(([kind, layer, head]) => `${kind}.${layer}.${head}`).join(',')}`,
    ),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('%', '%E0%A4%A', '%FF', '&&', '==', '#', '+', '%00', '\uD800'),
);

const link = fc.oneof(
  { weight: 4, arbitrary: fc.array(part, { maxLength: 30 }).map((parts) => parts.join('&')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 2000 }) },
);

describe('parseLink over generated links', () => {
  it('never throws, and everything it keeps is bounded, in linear time (3,000 links)', () => {
    fc.assert(
      fc.property(link, (hash) => {
        const { link: read, notices } = withinLinearTime(hash.length, () => parseLink(hash));
        expect(Array.isArray(notices)).toBe(true);
        expect((read.sentence ?? '').length).toBeLessThanOrEqual(500);
        expect(read.heads?.length ?? 0).toBeLessThanOrEqual(MAX_LINK_HEADS);
        for (const h of read.heads ?? []) {
          expect(h.layer).toBeGreaterThanOrEqual(0);
          expect(h.head).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a long link in linear time, whatever it repeats (40 links up to 400,000 characters)', () => {
    fc.assert(
      fc.property(part, fc.integer({ min: 1_000, max: 400_000 }), (repeated, length) => {
        const hash = `#${repeated.repeat(Math.ceil(length / Math.max(1, repeated.length))).slice(0, length)}`;
        withinLinearTime(Math.min(hash.length, MAX_LINK_LENGTH), () => parseLink(hash));
      }),
      { numRuns: 40 },
    );
  });
});
