import { beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useStore } from '../../src/store';
import {
  choiceInItFigure,
  itFigureSelection,
  itFiguresOnItHead,
} from '../../src/store/itFigureSelection';
import type { ItHeadInfo } from '../../src/worker/itHeadInfo';
import { completedRun, modelInfo } from './fixtures';

const store = () => useStore.getState();

/** A model's "it" head in encoder layer 4, head 2, resolving the pronoun in `resolves` of sentences. */
function itHead(resolves: number): ItHeadInfo {
  return {
    layer: 3,
    head: 1,
    resolves,
    meanAntecedentWeight: 0.9,
    flips: 0.95,
    sentences: 100,
    guided: true,
    guidedCross: null,
    headDropout: 0,
    ablation: null,
  };
}

function loadModel(head: ItHeadInfo | null): void {
  store().modelLoaded({
    ...modelInfo({ encoderLayers: 4, decoderLayers: 2, heads: 8 }),
    itHead: head,
  });
  store().runStarted(1);
  store().runFinished(completedRun(1, ['the', 'animal', 'was', 'tired'], "l'animal"));
}

beforeEach(() => resetStore());

describe('the layer and head of the post’s "it" figures', () => {
  it('open on the model’s "it" head while the other figures start on layer 1, head 1', () => {
    loadModel(itHead(0.98));
    expect(itFiguresOnItHead(store())).toBe(true);
    expect(itFigureSelection(store())).toMatchObject({ layer: 3, head: 1 });
    expect(store().selection).toMatchObject({ layer: 0, head: 0 });
  });

  it('follow the shared selection once a layer or head is chosen, even layer 1, head 1', () => {
    loadModel(itHead(0.98));
    store().select({ queryToken: 2 });
    expect(itFigureSelection(store())).toMatchObject({ layer: 3, head: 1, queryToken: 2 });
    store().select({ head: 0 });
    expect(store().headChosen).toBe(true);
    expect(itFiguresOnItHead(store())).toBe(false);
    expect(itFigureSelection(store())).toEqual(store().selection);
    expect(itFigureSelection(store())).toMatchObject({ layer: 0, head: 0, queryToken: 2 });
  });

  it('follow the shared selection in a model whose closest head does not resolve the pronoun', () => {
    loadModel(itHead(0.53));
    expect(itFiguresOnItHead(store())).toBe(false);
    expect(itFigureSelection(store())).toBe(store().selection);
    resetStore();
    loadModel(null);
    expect(itFigureSelection(store())).toBe(store().selection);
  });

  it('keep the shown layer when only a head is picked in them, and the shown head for a layer', () => {
    const shown = { layer: 3, head: 1, queryToken: 7, step: 0 };
    expect(choiceInItFigure(shown, { head: 4 })).toEqual({ layer: 3, head: 4 });
    expect(choiceInItFigure(shown, { layer: 1 })).toEqual({ layer: 1, head: 1 });
    // A word is no choice of head: the "it" figures stay on the "it" head.
    expect(choiceInItFigure(shown, { queryToken: 2 })).toEqual({ queryToken: 2 });
    loadModel(itHead(0.98));
    store().select(choiceInItFigure(itFigureSelection(store()), { head: 4 }));
    expect(store().selection).toMatchObject({ layer: 3, head: 4 });
    expect(itFigureSelection(store())).toMatchObject({ layer: 3, head: 4 });
  });
});
