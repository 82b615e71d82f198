import { describe, expect, it } from 'vitest';
import {
  largestWeight,
  maskFromScaled,
  selectedRow,
  selectRow,
  THUMBNAIL_MAX_HEIGHT,
  THUMBNAIL_PADDING,
  thumbnailCellSize,
} from '../../../src/views/attention/attentionMaps';
import { config, itSentenceTrace, sourceTokens, traceTensor } from './fixtures';

const trace = itSentenceTrace();

describe('largestWeight', () => {
  it('is the largest weight over every layer and head of the kind', () => {
    const all = [0, 1].flatMap((l) => Array.from(traceTensor(`enc.${l}.self.weights`).data));
    expect(largestWeight(trace.tensors, 'encoder-self', config.encoderLayers)).toBe(
      Math.max(...all),
    );
    const firstOnly = Math.max(...traceTensor('enc.0.self.weights').data);
    expect(largestWeight(trace.tensors, 'encoder-self', 1)).toBe(firstOnly);
  });
});

describe('maskFromScaled', () => {
  it('hides exactly the later positions in the decoder’s self-attention', () => {
    const T = trace.tgtIds.length;
    const masked = maskFromScaled(trace.tensors, 'decoder-self', 1, 2);
    for (let row = 0; row < T; row++) {
      for (let col = 0; col < T; col++) expect(masked(row, col)).toBe(col > row);
    }
  });

  it('hides nothing in the encoder and in encoder-decoder attention', () => {
    const encoder = maskFromScaled(trace.tensors, 'encoder-self', 0, 0);
    const cross = maskFromScaled(trace.tensors, 'cross', 0, 0);
    for (let row = 0; row < sourceTokens.length; row++) {
      for (let col = 0; col < sourceTokens.length; col++) {
        expect(encoder(row, col)).toBe(false);
        expect(cross(0, col)).toBe(false);
      }
    }
  });
});

describe('selected rows', () => {
  const selection = { layer: 0, head: 0, queryToken: 4, step: 2 };

  it('reads the query word for the encoder and the decoding step for the decoder', () => {
    expect(selectedRow('encoder-self', selection, 12)).toBe(4);
    expect(selectedRow('decoder-self', selection, 12)).toBe(2);
    expect(selectedRow('cross', selection, 2)).toBe(1);
  });

  it('turns a clicked row into the matching selection change', () => {
    expect(selectRow('encoder-self', 3)).toEqual({ queryToken: 3 });
    expect(selectRow('cross', 3)).toEqual({ step: 3 });
  });
});

describe('thumbnailCellSize', () => {
  it('fits every head’s map side by side in the width', () => {
    const size = thumbnailCellSize(12, 12, 8, 800);
    expect(8 * (12 * size + THUMBNAIL_PADDING)).toBeLessThanOrEqual(800);
    expect(8 * (12 * (size + 1) + THUMBNAIL_PADDING)).toBeGreaterThan(800);
  });

  it('keeps maps of long outputs short', () => {
    const size = thumbnailCellSize(32, 12, 8, 800);
    expect(32 * size).toBeLessThanOrEqual(THUMBNAIL_MAX_HEIGHT);
    expect(32 * (size + 1)).toBeGreaterThan(THUMBNAIL_MAX_HEIGHT);
  });

  it('stays between 2 and 12 pixels', () => {
    expect(thumbnailCellSize(3, 3, 1, 2000)).toBe(12);
    expect(thumbnailCellSize(64, 64, 16, 400)).toBe(2);
  });
});
