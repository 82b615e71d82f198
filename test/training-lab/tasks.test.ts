import { settingsProblem } from '../../src/i18n/en/settingsProblems';
import type { SettingsProblem } from '../../src/training/settingsProblem';
import { describe, expect, it } from 'vitest';
import { crossEntropyForward } from '../../src/engine/train/loss';
import {
  DEFAULT_LAB_SETTINGS,
  heldOutEvery,
  labModelConfig,
  labSettingsProblem,
  lossFloor,
  parseLabSettings,
} from '../../src/training/labSettings';
import {
  HELD_OUT_EXAMPLES,
  taskSettingsProblem,
  type TaskSettings,
} from '../../src/training/taskSettings';
import { buildTask, symbolTarget } from '../../src/training/tasks';

const DIGITS: TaskSettings = { ...DEFAULT_LAB_SETTINGS.task, minLength: 3, maxLength: 8 };

describe('symbol tasks', () => {
  it('copy, reverse and sort write the source copied, reversed and sorted', () => {
    const source = ['3', '1', '4', '1', '5'];
    expect(symbolTarget('copy', source, 'digits')).toEqual(['3', '1', '4', '1', '5']);
    expect(symbolTarget('reverse', source, 'digits')).toEqual(['5', '1', '4', '1', '3']);
    expect(symbolTarget('sort', source, 'digits')).toEqual(['1', '1', '3', '4', '5']);
    expect(symbolTarget('sort', ['q', 'b', 'k'], 'letters')).toEqual(['b', 'k', 'q']);
  });

  it('draws the same examples for the same seed, and other examples for another seed', () => {
    const task = buildTask({ ...DIGITS, kind: 'reverse' }, 5);
    expect(buildTask({ ...DIGITS, kind: 'reverse' }, 5)).toEqual(task);
    expect(buildTask({ ...DIGITS, kind: 'reverse' }, 6).train).not.toEqual(task.train);
  });

  it('keeps held-out examples and the probe out of training, every length within the settings', () => {
    const task = buildTask({ ...DIGITS, kind: 'copy', examples: 500 }, 1);
    expect(task.train).toHaveLength(500);
    expect(task.heldOut).toHaveLength(HELD_OUT_EXAMPLES);
    const trained = new Set(task.train.map((pair) => pair.src.join(' ')));
    for (const pair of task.heldOut) expect(trained.has(pair.src.join(' '))).toBe(false);
    const probeIds = task.source.toIds(task.probe.source).ids.join(' ');
    expect(trained.has(probeIds)).toBe(false);
    for (const pair of [...task.train, ...task.heldOut]) {
      expect(pair.src.length).toBeGreaterThanOrEqual(3);
      expect(pair.src.length).toBeLessThanOrEqual(8);
      expect(pair.tgt).toEqual(pair.src);
    }
  });

  it('probes with distinct symbols as long as the longest sequence, so each has one right place', () => {
    const task = buildTask({ ...DIGITS, kind: 'sort', symbols: 'letters' }, 3);
    expect(task.probe.source).toHaveLength(8);
    expect(new Set(task.probe.source).size).toBe(8);
    expect(task.probe.target).toEqual([...task.probe.source].sort());
    expect(task.source.tokens.slice(4)).toEqual('abcdefghijklmnopqrstuvwxyz'.split(''));
    expect(task.label).toBe('sort 3 to 8 letters');
  });
});

describe('the translation task', () => {
  it('reads the side the direction names, with vocabularies that hold every word', () => {
    const settings: TaskSettings = {
      ...DIGITS,
      kind: 'translate',
      direction: 'fr-en',
      examples: 300,
    };
    const task = buildTask(settings, 1);
    expect(task.languages).toEqual({ source: 'fr', target: 'en' });
    expect(task.probe.target.join(' ')).toBe(
      "the animal didn't cross the street because it was too tired",
    );
    expect(task.source.has('animal') && task.source.has('rue')).toBe(true);
    expect(task.target.has('street')).toBe(true);
    expect(task.train).toHaveLength(300);
    expect(task.heldOut).toHaveLength(HELD_OUT_EXAMPLES);
    const longest = Math.max(
      ...[...task.train, ...task.heldOut].flatMap((p) => [p.src.length, p.tgt.length]),
    );
    expect(task.longest).toBeGreaterThanOrEqual(longest);
  });
});

describe('lab settings', () => {
  it('say plainly what cannot be trained', () => {
    expect(labSettingsProblem(DEFAULT_LAB_SETTINGS)).toBeUndefined();
    const said = (problem: SettingsProblem | undefined) => problem && settingsProblem(problem);
    expect(
      labSettingsProblem({ ...DEFAULT_LAB_SETTINGS, model: { dModel: 16, heads: 8, layers: 1 } }),
    ).toBeUndefined();
    expect(
      said(
        labSettingsProblem({ ...DEFAULT_LAB_SETTINGS, model: { dModel: 32, heads: 3, layers: 1 } }),
      ),
    ).toBe('the number of heads must be one of 1, 2, 4, 8, found 3');
    expect(said(labSettingsProblem({ ...DEFAULT_LAB_SETTINGS, warmupSteps: 0.5 }))).toBe(
      'the warm-up must be a whole number from 1 to 4000, found 0.5',
    );
    expect(said(taskSettingsProblem({ ...DIGITS, minLength: 9, maxLength: 4 }))).toBe(
      'the lengths must be whole numbers from 2 to 16, the shortest first; found 9 to 4',
    );
  });

  it("build the paper's architecture at the chosen size: d_ff = 4 · d_model, N layers on each side", () => {
    const task = buildTask(DIGITS, 1);
    const config = labModelConfig({ dModel: 64, heads: 4, layers: 3 }, task);
    expect(config).toMatchObject({
      dModel: 64,
      heads: 4,
      dFF: 256,
      encoderLayers: 3,
      decoderLayers: 3,
      srcVocabSize: 14,
      tgtVocabSize: 14,
      maxLength: 9,
    });
  });

  it('the loss floor is the label-smoothed loss of a model predicting the smoothed target exactly', () => {
    const vocab = 14;
    const smoothing = 0.1;
    const q = Array.from(
      { length: vocab },
      (_, v) => (v === 5 ? 1 - smoothing : 0) + smoothing / vocab,
    );
    const logits = Float32Array.from(q, Math.log);
    const stats = crossEntropyForward(
      new Float32Array(vocab),
      logits,
      Int32Array.of(5),
      1,
      vocab,
      smoothing,
    );
    expect(lossFloor(vocab, smoothing)).toBeCloseTo(stats.loss, 5);
    expect(lossFloor(vocab, 0)).toBe(0);
  });

  it('measure the held-out loss about 40 times a run, never more often than every 5 steps', () => {
    expect(heldOutEvery(400)).toBe(10);
    expect(heldOutEvery(2000)).toBe(50);
    expect(heldOutEvery(30)).toBe(5);
  });

  it('read back from JSON, name the field at fault', () => {
    const config = labModelConfig(DEFAULT_LAB_SETTINGS.model, buildTask(DIGITS, 1));
    const json = JSON.parse(JSON.stringify(DEFAULT_LAB_SETTINGS)) as Record<string, unknown>;
    expect(parseLabSettings(json, config)).toEqual(DEFAULT_LAB_SETTINGS);
    expect(() => parseLabSettings({ ...json, batchSize: '32' }, config)).toThrow(
      '"batchSize" should be a number, found the text "32"',
    );
    const task = { ...DEFAULT_LAB_SETTINGS.task, kind: 'juggle' };
    expect(() => parseLabSettings({ ...json, task }, config)).toThrow(
      '"kind" should be one of copy, reverse, sort, translate, found the text "juggle"',
    );
  });
});
