import { beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useStore } from '../../src/store';
import { isTrainedInBrowser } from '../../src/store/trainingSlice';
import { tensor } from '../../src/engine/tensor';
import { DEFAULT_LAB_SETTINGS } from '../../src/training/labSettings';
import { modelRefFromKey } from '../../src/worker/modelKey';
import type { LabProgress } from '../../src/worker/trainingListener';
import type { LabRunInfo } from '../../src/worker/trainingProtocol';

const store = () => useStore.getState();
beforeEach(() => resetStore());

const info = (startStep = 0): LabRunInfo => ({
  settings: DEFAULT_LAB_SETTINGS,
  config: {
    dModel: 32,
    heads: 2,
    dFF: 128,
    encoderLayers: 1,
    decoderLayers: 1,
    srcVocabSize: 14,
    tgtVocabSize: 14,
    maxLength: 9,
    positionalLayout: 'concatenated',
    layerNormEps: 1e-5,
  },
  parameterCount: 1000,
  taskLabel: 'reverse 3 to 8 digits',
  languages: { source: 'en', target: 'en' },
  trainExamples: 2000,
  heldOutExamples: 64,
  probeSource: ['1', '2', '3'],
  probeTarget: ['3', '2', '1'],
  lossFloor: 0.55,
  startStep,
  heldOutEvery: 10,
});

const progress = (runId: number, firstStep: number, losses: number[]): LabProgress => ({
  runId,
  status: 'running',
  step: firstStep + losses.length - 1,
  firstStep,
  losses,
  heldOut: [{ step: firstStep + losses.length - 1, loss: losses.at(-1) ?? 0 }],
  tokensPerSecond: 1234,
  learningRate: 0.001,
  trainingMs: 50,
  probe: {
    step: firstStep + losses.length - 1,
    sourceTokens: ['1', '<eos>'],
    decoderInputs: ['<bos>', '1'],
    expectedOutputs: ['1', '<eos>'],
    modelOutputs: ['1', '<eos>'],
    attention: new Map([['dec.0.cross.weights', tensor([1, 2, 2])]]),
  },
});

describe('the training lab slice', () => {
  it('starts idle, with the default settings, and keeps the settings the reader changes', () => {
    expect(store().lab.status).toBe('idle');
    expect(store().labSettings).toEqual(DEFAULT_LAB_SETTINGS);
    store().setLabSettings({ ...DEFAULT_LAB_SETTINGS, steps: 50 });
    expect(store().labSettings.steps).toBe(50);
  });

  it("appends each progress's losses to the curve, and takes the newest probe and speed", () => {
    store().labRequested(4);
    expect(store().lab.status).toBe('preparing');
    store().labStarted(4, info());
    store().labProgressed(progress(4, 1, [3, 2.5]));
    store().labProgressed(progress(4, 3, [2.2]));
    const { lab } = store();
    expect(lab.losses).toEqual([3, 2.5, 2.2]);
    expect(lab.lossStart).toBe(1);
    expect(lab.heldOut.map((p) => p.step)).toEqual([2, 3]);
    expect(lab.step).toBe(3);
    expect(lab.status).toBe('running');
    expect(lab.tokensPerSecond).toBe(1234);
    expect(lab.probe?.step).toBe(3);
  });

  it("ignores a stale run's reports", () => {
    store().labRequested(4);
    store().labStarted(4, info());
    store().labRequested(7);
    store().labProgressed(progress(4, 1, [3]));
    store().labStatusChanged(4, 'finished', 1);
    expect(store().lab).toMatchObject({ runId: 7, status: 'preparing', losses: [] });
  });

  it("a model opened from a file starts its curve at the file's step, its settings in the form", () => {
    const fileSettings = { ...DEFAULT_LAB_SETTINGS, seed: 42, steps: 900 };
    store().labStarted(9, { ...info(120), settings: fileSettings });
    expect(store().lab).toMatchObject({ runId: 9, step: 120, lossStart: 121, losses: [] });
    expect(store().labSettings).toEqual(fileSettings);
  });

  it('a failed request beside a run says why and leaves the run; a crash ends it', () => {
    store().labRequested(4);
    store().labStarted(4, info());
    store().labProgressed(progress(4, 1, [3]));
    store().labFailed({ code: 'model_load_failed', message: 'mine.safetensors: no.' }, null);
    expect(store().lab).toMatchObject({
      status: 'running',
      error: { message: 'mine.safetensors: no.' },
    });
    store().labFailed({ code: 'worker_crashed', message: 'Training stopped.' }, 4);
    expect(store().lab.status).toBe('failed');
    store().labReset();
    expect(store().lab).toMatchObject({ status: 'idle', runId: 0, error: null });
  });

  it('opens a trained model as the page’s current model, replacing the one opened before', () => {
    store().openTrainedModel(
      '4-100',
      'Trained in this page: reverse, step 100',
      { source: 'en', target: 'en' },
      '1 2 3',
    );
    expect(store().modelKey).toBe('trained:4-100');
    expect(modelRefFromKey(store().modelKey)).toEqual({
      kind: 'trained-in-browser',
      name: '4-100',
    });
    expect(store().modelStatus).toBe('loading');
    expect(store().sentence).toBe('1 2 3');
    store().openTrainedModel(
      '4-200',
      'Trained in this page: reverse, step 200',
      { source: 'en', target: 'en' },
      '1 2 3',
    );
    const trained = store().models.filter((m) => isTrainedInBrowser(m.key));
    expect(trained.map((m) => [m.key, m.trained])).toEqual([['trained:4-200', true]]);
    expect(store().modelKey).toBe('trained:4-200');
  });
});
