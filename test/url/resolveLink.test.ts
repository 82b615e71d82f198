import { beforeEach, describe, expect, it } from 'vitest';
import { linkFromState } from '../../src/app/url/linkFromState';
import { linkSelectionToApply, openLink, settleLinkHeads } from '../../src/app/url/openLink';
import { parseLink } from '../../src/app/url/parseLink';
import { clampLinkSelection, resolveId } from '../../src/app/url/resolveLink';
import { serialiseLink } from '../../src/app/url/serialiseLink';
import type { LinkNotice } from '../../src/app/url/linkState';
import { resetStore, useStore } from '../../src/store';
import type { ModelListing } from '../../src/worker/protocol';
import { completedRun, modelInfo } from '../store/fixtures';

const store = () => useStore.getState();
const TARGETS = { sectionIds: ['high-level-look', 'attention-maps'], figureIds: ['token-view'] };
const LISTINGS: ModelListing[] = [
  { name: 'en-fr', label: 'English → French', sourceLanguage: 'en', targetLanguage: 'fr' },
];
const open = (hash: string) => openLink(useStore, parseLink(hash), TARGETS);

/** A run of `words` reaches the figures, as the engine connection would report it. */
function runArrives(id: number, words: string[], translation: string): void {
  store().runStarted(id);
  store().runFinished(completedRun(id, words, translation));
}

beforeEach(() => resetStore());

describe('clampLinkSelection', () => {
  const bounds = { layers: 2, heads: 8, queryTokens: 12, steps: 9 };

  it('keeps a selection inside the run as it is, without a word', () => {
    const asked = { layer: 1, head: 7, queryToken: 11, step: 0 };
    expect(clampLinkSelection(asked, bounds)).toEqual({ selection: asked, notices: [] });
  });

  it('clamps each index past the last to the last, giving both numbers from 1', () => {
    const { selection, notices } = clampLinkSelection(
      { layer: 8, head: 99, queryToken: 40 },
      bounds,
    );
    expect(selection).toEqual({ layer: 1, head: 7, queryToken: 11 });
    expect(notices.map((n) => n.text)).toEqual([
      'The link asks for layer 9, but this model has 2 layers: layer 2 is shown.',
      'The link asks for head 100, but each layer has 8 heads: head 8 is shown.',
      'The link asks for word 41, but the sentence has 12 tokens: word 12 is shown.',
    ]);
  });

  it('says a huge number in full', () => {
    const { notices } = clampLinkSelection({ step: 999_999_999 }, bounds);
    expect(notices[0].text).toContain('decoding step 1,000,000,000');
  });
});

describe('resolveId', () => {
  it('keeps an id the page has and leaves out one it has not, with a notice', () => {
    const notices: LinkNotice[] = [];
    expect(resolveId('section', 'attention-maps', TARGETS.sectionIds, notices)).toBe(
      'attention-maps',
    );
    expect(resolveId('section', 'nowhere', TARGETS.sectionIds, notices)).toBeUndefined();
    expect(notices).toEqual([
      {
        key: 'section',
        text: 'The link’s section “nowhere” is not on this page; it was left out.',
      },
    ]);
  });
});

describe('openLink', () => {
  it('puts the link’s sentence, decoding, view, section and controls into the store', () => {
    open(
      'sentence=i+am+a+student&decoding=beam-4&view=present&section=attention-maps&hide=model&lock=sentence',
    );
    const state = store();
    expect(state.sentence).toBe('i am a student');
    expect(state.decoding).toMatchObject({ kind: 'beam', beamSize: 4 });
    expect(state.view).toBe('present');
    expect(state.section).toBe('attention-maps');
    expect(state.hiddenControls).toEqual(['model']);
    expect(state.lockedControls).toEqual(['sentence']);
    expect(state.linkNotices).toEqual([]);
  });

  it('prefers the link’s model before the list arrives; the list keeps it when it holds it', () => {
    open('model=en-fr');
    expect(store().modelKey).toBe('en-fr');
    store().setModelListings(LISTINGS);
    expect(store().modelKey).toBe('en-fr');
  });

  it('once the list is in, a model it lacks is refused with a notice', () => {
    store().setModelListings(LISTINGS);
    open('model=de-en');
    expect(store().modelKey).toBe('en-fr');
    expect(store().linkNotices[0].text).toBe(
      'This page has no model “de-en”; it shows English → French instead.',
    );
  });

  it('an unknown section is left out, with a notice, and the rest applies', () => {
    open('section=nowhere&sentence=a+red+apple');
    expect(store().section).toBeNull();
    expect(store().sentence).toBe('a red apple');
    expect(store().linkNotices.map((n) => n.key)).toEqual(['section']);
  });

  it('a new link replaces the notices of the last one', () => {
    open('colour=red');
    expect(store().linkNotices).toHaveLength(1);
    open('sentence=a+red+apple');
    expect(store().linkNotices).toEqual([]);
  });
});

describe('the link’s heads switched off', () => {
  const config = { encoderLayers: 2, decoderLayers: 2, heads: 4 };

  it('wait for the model’s sizes, then switch off the heads it has; the others stay on, said', () => {
    open('off=enc.1.2,dec-cross.3.1,enc.1.9');
    expect(store().ablatedHeads).toEqual([]);
    expect(serialiseLink(linkFromState(store()))).toContain('off=enc.1.2,enc.1.9,dec-cross.3.1');
    store().modelLoaded(modelInfo(config));
    settleLinkHeads(useStore);
    expect(store().ablatedHeads).toEqual([{ kind: 'enc', layer: 0, head: 1 }]);
    expect(store().pendingLinkHeads).toBeNull();
    expect(store().linkNotices.map((n) => n.text)).toEqual([
      'The link switches off encoder self-attention layer 1, head 9, but this model has 2 layers of 4 heads: it stays on.',
      'The link switches off encoder-decoder attention layer 3, head 1, but this model has 2 layers of 4 heads: it stays on.',
    ]);
  });

  it('a link that names none switches every head back on, once the model is known', () => {
    store().modelLoaded(modelInfo(config));
    store().toggleHead({ kind: 'enc', layer: 1, head: 1 });
    open('sentence=the+cat');
    expect(store().ablatedHeads).toEqual([]);
  });

  it('heads already off as the link asks are left as they are, so nothing runs again', () => {
    store().modelLoaded(modelInfo(config));
    store().toggleHead({ kind: 'dec-self', layer: 1, head: 3 });
    const before = store().ablatedHeads;
    open('off=dec-self.2.4');
    expect(store().ablatedHeads).toBe(before);
  });
});

describe('the link’s selection', () => {
  it('waits for a run of the link’s sentence, then is clamped to it', () => {
    open('sentence=the+cat&layer=5&head=2&query=2');
    store().modelLoaded({ ...modelInfo({ encoderLayers: 2, decoderLayers: 2, heads: 4 }) });
    expect(linkSelectionToApply(store())).toBeNull();
    runArrives(1, ['a', 'dog'], 'un chien');
    expect(linkSelectionToApply(store())).toBeNull();
    runArrives(2, ['the', 'cat'], 'le chat');
    expect(linkSelectionToApply(store())).toEqual({
      selection: { layer: 1, head: 1, queryToken: 1 },
      notices: [
        {
          key: 'layer',
          text: 'The link asks for layer 5, but this model has 2 layers: layer 2 is shown.',
        },
      ],
    });
  });

  it('stays in the page’s link while it waits, so the address does not change under it', () => {
    const hash = 'sentence=the+cat&model=en-fr&decoding=greedy&layer=5&head=2&query=2&step=1';
    open(hash);
    expect(serialiseLink(linkFromState(store()))).toBe(hash);
  });
});

describe('linkFromState', () => {
  it('writes no selection before a run is on screen, and the whole selection after', () => {
    expect(linkFromState(store()).selection).toEqual({});
    store().modelLoaded(modelInfo({ encoderLayers: 2, decoderLayers: 2, heads: 4 }));
    runArrives(1, ['the', 'cat'], 'le chat');
    // The layer and head only once chosen: until then the page opened from the link shows its
    // own defaults, as this one does.
    store().select({ queryToken: 1 });
    expect(linkFromState(store()).selection).toEqual({ queryToken: 1, step: 0 });
    store().select({ layer: 1, head: 3, queryToken: 1 });
    expect(linkFromState(store()).selection).toEqual({
      layer: 1,
      head: 3,
      queryToken: 1,
      step: 0,
    });
  });

  it('writes the second sentence and the figure only in the compare view', () => {
    store().setCompareSentence('the animal was wide');
    expect(linkFromState(store()).compare).toBeUndefined();
    store().openCompare();
    expect(linkFromState(store())).toMatchObject({
      view: 'compare',
      compare: 'the animal was wide',
      figure: 'token-view',
    });
  });
});
