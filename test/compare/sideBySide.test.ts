import { describe, expect, it } from 'vitest';
import { headChanges, sideBySide, sideWeights } from '../../src/app/compare/sideBySide';
import { FIRST_SELECTION } from '../../src/store';
import { CONFIG, engineRun } from './runs';

const tired = engineRun(1, ['the', 'animal', 'was', 'tired']);
const wide = engineRun(2, ['the', 'animal', 'was', 'wide']);
const longer = engineRun(3, ['the', 'animal', 'was', 'very', 'wide']);

describe('sideWeights', () => {
  it('reads the chosen word’s row of the chosen layer and head from the trace', () => {
    const selection = { ...FIRST_SELECTION, layer: 1, head: 2, queryToken: 1 };
    const side = sideWeights(tired, selection);
    const weights = tired.trace.get('enc.1.self.weights');
    if (!side || !weights) throw new Error('the run has no encoder attention');
    const [, S] = weights.shape;
    const offset = (2 * S + 1) * S;
    expect([...side.weights]).toEqual([...weights.data.subarray(offset, offset + S)]);
    expect(side.query).toBe('animal');
    expect(side.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });

  it('clamps the selection to the run: a word past its end is its last token', () => {
    const side = sideWeights(tired, { ...FIRST_SELECTION, layer: 9, head: 99, queryToken: 40 });
    expect(side).toMatchObject({
      query: '<eos>',
      layer: CONFIG.encoderLayers - 1,
      head: CONFIG.heads - 1,
    });
  });
});

describe('sideBySide', () => {
  it('pairs the two sentences position by position, with the change between them', () => {
    const first = sideWeights(tired, { ...FIRST_SELECTION, queryToken: 1 });
    const second = sideWeights(wide, { ...FIRST_SELECTION, queryToken: 1 });
    if (!first || !second) throw new Error('no weights');
    const rows = sideBySide(first, second);
    expect(rows.map((r) => [r.first?.word, r.second?.word])).toEqual([
      ['the', 'the'],
      ['animal', 'animal'],
      ['was', 'was'],
      ['tired', 'wide'],
      ['<eos>', '<eos>'],
    ]);
    rows.forEach((row, i) => {
      expect(row.first?.weight).toBe(first.weights[i]);
      expect(row.change).toBeCloseTo(second.weights[i] - first.weights[i], 7);
    });
    // One word changed: the weights of "animal" are not the same numbers in both sentences.
    expect(rows.some((row) => Math.abs(row.change ?? 0) > 1e-4)).toBe(true);
  });

  it('a longer second sentence gets rows of its own, with no change to report', () => {
    const first = sideWeights(tired, FIRST_SELECTION);
    const second = sideWeights(longer, FIRST_SELECTION);
    if (!first || !second) throw new Error('no weights');
    const rows = sideBySide(first, second);
    expect(rows).toHaveLength(6);
    expect(rows[5]).toEqual({
      position: 5,
      first: null,
      second: { word: '<eos>', weight: second.weights[5] },
      change: null,
    });
  });
});

describe('headChanges', () => {
  it('is zero in every layer and head for one sentence against itself', () => {
    const changes = headChanges(tired, engineRun(9, ['the', 'animal', 'was', 'tired']), 1);
    expect(changes).toHaveLength(CONFIG.encoderLayers * CONFIG.heads);
    for (const change of changes) expect(change.moved).toBe(0);
  });

  it('gives every layer and head, the largest share of moved attention first, each within [0, 1]', () => {
    const changes = headChanges(tired, wide, 1);
    expect(changes).toHaveLength(CONFIG.encoderLayers * CONFIG.heads);
    for (let i = 1; i < changes.length; i++) {
      expect(changes[i].moved).toBeLessThanOrEqual(changes[i - 1].moved);
    }
    for (const change of changes) {
      expect(change.moved).toBeGreaterThanOrEqual(0);
      expect(change.moved).toBeLessThanOrEqual(1);
    }
    expect(changes[0].moved).toBeGreaterThan(0);
    const first = sideWeights(tired, { ...FIRST_SELECTION, ...changes[0], queryToken: 1 });
    const second = sideWeights(wide, { ...FIRST_SELECTION, ...changes[0], queryToken: 1 });
    if (!first || !second) throw new Error('no weights');
    const moved =
      sideBySide(first, second).reduce((sum, r) => sum + Math.abs(r.change ?? 0), 0) / 2;
    expect(changes[0].moved).toBeCloseTo(moved, 6);
  });
});
