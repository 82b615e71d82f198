// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initParams } from '../../../src/engine/model/params';
import { resetStore, useStore } from '../../../src/store';
import { transpose } from '../../../src/views/matrices/headSlices';
import { ManyHeadsSection } from '../../../src/views/matrices/ManyHeadsSection';
import { MatrixCalculationSection } from '../../../src/views/matrices/MatrixCalculationSection';
import { CONFIG, MODEL_INFO, makeRun, storeRun } from '../runFixture';
import { tabledMatrix } from './dom';

const SEED = 11;
const params = initParams(CONFIG, SEED);

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  resetStore();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function loadModelAndRun() {
  act(() => {
    useStore.getState().modelLoaded(MODEL_INFO, {
      vocabularies: { source: [], target: [] },
      parameters: params,
    });
    useStore.getState().runStarted(1);
    useStore.getState().runFinished(storeRun(makeRun(SEED)));
    useStore.getState().select({ layer: 1, head: 2 });
  });
}

function weight(name: string) {
  const t = params.get(name);
  if (!t) throw new Error(`no parameter ${name}`);
  return t;
}

describe('the matrix sections with the weights that came with the model', () => {
  it('draw W^Q, W^K and W^V with their numbers, not dashed boxes, and no note about them', () => {
    loadModelAndRun();
    const { container } = render(<MatrixCalculationSection />);
    expect(container.querySelectorAll('.mx-missing')).toHaveLength(0);
    expect(screen.queryByRole('note')).toBeNull();
    // Head 2's W^Q is columns 2·d_k … 3·d_k − 1 of q_proj.weightᵀ.
    const dk = CONFIG.dModel / CONFIG.heads;
    const full = transpose(weight('encoder.layers.1.self_attn.q_proj.weight'));
    const drawn = tabledMatrix(container, 'W^Q₃');
    expect([drawn.rows, drawn.cols]).toEqual([CONFIG.dModel, dk]);
    for (let r = 0; r < CONFIG.dModel; r++) {
      for (let c = 0; c < dk; c++) {
        expect(drawn.values[r * dk + c]).toBe(full.data[r * CONFIG.dModel + 2 * dk + c]);
      }
    }
  });

  it("draw W^O as the layer's out_proj.weight transposed", () => {
    loadModelAndRun();
    const { container } = render(<ManyHeadsSection />);
    expect(container.querySelectorAll('.mx-missing')).toHaveLength(0);
    const drawn = tabledMatrix(container, 'W^O');
    const expected = transpose(weight('encoder.layers.1.self_attn.out_proj.weight'));
    expect(Array.from(drawn.values)).toEqual(Array.from(expected.data));
  });
});
