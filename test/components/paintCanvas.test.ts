// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gridGeometry } from '../../src/components/geometry';
import { cellsPaintedOn, paintCanvas, type CanvasCells } from '../../src/components/paintCanvas';
import { divergingScale } from '../../src/components/scales';
import { seededRandom } from '../../src/engine/random';

/** A 2D context that records the colour of every cell filled. */
function recordingContext() {
  const fills: string[] = [];
  const context = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    setTransform: () => {},
    clearRect: () => {},
    fillRect: () => fills.push(context.fillStyle),
    strokeRect: () => {},
    save: () => {},
    restore: () => {},
    beginPath: () => {},
    rect: () => {},
    clip: () => {},
    moveTo: () => {},
    lineTo: () => {},
    stroke: () => {},
  };
  return { context, fills };
}

/** Every canvas's getContext('2d') answers with the recording context. */
function drawWith(context: ReturnType<typeof recordingContext>['context']): void {
  const getContext = () => context;
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
    getContext as unknown as HTMLCanvasElement['getContext'],
  );
}

function cells(values: Float32Array, colorKey?: string): CanvasCells {
  const scale = divergingScale(1);
  return {
    geometry: gridGeometry(2, 3, { cellSize: 10 }),
    values,
    color: scale.color,
    colorKey,
    isMasked: (_row, _col, value) => Number.isNaN(value),
  };
}

afterEach(() => vi.restoreAllMocks());

describe('paintCanvas', () => {
  const random = seededRandom(3);
  const values = Float32Array.from({ length: 6 }, () => random() * 2 - 1);

  it('paints every cell in its scale’s colour', () => {
    const { context, fills } = recordingContext();
    drawWith(context);
    paintCanvas(document.createElement('canvas'), cells(values, 'puor 1'));
    expect(fills).toEqual(Array.from(values, (v) => divergingScale(1).color(v)));
  });

  it('leaves a canvas as it is when asked to paint the same values in the same colours again', () => {
    const { context, fills } = recordingContext();
    drawWith(context);
    const canvas = document.createElement('canvas');
    paintCanvas(canvas, cells(values, 'puor 1'));
    // The same numbers in a new array, as a new run slices them from the model's weights.
    paintCanvas(canvas, cells(Float32Array.from(values), 'puor 1'));
    expect(fills).toHaveLength(6);
    expect(cellsPaintedOn(canvas)?.values).not.toBe(values);

    const changed = Float32Array.from(values);
    changed[4] = -changed[4];
    paintCanvas(canvas, cells(changed, 'puor 1'));
    expect(fills).toHaveLength(12);
    paintCanvas(canvas, cells(changed, 'viridis 1'));
    expect(fills).toHaveLength(18);
  });

  it('repaints every time when the colours are not named by a key', () => {
    const { context, fills } = recordingContext();
    drawWith(context);
    const canvas = document.createElement('canvas');
    paintCanvas(canvas, cells(values));
    paintCanvas(canvas, cells(values));
    expect(fills).toHaveLength(12);
  });
});
