import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REFERENCE_CONFIG } from '../../src/engine/model/config';
import { tensor } from '../../src/engine/tensor';
import type { Tensor, TraceName } from '../../src/engine';
import {
  liveAlignment,
  liveText,
  percent,
  scoreboardRows,
} from '../../src/views/attribution/scoreboard';
import { readAlignment } from '../../src/worker/alignmentInfo';

/** Two heads over three output rows and three source words: dec.{l}.cross.weights (h, T, S). */
const weights = tensor(
  [2, 3, 3],
  new Float32Array([
    // head 0: looks at source 0, 1, 2 in turn (the diagonal)
    0.8, 0.1, 0.1, 0.1, 0.8, 0.1, 0.1, 0.1, 0.8,
    // head 1: always at the last source word
    0.1, 0.2, 0.7, 0.2, 0.1, 0.7, 0.3, 0.1, 0.6,
  ]),
);
/** Gold: output 0 ↔ source 0, output 1 ↔ source 1; output 2 has no gold link. */
const gold = [
  [0, 0],
  [1, 1],
] as const;

describe('alignment scoreboard', () => {
  it('scores each head on the sentence by its strongest source word, skipping unlinked words', () => {
    const trace = new Map<TraceName, Tensor>([['dec.0.cross.weights', weights]]);
    const [layer] = liveAlignment(trace, 1, gold, 3) ?? [];
    expect(layer.counted).toBe(2);
    expect(layer.correctPerHead).toEqual([2, 0]);
    // Averaged rows: (0.45, 0.15, 0.4) → source 0 ✓; (0.15, 0.45, 0.4) → source 1 ✓.
    expect(layer.correctAveraged).toBe(2);
  });

  it('has no sentence score without a gold alignment or without the weights', () => {
    const trace = new Map<TraceName, Tensor>([['dec.0.cross.weights', weights]]);
    expect(liveAlignment(trace, 1, null, 3)).toBeNull();
    expect(liveAlignment(trace, 2, gold, 3)).toBeNull();
  });

  it('lists every head, then the heads averaged, and marks each layer’s best head', () => {
    const testSplit = [
      { layer: 0, perHead: [0.2, 0.6, 0.6], averagedAccuracy: 0.5 },
      { layer: 1, perHead: [0.9, 0.1, 0.3], averagedAccuracy: 0.7 },
    ];
    const live = [
      { correctPerHead: [1, 2, 0], correctAveraged: 2, counted: 2 },
      { correctPerHead: [2, 0, 1], correctAveraged: 1, counted: 2 },
    ];
    const rows = scoreboardRows(2, 3, testSplit, live);
    expect(rows.map((r) => `${r.layer}.${r.head}`)).toEqual([
      '0.0',
      '0.1',
      '0.2',
      '0.mean',
      '1.0',
      '1.1',
      '1.2',
      '1.mean',
    ]);
    expect(rows.filter((r) => r.best).map((r) => `${r.layer}.${r.head}`)).toEqual(['0.1', '1.0']);
    expect(rows[3]).toMatchObject({ testSplit: 0.5, live: { correct: 2, counted: 2 } });
    expect(rows[6]).toMatchObject({ testSplit: 0.3, live: { correct: 1, counted: 2 } });
    const bare = scoreboardRows(1, 2, null, null);
    expect(bare.every((r) => r.testSplit === null && r.live === null && !r.best)).toBe(true);
  });

  it('says scores as percentages', () => {
    expect(percent(0.8414)).toBe('84%');
    expect(liveText({ correct: 3, counted: 4 })).toBe('3 of 4 (75%)');
    expect(liveText({ correct: 0, counted: 0 })).toBe('no gold-linked word');
  });
});

describe('test-split alignment in config.json', () => {
  const config = { ...REFERENCE_CONFIG, heads: 2, decoderLayers: 1 };
  const layer = { layer: 0, bestHead: 1, perHead: [0.25, 0.5], averagedAccuracy: 0.4 };
  const json = (alignment: unknown) => ({ evaluation: { alignment } });

  it('reads every decoder layer’s heads', () => {
    expect(readAlignment(json([layer]), config)).toEqual([
      { layer: 0, perHead: [0.25, 0.5], averagedAccuracy: 0.4 },
    ]);
  });

  it('ignores a config.json without it or with numbers out of range', () => {
    expect(readAlignment({}, config)).toBeNull();
    expect(readAlignment(json('no'), config)).toBeNull();
    expect(readAlignment(json([]), config)).toBeNull();
    expect(readAlignment(json([{ ...layer, perHead: [0.25] }]), config)).toBeNull();
    expect(readAlignment(json([{ ...layer, perHead: [0.25, 1.5] }]), config)).toBeNull();
    expect(readAlignment(json([{ ...layer, perHead: [0.25, '0.5'] }]), config)).toBeNull();
    expect(readAlignment(json([{ ...layer, averagedAccuracy: -1 }]), config)).toBeNull();
    expect(readAlignment(json([{ ...layer, layer: 3 }]), config)).toBeNull();
  });

  it('reads the shipped models’ files', () => {
    for (const folder of ['en-fr', 'fr-en']) {
      const file: unknown = JSON.parse(readFileSync(`public/models/${folder}/config.json`, 'utf8'));
      const shipped = file as { heads: number; decoderLayers: number };
      const read = readAlignment(file, { ...REFERENCE_CONFIG, ...shipped });
      expect(read).toHaveLength(shipped.decoderLayers);
      read?.forEach((l) => expect(l.perHead).toHaveLength(shipped.heads));
    }
  });
});
