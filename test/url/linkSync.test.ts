import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ADDRESS_PAUSE_MS, startLinkSync, type LinkSync } from '../../src/app/url/linkSync';
import { resetStore, useStore } from '../../src/store';
import type { ModelListing } from '../../src/worker/protocol';

const store = () => useStore.getState();
const TARGETS = { sectionIds: ['attention-maps'], figureIds: ['token-view'] };
const LISTINGS: ModelListing[] = [
  { name: 'en-fr', label: 'English → French', sourceLanguage: 'en', targetLanguage: 'fr' },
  { name: 'fr-en', label: 'French → English', sourceLanguage: 'fr', targetLanguage: 'en' },
];

/** Just enough of a window for the address: its location, history and hashchange. */
class FakeWindow extends EventTarget {
  href: string;
  readonly written: string[] = [];
  constructor(href: string) {
    super();
    this.href = href;
  }
  get location() {
    const url = new URL(this.href);
    return { href: this.href, hash: url.hash };
  }
  get history() {
    return {
      state: null,
      replaceState: (_state: unknown, _unused: string, url: string) => {
        this.href = url;
        this.written.push(new URL(url).hash);
      },
    };
  }
  /** The reader edits the address: the page is not reloaded, a hashchange is fired. */
  navigate(hash: string) {
    this.href = `${this.href.split('#')[0]}#${hash}`;
    this.dispatchEvent(new Event('hashchange'));
  }
}

let sync: LinkSync | undefined;
const start = (win: FakeWindow) => {
  sync = startLinkSync(useStore, TARGETS, win as unknown as Window);
  return sync;
};

beforeEach(() => {
  resetStore();
  vi.useFakeTimers();
});
afterEach(() => {
  sync?.stop();
  vi.useRealTimers();
});

describe('the address follows the state', () => {
  it('is not written before the list of models is in, then once the reader pauses', () => {
    const win = new FakeWindow('https://example.org/app/');
    start(win);
    store().setSentence('a red apple');
    vi.advanceTimersByTime(ADDRESS_PAUSE_MS * 2);
    expect(win.written).toEqual([]);
    store().setModelListings(LISTINGS);
    store().setSentence('a red car');
    store().setSentence('a red cat');
    vi.advanceTimersByTime(ADDRESS_PAUSE_MS - 1);
    expect(win.written).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(win.written).toEqual(['#sentence=a+red+cat&model=en-fr&decoding=greedy']);
    expect(win.href).toBe(
      'https://example.org/app/#sentence=a+red+cat&model=en-fr&decoding=greedy',
    );
  });

  it('leaves the address alone when nothing in the link changed', () => {
    const win = new FakeWindow('https://example.org/');
    start(win);
    store().setModelListings(LISTINGS);
    vi.advanceTimersByTime(ADDRESS_PAUSE_MS);
    expect(win.written).toHaveLength(1);
    store().runStarted(1);
    store().dismissBanner();
    vi.advanceTimersByTime(ADDRESS_PAUSE_MS * 3);
    expect(win.written).toHaveLength(1);
  });

  it('a link opened at start is kept as it is when the state it gives does not change', () => {
    const hash = 'sentence=a+red+apple&model=fr-en&decoding=beam-4&section=attention-maps';
    const win = new FakeWindow(`https://example.org/#${hash}`);
    start(win);
    expect(store().sentence).toBe('a red apple');
    store().setModelListings(LISTINGS);
    expect(store().modelKey).toBe('fr-en');
    vi.advanceTimersByTime(ADDRESS_PAUSE_MS * 2);
    expect(win.written).toEqual([]);
    expect(win.location.hash).toBe(`#${hash}`);
  });

  it('a link written otherwise is rewritten in the page’s spelling', () => {
    const win = new FakeWindow('https://example.org/#model=en-fr&sentence=a%20red%20apple');
    start(win);
    store().setModelListings(LISTINGS);
    vi.advanceTimersByTime(ADDRESS_PAUSE_MS);
    expect(win.written).toEqual(['#sentence=a+red+apple&model=en-fr&decoding=greedy']);
  });

  it('a model the list lacks gets a notice once the list is in, and the first model is shown', () => {
    const win = new FakeWindow('https://example.org/#model=xx-yy');
    start(win);
    store().setModelListings(LISTINGS);
    expect(store().modelKey).toBe('en-fr');
    expect(store().linkNotices.map((n) => n.text)).toEqual([
      'This page has no model “xx-yy”; it shows English → French instead.',
    ]);
  });

  it('a link pasted into the address of the open page is opened', () => {
    const win = new FakeWindow('https://example.org/');
    start(win);
    store().setModelListings(LISTINGS);
    win.navigate('sentence=the+cat&model=fr-en&view=present');
    expect(store().sentence).toBe('the cat');
    expect(store().modelKey).toBe('fr-en');
    expect(store().view).toBe('present');
  });

  it('the link’s selection is dropped once the reader types another sentence', () => {
    const win = new FakeWindow('https://example.org/#sentence=the+cat&layer=2');
    start(win);
    expect(store().pendingLinkSelection).not.toBeNull();
    store().setSentence('the dog');
    expect(store().pendingLinkSelection).toBeNull();
  });

  it('a link’s text size is taken, the reader’s next choice written, and the page’s own left out', () => {
    const win = new FakeWindow('https://example.org/#sentence=the+cat&size=150');
    start(win);
    expect(store().textSize).toBe(150);
    store().setModelListings(LISTINGS);
    store().setTextSize(200);
    vi.advanceTimersByTime(ADDRESS_PAUSE_MS);
    expect(win.written).toEqual(['#sentence=the+cat&model=en-fr&decoding=greedy&size=200']);
    store().setTextSize(100);
    vi.advanceTimersByTime(ADDRESS_PAUSE_MS);
    expect(win.written.at(-1)).toBe('#sentence=the+cat&model=en-fr&decoding=greedy');
  });

  it('a link without a text size, or with one the page lacks, leaves the reader’s as it is', () => {
    const win = new FakeWindow('https://example.org/');
    start(win);
    store().setModelListings(LISTINGS);
    store().setTextSize(175);
    win.navigate('sentence=the+cat');
    expect(store().textSize).toBe(175);
    win.navigate('sentence=the+dog&size=900');
    expect(store().sentence).toBe('the dog');
    expect(store().textSize).toBe(175);
    expect(store().linkNotices.map((n) => n.key)).toEqual(['size']);
  });

  it('a link’s language is taken, and the reader’s choice of French written into the address', () => {
    const win = new FakeWindow('https://example.org/#sentence=the+cat&lang=fr');
    start(win);
    expect(store().language).toBe('fr');
    store().setModelListings(LISTINGS);
    store().setLanguage('en');
    vi.advanceTimersByTime(ADDRESS_PAUSE_MS);
    expect(win.written.at(-1)).toBe('#sentence=the+cat&model=en-fr&decoding=greedy');
    store().setLanguage('fr');
    vi.advanceTimersByTime(ADDRESS_PAUSE_MS);
    expect(win.written.at(-1)).toBe('#sentence=the+cat&model=en-fr&decoding=greedy&lang=fr');
    win.navigate('sentence=the+dog');
    expect(store().language).toBe('fr');
  });

  it('stops following the state and the address once stopped', () => {
    const win = new FakeWindow('https://example.org/');
    start(win).stop();
    store().setModelListings(LISTINGS);
    vi.advanceTimersByTime(ADDRESS_PAUSE_MS);
    win.navigate('sentence=the+cat');
    expect(win.written).toEqual([]);
    expect(store().sentence).not.toBe('the cat');
  });
});
