import { describe, expect, it } from 'vitest';
import {
  attentionLines,
  LINE_OPACITY,
  LINE_WIDTH,
  lineStyle,
  tokenColumns,
} from '../../../src/views/attention/tokenLinesLayout';
import { headRow } from '../../../src/views/attention/headSlices';
import { IT, itSentenceTrace, sourceTokens } from './fixtures';

const weights = itSentenceTrace().tensors.get('enc.1.self.weights');
if (!weights) throw new Error('the trace should hold enc.1.self.weights');

describe('tokenColumns', () => {
  it('puts one row per token in each column, centred in its row', () => {
    const geometry = tokenColumns(sourceTokens, { rowHeight: 20 });
    expect(geometry.rowCentres).toHaveLength(sourceTokens.length);
    expect(geometry.rowCentres[0]).toBe(10);
    expect(geometry.rowCentres[3]).toBe(70);
    expect(geometry.height).toBe(20 * sourceTokens.length);
  });

  it('leaves the gap between the columns for the lines', () => {
    const geometry = tokenColumns(sourceTokens, { gap: 150 });
    expect(geometry.lineStartX).toBe(geometry.leftX + geometry.columnWidth);
    expect(geometry.lineEndX - geometry.lineStartX).toBe(150);
    expect(geometry.width).toBe(geometry.rightX + geometry.columnWidth);
  });

  it('widens the columns for longer tokens, within limits', () => {
    const short = tokenColumns(['a', 'b']).columnWidth;
    const long = tokenColumns(['a', 'extraordinarily']).columnWidth;
    const huge = tokenColumns(['x'.repeat(200)]).columnWidth;
    expect(long).toBeGreaterThan(short);
    expect(huge).toBeLessThanOrEqual(180);
  });
});

describe('lineStyle', () => {
  it('maps weight 0 and 1 to the ends of the width and opacity ranges', () => {
    expect(lineStyle(0)).toEqual({ width: LINE_WIDTH.min, opacity: LINE_OPACITY.min });
    expect(lineStyle(1)).toEqual({ width: LINE_WIDTH.max, opacity: LINE_OPACITY.max });
  });

  it('draws a larger weight wider and more opaque', () => {
    const light = lineStyle(0.1);
    const heavy = lineStyle(0.4);
    expect(heavy.width).toBeGreaterThan(light.width);
    expect(heavy.opacity).toBeGreaterThan(light.opacity);
  });

  it('keeps the width proportional to the weight', () => {
    const w = 0.37;
    expect(lineStyle(w).width).toBeCloseTo(
      LINE_WIDTH.min + w * (LINE_WIDTH.max - LINE_WIDTH.min),
      10,
    );
  });
});

describe('attentionLines', () => {
  const geometry = tokenColumns(sourceTokens);

  it('draws one line per key from the query, styled by the trace weight', () => {
    const row = headRow(weights, 2, IT);
    const lines = attentionLines(geometry, IT, [{ head: 2, weights: row }]);
    expect(lines).toHaveLength(sourceTokens.length);
    for (const line of lines) {
      expect(line.weight).toBe(row[line.key]);
      expect(line.y1).toBe(geometry.rowCentres[IT]);
      expect(line.y2).toBe(geometry.rowCentres[line.key]);
      expect(line.x1).toBe(geometry.lineStartX);
      expect(line.x2).toBe(geometry.lineEndX);
      expect(line.width).toBe(lineStyle(row[line.key]).width);
      expect(line.opacity).toBe(lineStyle(row[line.key]).opacity);
    }
  });

  it('orders lines lightest first so the strongest is drawn on top', () => {
    const lines = attentionLines(geometry, IT, [{ head: 0, weights: headRow(weights, 0, IT) }]);
    const drawn = lines.map((line) => line.weight);
    expect(drawn).toEqual([...drawn].sort((a, b) => a - b));
    expect(lines.at(-1)?.weight).toBe(Math.max(...headRow(weights, 0, IT)));
  });

  it('ends overlaid heads’ lines apart inside each key’s row', () => {
    const heads = [0, 1, 3].map((head) => ({ head, weights: headRow(weights, head, IT) }));
    const lines = attentionLines(geometry, IT, heads);
    expect(lines).toHaveLength(3 * sourceTokens.length);
    const toKey = (key: number) => lines.filter((line) => line.key === key).map((line) => line.y2);
    const ends = toKey(4);
    expect(new Set(ends).size).toBe(3);
    for (const y of ends)
      expect(Math.abs(y - geometry.rowCentres[4])).toBeLessThan(geometry.rowHeight / 2);
  });
});
