/**
 * The shortcut head ablation takes (resume from the trace, recompute only what the head can
 * change, only the explained row at the last decoder layer, every head's pass stacked with the
 * others') gives the same decoder output row as the whole teacher-forced pass run with that
 * head switched off.
 */
import { describe, expect, it } from 'vitest';
import { everyHead } from '../../src/engine/attribution';
import { explainedRowsWithoutEachHead } from '../../src/engine/attribution/resumedPass';
import { REFERENCE_CONFIG, type ModelConfig } from '../../src/engine/model/config';
import { forwardTrace } from '../../src/engine/model/forward';
import { resolveWeights } from '../../src/engine/model/weights';
import { setting } from './fixtures';

/** Largest |difference| between the shortcut's row and the whole pass's, over every head. */
function largestDifference(config: ModelConfig, position: number): number {
  const { params, word } = setting(config, 31, 6, position);
  const prefix = Array.from(word.tgtIds).slice(0, position + 1);
  const trained = forwardTrace(params, config, word.srcIds, prefix);
  const weights = resolveWeights(params, config);
  const d = config.dModel;
  const lastLayer = `dec.${config.decoderLayers - 1}.norm3` as const;
  const rows = explainedRowsWithoutEachHead(trained, weights, position);
  const heads = everyHead(config);
  expect(rows).toHaveLength(heads.length * d);
  let largest = 0;
  for (const [i, head] of heads.entries()) {
    const row = rows.subarray(i * d, (i + 1) * d);
    const whole = forwardTrace(params, config, word.srcIds, prefix, [head]).get(lastLayer);
    if (!whole) throw new Error(`no ${lastLayer}`);
    const expected = whole.data.subarray(position * d, (position + 1) * d);
    expect(row).toHaveLength(d);
    for (let k = 0; k < d; k++) largest = Math.max(largest, Math.abs(row[k] - expected[k]));
  }
  return largest;
}

describe('head ablation resumed from the trace', () => {
  // The stacked products run on training's matmul kernel: its sums differ from the whole pass's
  // by float rounding only, a millionth or so after every layer.
  it('equals the whole pass with the head off, three decoder layers, a word mid-sentence', () => {
    const config = { ...REFERENCE_CONFIG, encoderLayers: 2, decoderLayers: 3, heads: 4 };
    expect(largestDifference(config, 3)).toBeLessThan(1e-5);
  });

  it('equals the whole pass with the head off, one decoder layer, the first word', () => {
    const config = { ...REFERENCE_CONFIG, encoderLayers: 3, decoderLayers: 1, heads: 2 };
    expect(largestDifference(config, 0)).toBeLessThan(1e-5);
  });

  it('equals the whole pass with the head off, the shipped layout of 4 + 2 layers × 8 heads', () => {
    const config = { ...REFERENCE_CONFIG, encoderLayers: 4, decoderLayers: 2, heads: 8 };
    expect(largestDifference(config, 5)).toBeLessThan(1e-5);
  });

  it('refuses a run that goes on past the explained word', () => {
    const config = { ...REFERENCE_CONFIG, encoderLayers: 1, decoderLayers: 1, heads: 2 };
    const { params, word } = setting(config, 31, 6, 2);
    const longer = forwardTrace(params, config, word.srcIds, Array.from(word.tgtIds));
    expect(() => explainedRowsWithoutEachHead(longer, resolveWeights(params, config), 2)).toThrow(
      'should end at the explained word 2, but it has 5 rows',
    );
  });

  it('differs from the model as trained, so the comparison can fail', () => {
    const config = { ...REFERENCE_CONFIG, encoderLayers: 2, decoderLayers: 2, heads: 2 };
    const { params, word } = setting(config, 31, 6, 2);
    const prefix = Array.from(word.tgtIds).slice(0, 3);
    const trained = forwardTrace(params, config, word.srcIds, prefix);
    const rows = explainedRowsWithoutEachHead(trained, resolveWeights(params, config), 2);
    // Head 1 of encoder layer 0.
    const row = rows.subarray(config.dModel, 2 * config.dModel);
    const asTrained = trained.get('dec.1.norm3')?.data.subarray(2 * config.dModel) ?? [];
    expect(Math.max(...row.map((v, k) => Math.abs(v - asTrained[k])))).toBeGreaterThan(1e-4);
  });
});
