import { describe, expect, it } from 'vitest';
import {
  HIDEABLE_CONTROLS,
  LINK_BEAM_SIZES,
  LINK_VIEWS,
  LOCKABLE_CONTROLS,
  MAX_SENTENCE_LENGTH,
  type LinkState,
} from '../../src/app/url/linkState';
import { parseLink } from '../../src/app/url/parseLink';
import { serialiseLink } from '../../src/app/url/serialiseLink';
import type { HeadAblation } from '../../src/engine/model/ablation';
import type { DecodingChoice } from '../../src/engine/model/trace';
import { toggledHead } from '../../src/store/inputSlice';
import { NORMAL_TEXT_SIZE, TEXT_SIZES } from '../../src/store/uiSlice';
import { randomInt, seededRandom, type Random } from '../../src/engine/random';

/** Characters a sentence may hold: letters of several scripts, punctuation, link syntax, emoji. */
const SENTENCE_CHARACTERS = [
  ...'abcdefghijklmnopqrstuvwxyz ',
  ...'éèçàœ’\'"<>&=#%+?/;,.:!()[]{}\\`~*',
  'ß',
  'я',
  '日',
  'ع',
  '😀',
  '👩‍🏫',
  '\u200d',
  '\u202e',
];

const pick = <T>(random: Random, items: readonly T[]): T => items[randomInt(random, items.length)];
const maybe = <T>(random: Random, make: () => T): T | undefined =>
  random() < 0.7 ? make() : undefined;

function randomSentence(random: Random): string {
  const length = randomInt(random, 60);
  return Array.from({ length }, () => pick(random, SENTENCE_CHARACTERS)).join('');
}

function randomDecoding(random: Random): DecodingChoice {
  if (random() < 0.4) return { kind: 'greedy' };
  const beamSize = pick(random, LINK_BEAM_SIZES);
  return {
    kind: 'beam',
    beamSize,
    returnBeams: 1 + randomInt(random, beamSize),
    lengthPenalty: 0.6,
  };
}

/** One to four distinct heads, in the page's order (encoder, decoder self, encoder-decoder). */
function randomHeads(random: Random): HeadAblation {
  let heads: HeadAblation = [];
  const count = 1 + randomInt(random, 4);
  while (heads.length < count) {
    const head = {
      kind: pick(random, ['enc', 'dec-self', 'dec-cross'] as const),
      layer: randomInt(random, 6),
      head: randomInt(random, 8),
    };
    const seen = heads.some(
      (h) => h.kind === head.kind && h.layer === head.layer && h.head === head.head,
    );
    if (!seen) heads = toggledHead(heads, head);
  }
  return heads;
}

function randomLink(random: Random): LinkState {
  const index = () => maybe(random, () => randomInt(random, 30));
  const selection = Object.fromEntries(
    (['layer', 'head', 'queryToken', 'step'] as const)
      .map((field) => [field, index()] as const)
      .filter(([, value]) => value !== undefined),
  );
  const subset = <T>(items: readonly T[]) => items.filter(() => random() < 0.3);
  return {
    sentence: maybe(random, () => randomSentence(random)),
    model: maybe(random, () => pick(random, ['en-fr', 'fr-en', 'untrained', 'untrained:en-fr'])),
    decoding: maybe(random, () => randomDecoding(random)),
    view: pick(random, LINK_VIEWS),
    section: maybe(random, () => pick(random, ['high-level-look', 'attention-maps', 'x-1'])),
    selection,
    heads: maybe(random, () => randomHeads(random)),
    compare: maybe(random, () => randomSentence(random)),
    figure: maybe(random, () => pick(random, ['token-view', 'alignment'])),
    hidden: subset(HIDEABLE_CONTROLS),
    locked: subset(LOCKABLE_CONTROLS),
    // The page's own size is never written, so it reads back as none.
    size: maybe(random, () =>
      pick(
        random,
        TEXT_SIZES.filter((s) => s !== NORMAL_TEXT_SIZE),
      ),
    ),
  };
}

describe('serialiseLink and parseLink', () => {
  it('reading a written link gives back the state it was written from (2,000 seeded states)', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 2000; i++) {
      const link = randomLink(random);
      const hash = serialiseLink(link);
      const read = parseLink(hash);
      expect(read.notices).toEqual([]);
      expect(read.link).toEqual(JSON.parse(JSON.stringify(link)));
      expect(serialiseLink(read.link)).toBe(hash);
    }
  });

  it('a written link holds only characters an address keeps as they are', () => {
    const random = seededRandom(11);
    for (let i = 0; i < 500; i++) {
      const hash = serialiseLink(randomLink(random));
      expect(hash).toMatch(/^[A-Za-z0-9\-_.!~*'()%+=&:,/?@;]*$/);
      expect(new URL(`https://example.org/#${hash}`).hash).toBe(hash === '' ? '' : `#${hash}`);
    }
  });

  it('a sentence with a lone surrogate is written as U+FFFD, never thrown on', () => {
    const hash = serialiseLink({ ...parseLink('').link, sentence: 'a\uD800b' });
    expect(parseLink(hash).link.sentence).toBe('a\uFFFDb');
  });
});

/** Pieces a hostile or damaged link is made of. */
const GARBAGE = [
  ...SENTENCE_CHARACTERS,
  '&',
  '=',
  '#',
  '%',
  '%2',
  '%E0%A4',
  '%ED%A0%80',
  '%FF',
  '%00',
  '\uD800',
  '\uDFFF',
  'sentence',
  'layer',
  'head',
  'query',
  'step',
  'view',
  'present',
  'hide',
  'lock',
  'size',
  '150',
  'decoding',
  'beam-',
  '-1',
  '9999999',
  ',',
  '<script>',
];

describe('parseLink on garbage', () => {
  it('never throws, and everything it keeps is usable (5,000 seeded links)', () => {
    const random = seededRandom(3);
    for (let i = 0; i < 5000; i++) {
      const hash = Array.from({ length: randomInt(random, 40) }, () => pick(random, GARBAGE)).join(
        '',
      );
      const { link, notices } = parseLink(hash);
      for (const text of [link.sentence, link.compare]) {
        if (text === undefined) continue;
        expect(text.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
        expect(text).not.toMatch(
          /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
        );
        expect(text).not.toMatch(/\p{Cc}/u);
      }
      for (const index of Object.values(link.selection)) {
        expect(Number.isInteger(index) && index >= 0).toBe(true);
      }
      expect(LINK_VIEWS).toContain(link.view);
      if (link.size !== undefined) expect(TEXT_SIZES).toContain(link.size);
      for (const notice of notices) expect(notice.text.length).toBeLessThan(400);
      // What was kept writes and reads back without a word.
      expect(parseLink(serialiseLink(link)).notices).toEqual([]);
    }
  });
});
