import { describe, expect, it } from 'vitest';
import { chipRows, chipWidth, overlaps, type Box } from '../../../src/views/decoding/chips';
import {
  DIAGRAM_WIDTH,
  FEEDBACK_X,
  decoderSideLayout,
  feedbackPath,
  pathData,
} from '../../../src/views/decoding/layout';

const source = "the animal didn't cross the street because it was too tired <eos>".split(' ');
const outputs = "l' animal n' a pas traversé la rue parce qu' il était trop fatigué <eos>".split(
  ' ',
);
const inputs = ['<bos>', ...outputs.slice(0, -1)];

function layoutOf(encoderLayers: number, decoderLayers: number) {
  return decoderSideLayout({
    encoderLayers,
    decoderLayers,
    sourceTokens: source,
    decoderInputs: inputs,
    outputs,
  });
}

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

describe('chipRows', () => {
  it('wraps to a new row instead of passing the width, and never overlaps two chips', () => {
    const { chips, height } = chipRows(outputs, 10, 20, 200);
    expect(chips).toHaveLength(outputs.length);
    for (const chip of chips) expect(chip.x + chip.width).toBeLessThanOrEqual(210);
    for (let i = 0; i < chips.length; i++) {
      for (let j = i + 1; j < chips.length; j++) expect(overlaps(chips[i], chips[j])).toBe(false);
    }
    const rows = new Set(chips.map((c) => c.y)).size;
    expect(rows).toBeGreaterThan(1);
    expect(height).toBe(Math.max(...chips.map((c) => c.y + c.height)) - 20);
  });

  it('gives a longer word a wider chip', () => {
    expect(chipWidth('traversé')).toBeGreaterThan(chipWidth('la'));
  });
});

describe('decoderSideLayout', () => {
  it.each([
    [2, 2],
    [6, 6],
    [1, 3],
    [4, 1],
  ])('draws %i encoder and %i decoder layers inside the picture without overlaps', (enc, dec) => {
    const layout = layoutOf(enc, dec);
    expect(layout.encoder).toHaveLength(enc);
    expect(layout.decoder).toHaveLength(dec);
    const picture = { x: 0, y: 0, width: DIAGRAM_WIDTH, height: layout.height };
    const blocks: Box[] = [
      ...layout.encoder,
      ...layout.decoder,
      layout.memory,
      layout.linear,
      layout.softmax,
      ...layout.sourceChips,
      ...layout.inputChips,
      ...layout.outputChips,
    ];
    for (const block of blocks) expect(inside(block, picture)).toBe(true);
    const stacks = [
      ...layout.encoder,
      ...layout.decoder,
      layout.memory,
      layout.linear,
      layout.softmax,
    ];
    for (let i = 0; i < stacks.length; i++) {
      for (let j = i + 1; j < stacks.length; j++)
        expect(overlaps(stacks[i], stacks[j])).toBe(false);
    }
    for (const layer of [...layout.encoder, ...layout.decoder]) {
      for (const sublayer of layer.sublayers) expect(inside(sublayer, layer)).toBe(true);
    }
  });

  it('stacks layer 0 lowest and puts self-attention, encoder-decoder attention, FFN bottom to top', () => {
    const layout = layoutOf(2, 3);
    expect(layout.decoder[1].y).toBeLessThan(layout.decoder[0].y);
    expect(layout.decoder[0].sublayers.map((s) => s.kind)).toEqual(['self', 'cross', 'ffn']);
    const [self, cross, ffn] = layout.decoder[0].sublayers;
    expect(ffn.y).toBeLessThan(cross.y);
    expect(cross.y).toBeLessThan(self.y);
    expect(layout.encoder[0].sublayers.map((s) => s.kind)).toEqual(['self', 'ffn']);
  });

  it('carries K, V from the top of the encoder into every decoder layer’s encoder-decoder attention', () => {
    const layout = layoutOf(3, 4);
    expect(layout.keyValueArrows).toHaveLength(4);
    const topEncoder = layout.encoder[2];
    layout.keyValueArrows.forEach((arrow, l) => {
      const [startX, startY] = arrow[0];
      expect(startX).toBe(layout.memory.x + layout.memory.width);
      expect(startY).toBeLessThan(topEncoder.y);
      const cross = layout.decoder[l].sublayers[1];
      const [endX, endY] = arrow[arrow.length - 1];
      expect(endX).toBe(cross.x);
      expect(endY).toBe(cross.y + cross.height / 2);
    });
  });

  it('lets a taller encoder rise beside Linear and Softmax rather than push both stacks down', () => {
    const layout = layoutOf(6, 1);
    const topOfEncoder = layout.memory.y;
    expect(topOfEncoder).toBeLessThan(layout.linear.y + layout.linear.height);
    const floor = layout.encoder[0].y + layout.encoder[0].height;
    expect(layout.decoder[0].y + layout.decoder[0].height).toBe(floor);
    expect(topOfEncoder).toBeGreaterThanOrEqual(0);
  });

  it('puts the emitted words above Softmax, above Linear, above the decoder stack', () => {
    const layout = layoutOf(2, 2);
    const lowestOutput = Math.max(...layout.outputChips.map((c) => c.y + c.height));
    expect(lowestOutput).toBeLessThan(layout.softmax.y);
    expect(layout.softmax.y + layout.softmax.height).toBeLessThan(layout.linear.y);
    expect(layout.linear.y + layout.linear.height).toBeLessThan(layout.decoder[1].y);
  });

  it('lays the source words under the encoder and the decoder inputs under the decoder', () => {
    const layout = layoutOf(2, 2);
    const floor = layout.encoder[0].y + layout.encoder[0].height;
    for (const chip of layout.sourceChips) {
      expect(chip.y).toBeGreaterThan(floor);
      expect(chip.x + chip.width).toBeLessThanOrEqual(
        layout.encoder[0].x + layout.encoder[0].width,
      );
    }
    for (const chip of layout.inputChips) {
      expect(chip.y).toBeGreaterThan(floor);
      expect(chip.x).toBeGreaterThanOrEqual(layout.decoder[0].x);
    }
  });
});

describe('feedbackPath', () => {
  it('runs from the word emitted at a step to the next step’s input chip through the side lane', () => {
    const layout = layoutOf(2, 2);
    const path = feedbackPath(layout, 3);
    expect(path).not.toBeNull();
    const emitted = layout.outputChips[3];
    const next = layout.inputChips[4];
    expect(path?.[0]).toEqual([emitted.x + emitted.width, emitted.y + emitted.height / 2]);
    expect(path?.[path.length - 1]).toEqual([next.x + next.width, next.y + next.height / 2]);
    expect(path?.[1][0]).toBe(FEEDBACK_X);
    expect(FEEDBACK_X).toBeGreaterThan(layout.decoder[0].x + layout.decoder[0].width);
  });

  it('has no path at the last step, whose word is not fed back', () => {
    const layout = layoutOf(2, 2);
    expect(feedbackPath(layout, outputs.length - 1)).toBeNull();
  });

  it('writes SVG path data through every point', () => {
    expect(
      pathData([
        [1, 2],
        [3, 4],
        [5, 6],
      ]),
    ).toBe('M1,2 L3,4 L5,6');
  });
});
