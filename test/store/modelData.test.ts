import { beforeEach, describe, expect, it } from 'vitest';
import { tensor } from '../../src/engine/tensor';
import {
  postReference,
  resetStore,
  selectLossPair,
  selectionBounds,
  toggledHead,
  useStore,
} from '../../src/store';
import type { ModelContents, ScoredReference } from '../../src/worker/runTypes';
import { completedRun, modelInfo } from './fixtures';

const store = () => useStore.getState();
const EN_FR = { source: 'en', target: 'fr' } as const;

const contents: ModelContents = {
  vocabularies: { source: ['<pad>', 'a'], target: ['<pad>', 'un'] },
  parameters: new Map([['generator.bias', tensor([2], Float32Array.from([1, 2]))]]),
};

function scoreOf(id: number): ScoredReference {
  return {
    id,
    sentence: 'thanks',
    reference: 'merci',
    sourceTokens: ['thanks', '<eos>'],
    referenceTokens: ['merci', '<eos>'],
    referenceIds: Int32Array.from([5, 2]),
    unknownWords: null,
    referenceUnknownWords: null,
    models: [],
  };
}

beforeEach(() => resetStore());

describe("the model's words and parameters", () => {
  it('are kept with the loaded model, the parameters as one Map, and cleared by another pick', () => {
    store().modelLoaded(modelInfo(), contents);
    expect(store().modelVocabularies).toEqual(contents.vocabularies);
    expect(store().modelParameters).toBe(contents.parameters);
    store().setModelListings([
      { name: 'en-fr', label: 'English → French', sourceLanguage: 'en', targetLanguage: 'fr' },
    ]);
    expect(store().modelVocabularies).toBeNull();
    expect(store().modelParameters).toBeNull();
  });
});

describe('the step selection', () => {
  it("counts the result's steps, so a beam run (which streams none) can be stepped through", () => {
    const run = completedRun(1, ['i', 'am'], 'je suis étudiant');
    const beamRun = { ...run, steps: [], stepTokens: [] };
    store().modelLoaded(modelInfo());
    store().runStarted(1);
    store().runFinished(beamRun);
    expect(selectionBounds(store()).steps).toBe(3);
    store().select({ step: 2 });
    expect(store().selection.step).toBe(2);
  });
});

describe('heads switched off', () => {
  it('toggle one at a time, in a stable order, and all come back on at once', () => {
    store().toggleHead({ kind: 'dec-cross', layer: 0, head: 3 });
    store().toggleHead({ kind: 'enc', layer: 1, head: 2 });
    store().toggleHead({ kind: 'enc', layer: 0, head: 5 });
    expect(store().ablatedHeads).toEqual([
      { kind: 'enc', layer: 0, head: 5 },
      { kind: 'enc', layer: 1, head: 2 },
      { kind: 'dec-cross', layer: 0, head: 3 },
    ]);
    store().toggleHead({ kind: 'enc', layer: 1, head: 2 });
    expect(store().ablatedHeads).toHaveLength(2);
    store().restoreHeads();
    expect(store().ablatedHeads).toEqual([]);
  });

  it('belong to the model they were picked in: another pick switches them all back on', () => {
    store().setModelListings([
      { name: 'en-fr', label: 'English → French', sourceLanguage: 'en', targetLanguage: 'fr' },
    ]);
    store().toggleHead({ kind: 'enc', layer: 0, head: 1 });
    store().selectModel('untrained:en-fr');
    expect(store().ablatedHeads).toEqual([]);
  });

  it('toggledHead leaves the list it is given untouched', () => {
    const before = [{ kind: 'enc', layer: 0, head: 0 } as const];
    toggledHead(before, { kind: 'enc', layer: 0, head: 1 });
    expect(before).toHaveLength(1);
  });
});

describe("the loss figure's pair", () => {
  function showRun(sentence: string, translation: string) {
    const id = store().run.id + 1;
    const run = completedRun(id, sentence.split(' '), translation);
    store().modelLoaded(modelInfo());
    store().runStarted(id);
    store().runFinished({ ...run, result: { ...run.result, sentence } });
  }

  it("takes the post's translation for one of the post's sentences, however it is typed", () => {
    expect(postReference('I am a student', EN_FR)).toBe('je suis étudiant');
    expect(
      postReference('the animal didn’t cross the street because it was too tired', EN_FR),
    ).toBe("l'animal n'a pas traversé la rue parce qu'il était trop fatigué");
    expect(postReference('je suis étudiant', { source: 'fr', target: 'en' })).toBe(
      'i am a student',
    );
    expect(postReference('a red apple', EN_FR)).toBeNull();
  });

  it("is the run on screen's sentence with the post's, the reader's or the model's reference", () => {
    expect(selectLossPair(store())).toBeNull();
    showRun('i am a student', 'je suis un étudiant');
    expect(selectLossPair(store())).toEqual({
      sentence: 'i am a student',
      reference: 'je suis étudiant',
      origin: 'post',
    });
    store().setReference('i am a student', 'je suis élève');
    expect(selectLossPair(store())).toMatchObject({ reference: 'je suis élève', origin: 'typed' });
    // A reference typed for another sentence does not apply.
    showRun('a red apple', 'une pomme rouge');
    expect(selectLossPair(store())).toEqual({
      sentence: 'a red apple',
      reference: 'une pomme rouge',
      origin: 'model',
    });
  });

  it("takes only the newest score's answer, and keeps the last answer while the next is scored", () => {
    store().scoreStarted(1);
    store().scoreStarted(2);
    store().scoreFinished(scoreOf(1));
    expect(store().score.result).toBeNull();
    store().scoreFinished(scoreOf(2));
    expect(store().score).toMatchObject({ id: 2, status: 'done' });
    store().scoreStarted(3);
    expect(store().score).toMatchObject({ id: 3, status: 'running', result: { id: 2 } });
    store().scoreFailed(3, { code: 'empty_input', message: 'Type a reference.' });
    expect(store().score).toMatchObject({ status: 'failed', result: { id: 2 } });
    store().scoreFailed(2, { code: 'empty_input', message: 'stale' });
    expect(store().score.error?.message).toBe('Type a reference.');
  });
});
