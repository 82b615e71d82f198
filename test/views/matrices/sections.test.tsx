// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStore, useStore } from '../../../src/store';
import { AttentionMaps } from '../../../src/views/attention/AttentionMaps';
import { kindsInTrace } from '../../../src/views/attention/attentionKinds';
import { ManyHeadsSection } from '../../../src/views/matrices/ManyHeadsSection';
import { MatrixCalculationSection } from '../../../src/views/matrices/MatrixCalculationSection';
import type { ModelInfo } from '../../../src/worker/protocol';
import type { CompletedRun } from '../../../src/worker/runTypes';
import { captions, tabledMatrix } from './dom';
import { matricesRun, type MatricesRun } from './fixtures';

const run = matricesRun();

function completed(r: MatricesRun): CompletedRun {
  const outputTokens = r.targetTokens.slice(1);
  return {
    id: 1,
    stagesReceived: ['source', 'decoder', 'output'],
    trace: r.trace,
    steps: [],
    stepTokens: outputTokens,
    result: {
      sentence: r.sourceTokens.slice(0, -1).join(' '),
      srcIds: new Int32Array(r.sourceTokens.length),
      sourceTokens: r.sourceTokens,
      tgtIds: new Int32Array(r.targetTokens.length),
      targetTokens: r.targetTokens,
      outputIds: new Int32Array(outputTokens.length),
      outputTokens,
      translation: outputTokens.join(' '),
      steps: [],
      unknownWords: null,
      beam: null,
      beams: [],
    },
    timings: {
      totalMs: 1,
      computeMs: 1,
      packMs: 0,
      stages: 3,
      traceBytes: 0,
      roundTripMs: 1,
      transferMs: 0,
    },
  };
}

const MODEL: ModelInfo = {
  ref: { kind: 'untrained', basedOn: null },
  trained: false,
  config: run.config,
  parameterCount: 0,
  languages: { source: 'en', target: 'fr' },
};

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  resetStore();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function loadRun() {
  act(() => {
    useStore.setState({ modelInfo: MODEL, modelStatus: 'ready', lastGood: completed(run) });
    useStore.getState().select({ layer: 1, head: 4 });
  });
}

describe('the matrix sections', () => {
  it('wait for a run before drawing anything', () => {
    render(<MatrixCalculationSection />);
    expect(screen.getByText(/once the model has read a sentence/)).toBeTruthy();
  });

  it('draw the selected layer and head, and say the weights are drawn by shape only', () => {
    loadRun();
    const { container } = render(<MatrixCalculationSection />);
    expect(captions(container)).toContain('Q₅: 6 × 8 (paper: n × 64)');
    expect(container.querySelectorAll('.mx-missing').length).toBeGreaterThan(0);
    expect(screen.getByRole('note').textContent).toContain('dashed boxes of their true size');
  });

  it('move the shared selection when a head or a layer is picked', () => {
    loadRun();
    const { container } = render(<MatrixCalculationSection />);
    fireEvent.click(screen.getAllByRole('button', { name: 'head 3' })[0]);
    expect(useStore.getState().selection.head).toBe(2);
    expect(captions(container)).toContain('Q₃: 6 × 8 (paper: n × 64)');
    fireEvent.change(screen.getByLabelText('Layer'), { target: { value: '0' } });
    expect(useStore.getState().selection.layer).toBe(0);
    const input = run.trace.get('src.input');
    expect(tabledMatrix(container, 'X').values).toEqual(Float64Array.from(input?.data ?? []));
  });

  it('name the same layer and head as the attention maps’ pickers for the same selection', () => {
    loadRun();
    const { container } = render(<MatrixCalculationSection />);
    const selection = useStore.getState().selection;
    const maps = render(
      <AttentionMaps
        trace={run.trace}
        kinds={kindsInTrace(run.trace)}
        sourceTokens={run.sourceTokens}
        targetTokens={run.targetTokens}
        selection={selection}
        onSelect={vi.fn()}
      />,
    );
    const pressed = (root: Element, group: string) =>
      root.querySelector(`[role="group"][aria-label="${group}"] [aria-pressed="true"]`);
    const matricesHead = pressed(container, 'Head');
    const mapsHead = pressed(maps.container, 'Head');
    // The store holds head 4 and layer 1, counted from 0: both figures call them head 5, layer 2.
    expect(matricesHead?.textContent).toBe('5');
    expect(mapsHead?.textContent).toBe('5');
    expect(matricesHead?.getAttribute('aria-label')?.toLowerCase()).toBe(
      mapsHead?.getAttribute('aria-label')?.toLowerCase(),
    );
    const layerSelect = screen.getAllByLabelText('Layer')[0];
    if (!(layerSelect instanceof HTMLSelectElement)) throw new Error('no layer select');
    expect(layerSelect.selectedOptions[0].textContent).toBe('2');
    expect(pressed(maps.container, 'Layer')?.textContent).toBe('2');
    expect(captions(container)).toContain('Q₅: 6 × 8 (paper: n × 64)');
    expect(
      container.querySelector('[aria-label$="times the weights of head 5 gives Q, K and V"]'),
    ).not.toBeNull();
    expect(maps.container.textContent).toContain('layer 2, head 5');
  });

  it('switch to encoder-decoder attention: queries from the target, keys from the source', () => {
    loadRun();
    const { container } = render(<MatrixCalculationSection />);
    fireEvent.change(screen.getByLabelText('Attention'), { target: { value: 'decoder-cross' } });
    expect(captions(container)).toContain(`Q₅: ${run.targetTokens.length} × 8 (paper: m × 64)`);
    expect(captions(container)).toContain(`K₅: ${run.sourceTokens.length} × 8 (paper: n × 64)`);
  });

  it('draw every head, every Z_i, the concatenation and the recap in the many-heads section', () => {
    loadRun();
    const { container } = render(<ManyHeadsSection />);
    for (const figure of ['heads', 'head-outputs', 'concat', 'recap']) {
      expect(container.querySelector(`[data-figure="${figure}"]`), figure).not.toBeNull();
    }
    expect(container.querySelectorAll('[data-figure="head-outputs"] .mx-panel-box')).toHaveLength(
      8,
    );
    expect(captions(container)).toContain('Concat: 6 × 64 (paper: n × 512)');
    expect(captions(container)).toContain('W^O: 64 × 64 (paper: 512 × 512)');
  });
});
