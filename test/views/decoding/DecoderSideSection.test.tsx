// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStore, useStore } from '../../../src/store';
import {
  DecoderSideSection,
  REORDERING_EXAMPLE,
} from '../../../src/views/decoding/DecoderSideSection';
import { alignmentMatrix } from '../../../src/views/decoding/alignment';
import { headBlock } from '../../../src/views/decoding/headSlice';
import { STEP_INTERVAL_MS } from '../../../src/views/decoding/playback';
import { drawnValues, realRun, showRun } from './fixtures';
import type { TraceName } from '../../../src/engine';

const real = realRun();
const { trace, run } = real;
const stepCount = trace.steps.length;
const tensorOf = (name: TraceName) => {
  const t = trace.tensors.get(name);
  if (!t) throw new Error(`the trace has no ${name}`);
  return t;
};

beforeEach(() => {
  resetStore();
  showRun(real);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the decoding player', () => {
  it('shows the word the trace chose at the selected step, emitted and highlighted in the diagram', () => {
    act(() => useStore.getState().select({ step: 1 }));
    render(<DecoderSideSection />);
    const chosen = run.result.outputTokens[1];
    expect(screen.getByTestId('decoding-step').textContent).toBe(
      `Step 2 of ${stepCount}: emits ${chosen}`,
    );
    const diagram = screen.getByRole('img', { name: /Decoding step 2/ });
    const current = diagram.querySelectorAll('[data-state="current"]');
    // This step's decoder input and this step's output.
    expect(Array.from(current, (chip) => chip.textContent)).toEqual([
      run.result.targetTokens[1],
      chosen,
    ]);
    const later = diagram.querySelectorAll('[data-state="later"]');
    expect(later.length).toBeGreaterThan(0);
    expect(diagram.querySelectorAll('.decoding-kv')).toHaveLength(real.info.config.decoderLayers);
  });

  it('feeds the emitted word back as the next step’s input', () => {
    render(<DecoderSideSection />);
    const diagram = screen.getByRole('img', { name: /Decoding step 1/ });
    const next = diagram.querySelector('[data-state="next"]');
    expect(next?.textContent).toBe(run.result.outputTokens[0]);
    expect(diagram.querySelector('.decoding-feedback')).not.toBeNull();
  });

  it('steps with the buttons and the arrow keys, within the translation', () => {
    render(<DecoderSideSection />);
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(useStore.getState().selection.step).toBe(1);
    const player = screen.getByRole('group', { name: /Decoding player/ });
    fireEvent.keyDown(player, { key: 'End' });
    expect(useStore.getState().selection.step).toBe(stepCount - 1);
    fireEvent.keyDown(player, { key: 'ArrowRight' });
    expect(useStore.getState().selection.step).toBe(stepCount - 1);
    fireEvent.keyDown(player, { key: 'ArrowLeft' });
    expect(useStore.getState().selection.step).toBe(stepCount - 2);
    fireEvent.click(screen.getByRole('button', { name: 'First step' }));
    expect(useStore.getState().selection.step).toBe(0);
  });

  it('plays one step per interval and stops at the last step', () => {
    vi.useFakeTimers();
    render(<DecoderSideSection />);
    fireEvent.click(screen.getByRole('button', { name: /Play/ }));
    expect(screen.getByRole('button', { name: /Pause/ })).toBeDefined();
    for (let i = 1; i < stepCount; i++) {
      act(() => vi.advanceTimersByTime(STEP_INTERVAL_MS));
      expect(useStore.getState().selection.step).toBe(i);
    }
    act(() => vi.advanceTimersByTime(STEP_INTERVAL_MS * 3));
    expect(useStore.getState().selection.step).toBe(stepCount - 1);
    expect(screen.getByRole('button', { name: /Play/ })).toBeDefined();
  });
});

describe('the causal mask', () => {
  it('draws the trace’s scaled scores with −∞ above the diagonal, and weights of exactly 0 there', () => {
    act(() => useStore.getState().select({ layer: 1, head: 2 }));
    render(<DecoderSideSection />);
    const figure = screen.getByTestId('causal-mask');
    const [before, after] = within(figure).getAllByRole('img', { name: /rows by/ });
    const n = stepCount;
    const scaled = headBlock(tensorOf('dec.1.self.scaled'), 2, n, n);
    const weights = headBlock(tensorOf('dec.1.self.weights'), 2, n, n);
    expect(drawnValues(before)).toEqual(Array.from(scaled));
    expect(drawnValues(after)).toEqual(Array.from(weights));
    const drawnAfter = drawnValues(after);
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) {
        if (c > r) {
          expect(drawnValues(before)[r * n + c]).toBe(-Infinity);
          expect(drawnAfter[r * n + c]).toBe(0);
        } else {
          expect(Number.isFinite(drawnValues(before)[r * n + c])).toBe(true);
        }
      }
    }
    const future = (n * (n - 1)) / 2;
    expect(screen.getByTestId('mask-check').textContent).toContain(
      `${future} of the ${future} cells above the diagonal hold −∞`,
    );
  });
});

describe('the alignment heatmap', () => {
  it('draws the head-averaged encoder-decoder weights, one row per emitted word', () => {
    render(<DecoderSideSection />);
    const figure = screen.getByTestId('alignment');
    const expected = alignmentMatrix(tensorOf('dec.0.cross.weights'), 'average', stepCount);
    expect(drawnValues(figure)).toEqual(Array.from(expected));
    expect(screen.getByTestId('alignment-summary').textContent).toMatch(
      /Strongest link|No output word/,
    );
  });

  it('draws one head’s weights when that head is picked', () => {
    render(<DecoderSideSection />);
    fireEvent.change(screen.getByLabelText('Encoder-decoder attention: head'), {
      target: { value: '3' },
    });
    const expected = alignmentMatrix(tensorOf('dec.0.cross.weights'), 3, stepCount);
    expect(drawnValues(screen.getByTestId('alignment'))).toEqual(Array.from(expected));
  });

  it('puts the reordering example in the sentence box', () => {
    render(<DecoderSideSection />);
    fireEvent.click(screen.getByRole('button', { name: `“${REORDERING_EXAMPLE}”` }));
    expect(useStore.getState().sentence).toBe(REORDERING_EXAMPLE);
  });
});
