import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SENTENCE, resetStore, useStore } from '../../src/store';
import { secondSentenceFor } from '../../src/store/compareSlice';
import { postPronounPosition, postSentenceAs, postSentenceIn } from '../../src/store/postSentence';
import type { ModelListing } from '../../src/worker/protocol';

const store = () => useStore.getState();
const SHIPPED: ModelListing[] = [
  { name: 'en-fr', label: 'English → French', sourceLanguage: 'en', targetLanguage: 'fr' },
  { name: 'fr-en', label: 'French → English', sourceLanguage: 'fr', targetLanguage: 'en' },
];
const FRENCH_SENTENCE = "l'animal n'a pas traversé la rue parce qu'il était trop fatigué";

beforeEach(() => resetStore());

describe("the post's sentence in each language", () => {
  it('is the post’s English sentence, and its French translation as a reader types it', () => {
    expect(postSentenceIn('en')).toBe(DEFAULT_SENTENCE);
    expect(DEFAULT_SENTENCE).toBe("the animal didn't cross the street because it was too tired");
    expect(postSentenceIn('fr')).toBe(FRENCH_SENTENCE);
  });

  it('carries either of the two sentences across, and leaves a reader’s own sentence alone', () => {
    const wide = "the animal didn't cross the street because it was too wide";
    expect(postSentenceAs(wide, 'fr')).toBe(
      "l'animal n'a pas traversé la rue parce qu'elle était trop large",
    );
    expect(postSentenceAs(FRENCH_SENTENCE, 'en')).toBe(DEFAULT_SENTENCE);
    expect(postSentenceAs(DEFAULT_SENTENCE, 'en')).toBe(DEFAULT_SENTENCE);
    expect(postSentenceAs('the cat is tired', 'fr')).toBeNull();
  });

  it('finds the pronoun the post asks about in either language', () => {
    expect(postPronounPosition(DEFAULT_SENTENCE.split(' '))).toBe(7);
    expect(postPronounPosition(["l'", 'animal', 'parce', "qu'", 'elle', 'était'])).toBe(4);
    expect(postPronounPosition(['the', 'cat', 'sleeps'])).toBe(-1);
  });

  it('gives the French sentence its French twin to compare, il becoming elle', () => {
    expect(secondSentenceFor(FRENCH_SENTENCE)).toBe(
      "l'animal n'a pas traversé la rue parce qu'elle était trop large",
    );
    expect(secondSentenceFor(DEFAULT_SENTENCE)).toBe(DEFAULT_SENTENCE.replace('tired', 'wide'));
  });
});

describe('the model the page opens on', () => {
  it('reads English on an English page', () => {
    store().setModelListings(SHIPPED);
    expect(store().modelKey).toBe('en-fr');
    expect(store().sentence).toBe(DEFAULT_SENTENCE);
  });

  it('reads French on a French page, on the post’s sentence in French', () => {
    store().setLanguage('fr');
    store().setModelListings(SHIPPED);
    expect(store().modelKey).toBe('fr-en');
    expect(store().sentence).toBe(FRENCH_SENTENCE);
  });

  it('is the first model when none reads the page’s language', () => {
    store().setLanguage('fr');
    store().setModelListings([SHIPPED[0]]);
    expect(store().modelKey).toBe('en-fr');
    expect(store().sentence).toBe(DEFAULT_SENTENCE);
  });

  it('is the first model for a sentence a link brings without naming a model', () => {
    store().setLanguage('fr');
    store().setSentence('the cat is tired');
    store().setModelListings(SHIPPED);
    expect([store().modelKey, store().sentence]).toEqual(['en-fr', 'the cat is tired']);
  });

  it('is the model a link names, with the post’s sentence in the language it reads', () => {
    store().setLanguage('fr');
    store().preferModel('en-fr');
    store().setModelListings(SHIPPED);
    expect(store().modelKey).toBe('en-fr');
    expect(store().sentence).toBe(DEFAULT_SENTENCE);
  });
});

describe('changing the page’s language', () => {
  it('takes the model and the post’s sentence along while the reader has changed neither', () => {
    store().setModelListings(SHIPPED);
    store().setLanguage('fr');
    expect([store().modelKey, store().sentence]).toEqual(['fr-en', FRENCH_SENTENCE]);
    store().setLanguage('en');
    expect([store().modelKey, store().sentence]).toEqual(['en-fr', DEFAULT_SENTENCE]);
  });

  it('keeps a sentence the reader typed, and the model with it', () => {
    store().setModelListings(SHIPPED);
    store().setSentence('the cat is tired');
    store().setLanguage('fr');
    expect([store().modelKey, store().sentence]).toEqual(['en-fr', 'the cat is tired']);
  });

  it('keeps a model the reader picked', () => {
    store().setModelListings(SHIPPED);
    store().selectModel('untrained:en-fr');
    store().setLanguage('fr');
    expect(store().modelKey).toBe('untrained:en-fr');
    expect(store().sentence).toBe(DEFAULT_SENTENCE);
  });
});

describe('picking a model', () => {
  it('writes the post’s sentence in the language the model reads', () => {
    store().setModelListings(SHIPPED);
    store().selectModel('fr-en');
    expect(store().sentence).toBe(FRENCH_SENTENCE);
    store().selectModel('en-fr');
    expect(store().sentence).toBe(DEFAULT_SENTENCE);
  });

  it('leaves a sentence the reader typed as it is', () => {
    store().setModelListings(SHIPPED);
    store().setSentence('the cat is tired');
    store().selectModel('fr-en');
    expect(store().sentence).toBe('the cat is tired');
  });
});
