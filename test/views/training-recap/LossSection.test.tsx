// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore } from '../../../src/store';
import { LossSection } from '../../../src/views/training-recap/LossSection';
import { LABEL_SMOOTHING } from '../../../src/views/training-recap/targets';
import { drawnValues, realRun, showRun } from '../decoding/fixtures';

const real = realRun();
const { trace, run } = real;
const vocab = real.info.config.tgtVocabSize;
const probs = trace.tensors.get('out.probs');
if (!probs) throw new Error('the trace has no out.probs');
const reference = Array.from(run.result.outputIds);
const positions = reference.length;

/** The per-position and total losses the table shows, read from its cells' data-value. */
function shownLosses(column: 3 | 4) {
  const table = screen.getByTestId('loss-table');
  const rows = within(table)
    .getAllByRole('row')
    .filter((r) => r.hasAttribute('data-position'));
  const cell = (r: Element, i: number) =>
    Number(r.querySelectorAll('td')[i].getAttribute('data-value'));
  const footer = (name: string) => {
    const r = table.querySelector(`[data-total="${name}"]`);
    if (!r) throw new Error(`no ${name} row`);
    return Number(r.querySelectorAll('td')[column - 3].getAttribute('data-value'));
  };
  return {
    probabilities: rows.map((r) => cell(r, 2)),
    perPosition: rows.map((r) => cell(r, column)),
    sum: footer('sum'),
    mean: footer('mean'),
  };
}

/** −Σ q ln p over a row, skipping words the target gives nothing. */
function recomputed(target: number[], predicted: number[]): number {
  let loss = 0;
  for (let v = 0; v < target.length; v++)
    if (target[v] !== 0) loss -= target[v] * Math.log(predicted[v]);
  return loss;
}

beforeEach(() => {
  resetStore();
  showRun(real);
});
afterEach(cleanup);

describe('the loss figure', () => {
  it('takes the translation on screen as the reference, wrong or right, and names the model untrained', () => {
    render(<LossSection />);
    expect(screen.getByTestId('loss-pair').textContent).toContain(
      run.result.outputTokens.join(' '),
    );
    expect(screen.getAllByRole('heading', { name: /untrained/i })).toHaveLength(2);
  });

  it('shows each position’s probability of its reference word as the trace holds it', () => {
    render(<LossSection />);
    const { probabilities } = shownLosses(4);
    expect(probabilities).toEqual(reference.map((id, t) => probs.data[t * vocab + id]));
  });

  it('gives losses that recompute exactly from the displayed distributions, smoothed and one-hot', () => {
    render(<LossSection />);
    fireEvent.click(screen.getByRole('button', { name: `all ${vocab} words` }));
    for (const smoothing of [true, false]) {
      fireEvent.click(
        screen.getByRole('button', { name: smoothing ? /label-smoothed/ : 'one-hot' }),
      );
      const target = drawnValues(screen.getByTestId('target-distributions'));
      const predicted = drawnValues(screen.getByTestId('model-untrained'));
      expect(target).toHaveLength(positions * vocab);
      expect(predicted).toEqual(Array.from(probs.data.subarray(0, positions * vocab)));
      const shown = shownLosses(smoothing ? 4 : 3);
      for (let t = 0; t < positions; t++) {
        const row = (values: number[]) => values.slice(t * vocab, (t + 1) * vocab);
        expect(shown.perPosition[t]).toBeCloseTo(recomputed(row(target), row(predicted)), 12);
      }
      const sum = shown.perPosition.reduce((a, b) => a + b, 0);
      expect(shown.sum).toBeCloseTo(sum, 12);
      expect(shown.mean).toBeCloseTo(sum / positions, 12);
    }
  });

  it('draws label-smoothed targets with 1 − ε + ε/V on the reference word and ε/V elsewhere', () => {
    render(<LossSection />);
    fireEvent.click(screen.getByRole('button', { name: `all ${vocab} words` }));
    const target = drawnValues(screen.getByTestId('target-distributions'));
    reference.forEach((id, t) => {
      expect(target[t * vocab + id]).toBeCloseTo(1 - LABEL_SMOOTHING + LABEL_SMOOTHING / vocab, 6);
      expect(target[t * vocab + ((id + 1) % vocab)]).toBeCloseTo(LABEL_SMOOTHING / vocab, 7);
    });
  });

  it('shows, in the compact view, every reference word among the columns', () => {
    render(<LossSection />);
    fireEvent.click(screen.getByRole('button', { name: 'one-hot' }));
    const target = drawnValues(screen.getByTestId('target-distributions'));
    const columns = target.length / positions;
    expect(columns).toBeLessThan(vocab);
    for (let t = 0; t < positions; t++) {
      expect(target.slice(t * columns, (t + 1) * columns).filter((v) => v === 1)).toHaveLength(1);
    }
  });
});
