import { describe, expect, it } from 'vitest';
import { MAX_LINK_PARTS, MAX_SENTENCE_LENGTH, type LinkState } from '../../src/app/url/linkState';
import { parseLink } from '../../src/app/url/parseLink';
import { serialiseLink } from '../../src/app/url/serialiseLink';

const FULL =
  "sentence=the+animal+didn't+cross+the+street&model=untrained:en-fr&decoding=beam-4-2" +
  '&view=present&section=attention-maps&layer=2&head=3&query=8&step=1&off=enc.2.4,dec-cross.1.3' +
  '&compare=the+animal+was+wide&figure=alignment&hide=model,decoding&lock=sentence&size=150&lang=fr';

const keysOf = (hash: string) => parseLink(hash).notices.map((n) => n.key);

describe('parseLink reads a link', () => {
  it('takes every part of a full link, counting layers, heads, words and steps from 1', () => {
    const { link, notices } = parseLink(`#${FULL}`);
    expect(notices).toEqual([]);
    expect(link).toEqual<LinkState>({
      sentence: "the animal didn't cross the street",
      model: 'untrained:en-fr',
      decoding: { kind: 'beam', beamSize: 4, returnBeams: 2, lengthPenalty: 0.6 },
      view: 'present',
      section: 'attention-maps',
      selection: { layer: 1, head: 2, queryToken: 7, step: 0 },
      heads: [
        { kind: 'enc', layer: 1, head: 3 },
        { kind: 'dec-cross', layer: 0, head: 2 },
      ],
      compare: 'the animal was wide',
      figure: 'alignment',
      hidden: ['model', 'decoding'],
      locked: ['sentence'],
      size: 150,
      language: 'fr',
    });
  });

  it('an empty link, or none, asks for nothing and says nothing', () => {
    for (const hash of ['', '#', '#&&', '&']) {
      expect(parseLink(hash)).toEqual({
        link: { view: 'page', selection: {}, hidden: [], locked: [] },
        notices: [],
      });
    }
  });

  it('a bare anchor such as #attention-maps names a section', () => {
    expect(parseLink('#attention-maps').link.section).toBe('attention-maps');
  });

  it('reads %20 and + as spaces, and %2B as a plus sign', () => {
    expect(parseLink('sentence=a%20b+c%2Bd').link.sentence).toBe('a b c+d');
  });

  it('reads every decoding the page offers', () => {
    const decoding = (text: string) => parseLink(`decoding=${text}`).link.decoding;
    expect(decoding('greedy')).toEqual({ kind: 'greedy' });
    expect(decoding('beam-4')).toEqual({
      kind: 'beam',
      beamSize: 4,
      returnBeams: 4,
      lengthPenalty: 0.6,
    });
    expect(decoding('beam-8-1')).toMatchObject({ beamSize: 8, returnBeams: 1 });
  });
});

describe('parseLink leaves out, part by part, what it cannot use, and says so', () => {
  it('keeps a script in the sentence as plain text', () => {
    const script = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const { link, notices } = parseLink(`sentence=${encodeURIComponent(script)}`);
    expect(link.sentence).toBe(script);
    expect(notices).toEqual([]);
  });

  it('a broken %-escape loses its own part only', () => {
    const { link, notices } = parseLink('sentence=caf%E9%ZZ&layer=2&model=en-fr');
    expect(link.sentence).toBeUndefined();
    expect(link.selection).toEqual({ layer: 1 });
    expect(link.model).toBe('en-fr');
    expect(notices.map((n) => n.key)).toEqual(['sentence']);
    expect(notices[0].text).toMatch(/broken %-escape/);
  });

  it('an escaped lone surrogate is not UTF-8, and is left out', () => {
    expect(keysOf('sentence=%ED%A0%80abc')).toEqual(['sentence']);
    expect(parseLink('sentence=%ED%A0%80abc').link.sentence).toBeUndefined();
  });

  it('a raw lone surrogate is replaced by U+FFFD, and the rest of the sentence kept', () => {
    const { link, notices } = parseLink('sentence=it\uD800was+tired\uDC00');
    expect(link.sentence).toBe('it\uFFFDwas tired\uFFFD');
    expect(notices.map((n) => n.key)).toEqual(['sentence']);
  });

  it('a 100 kB sentence is cut to its first characters, with its length said', () => {
    const long = 'the animal '.repeat(10_000);
    const { link, notices } = parseLink(`sentence=${encodeURIComponent(long)}&layer=2`);
    expect(link.sentence).toBe(long.slice(0, MAX_SENTENCE_LENGTH));
    expect(link.selection).toEqual({ layer: 1 });
    expect(notices).toHaveLength(1);
    expect(notices[0].text).toContain((110_000).toLocaleString('en-US'));
  });

  it('cutting a long sentence never splits a character made of two code units', () => {
    const emoji = 'a' + '😀'.repeat(MAX_SENTENCE_LENGTH);
    const sentence = parseLink(`sentence=${encodeURIComponent(emoji)}`).link.sentence ?? '';
    expect(sentence.length).toBe(MAX_SENTENCE_LENGTH - 1);
    expect(sentence.endsWith('😀')).toBe(true);
  });

  it('control characters in a sentence become spaces', () => {
    expect(parseLink('sentence=a%0Ab%00c%09d').link.sentence).toBe('a b c d');
  });

  it('an unknown key is left out with a notice quoting it, the other parts are kept', () => {
    const { link, notices } = parseLink('colour=red&layer=2&%3Cb%3Ebold%3C%2Fb%3E=1');
    expect(link.selection).toEqual({ layer: 1 });
    expect(notices.map((n) => n.text)).toEqual([
      'The link’s part “colour” is not one this page knows; it was left out.',
      'The link’s part “<b>bold</b>” is not one this page knows; it was left out.',
    ]);
  });

  it('a key given twice keeps its first value', () => {
    const { link, notices } = parseLink('layer=2&layer=5');
    expect(link.selection).toEqual({ layer: 1 });
    expect(notices.map((n) => n.key)).toEqual(['layer']);
  });

  it('indices below 1 become 1, with a notice; words that are not whole numbers are left out', () => {
    const { link, notices } = parseLink('layer=0&head=-3&query=abc&step=1.5');
    expect(link.selection).toEqual({ layer: 0, head: 0 });
    expect(notices.map((n) => n.key)).toEqual(['layer', 'head', 'query', 'step']);
    expect(notices[0].text).toBe(
      'The link asks for layer 0, but they count from 1: layer 1 is shown.',
    );
  });

  it('a huge index is kept for the page to clamp to its run', () => {
    expect(parseLink('layer=999999999999').link.selection).toEqual({ layer: 999999999998 });
  });

  it('a beam size the picker lacks becomes the nearest it offers; returned beams stay within it', () => {
    const beam7 = parseLink('decoding=beam-7');
    expect(beam7.link.decoding).toMatchObject({ beamSize: 6, returnBeams: 6 });
    expect(beam7.notices).toHaveLength(1);
    const beam40 = parseLink('decoding=beam-40-0');
    expect(beam40.link.decoding).toMatchObject({ beamSize: 8, returnBeams: 1 });
    expect(beam40.notices).toHaveLength(2);
    expect(parseLink('decoding=beam-4-9').link.decoding).toMatchObject({ returnBeams: 4 });
  });

  it('an unknown decoding, view, model, section or figure name is left out', () => {
    const { link, notices } = parseLink(
      'decoding=sampling&view=slides&model=../../etc&section=%3Cscript%3E&figure=Token_View',
    );
    expect(link).toEqual({ view: 'page', selection: {}, hidden: [], locked: [] });
    expect(notices.map((n) => n.key)).toEqual(['decoding', 'view', 'model', 'section', 'figure']);
  });

  it('heads to switch off are read once each, in the page’s order; the unreadable stay on', () => {
    const { link, notices } = parseLink('off=dec-self.2.1,enc.1.8,enc.1.8,enc.0.1,attn.1.1,enc.1');
    expect(link.heads).toEqual([
      { kind: 'enc', layer: 0, head: 7 },
      { kind: 'dec-self', layer: 1, head: 0 },
    ]);
    expect(notices.map((n) => n.text)).toEqual([
      'The link’s heads to switch off “enc.0.1”, “attn.1.1”, “enc.1” are not written as enc.2.4 (kind, layer, head); they stay on.',
    ]);
    expect(parseLink('off=').link.heads).toBeUndefined();
  });

  it('hide and lock keep the controls they know, in the page’s order', () => {
    const { link, notices } = parseLink('hide=present,everything,model,model&lock=decoding,layer');
    expect(link.hidden).toEqual(['model', 'present']);
    expect(link.locked).toEqual(['decoding']);
    expect(notices.map((n) => n.key)).toEqual(['hide', 'lock']);
  });

  it('a text size the page does not offer is left out, saying which sizes it offers', () => {
    for (const value of [
      '',
      '0',
      '90',
      '151',
      '1e3',
      '150%25',
      '-150',
      'large',
      '99999999999999',
    ]) {
      const { link, notices } = parseLink(`sentence=a&size=${value}`);
      expect(link.size).toBeUndefined();
      expect(link.sentence).toBe('a');
      expect(notices).toHaveLength(1);
      expect(notices[0].key).toBe('size');
      expect(notices[0].text).toContain('(100, 125, 150, 175, 200 per cent)');
    }
    expect(parseLink('size=2').notices[0].text).toBe(
      'The link’s text size “2” is not one this page offers (100, 125, 150, 175, 200 per cent); ' +
        'the text keeps its size.',
    );
  });

  it('every size the page offers is read, and the page’s own 100 is not written back', () => {
    for (const size of [100, 125, 150, 175, 200]) {
      expect(parseLink(`size=${size}`)).toEqual({
        link: { view: 'page', selection: {}, hidden: [], locked: [], size },
        notices: [],
      });
    }
    expect(serialiseLink(parseLink('sentence=a&size=100').link)).toBe('sentence=a');
    expect(serialiseLink(parseLink('size=175&sentence=a').link)).toBe('sentence=a&size=175');
  });

  it('reads the page’s language, says which it is written in when the link names another, and leaves English out', () => {
    expect(parseLink('sentence=a&lang=fr').link.language).toBe('fr');
    expect(parseLink('lang=en').link.language).toBe('en');
    for (const value of ['', 'FR', 'de', 'fr-FR', '<b>', 'fr%00']) {
      const { link, notices } = parseLink(`sentence=a&lang=${value}`);
      expect(link.language).toBeUndefined();
      expect(link.sentence).toBe('a');
      expect(notices.map((n) => n.key)).toEqual(['lang']);
      expect(notices[0].text).toContain('is not one this page is written in (en, fr)');
    }
    expect(serialiseLink(parseLink('lang=fr&sentence=a').link)).toBe('sentence=a&lang=fr');
    expect(serialiseLink(parseLink('sentence=a&lang=en').link)).toBe('sentence=a');
  });

  it(`reads at most ${MAX_LINK_PARTS} parts`, () => {
    const parts = Array.from({ length: 1000 }, (_, i) => `x${i}=1`);
    const { notices } = parseLink(['layer=2', ...parts].join('&'));
    expect(notices[0].text).toBe(
      `The link has 1001 parts; only the first ${MAX_LINK_PARTS} were read.`,
    );
    expect(notices).toHaveLength(MAX_LINK_PARTS);
  });

  it('a notice quotes at most 40 characters of what it could not use', () => {
    const { notices } = parseLink(`${'k'.repeat(5000)}=1`);
    expect(notices[0].text.length).toBeLessThan(120);
  });
});

describe('a link read and written again', () => {
  it('is the same text when it was written by the page', () => {
    expect(serialiseLink(parseLink(FULL).link)).toBe(FULL);
    const plain =
      'sentence=je+suis+%C3%A9tudiant&model=fr-en&decoding=greedy&layer=1&head=1&query=1&step=1';
    expect(serialiseLink(parseLink(plain).link)).toBe(plain);
  });

  it('is written in the page’s order and spelling, whatever the order it came in', () => {
    const shuffled = 'lock=sentence&layer=2&sentence=a%20b&hide=decoding,model&view=page';
    expect(serialiseLink(parseLink(shuffled).link)).toBe(
      'sentence=a+b&layer=2&hide=model,decoding&lock=sentence',
    );
  });
});
