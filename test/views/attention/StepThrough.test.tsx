// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AttentionPart } from '../../../src/engine';
import {
  attentionSteps,
  type AttentionStepData,
} from '../../../src/views/attention/attentionSteps';
import { en } from '../../../src/i18n/en';
import { StepThrough } from '../../../src/views/attention/StepThrough';
import { config, IT, itSentenceTrace, sourceTokens, traceTensor } from './fixtures';

const STEP_TITLES = en.attention.stepTitles;

afterEach(cleanup);

const trace = itSentenceTrace();
const LAYER = 1;
const HEAD = 2;
const found = attentionSteps(trace.tensors, LAYER, HEAD, IT);
if (!found) throw new Error('the trace should hold the layer');
const data: AttentionStepData = found;
const dk = data.headSize;

function renderSteps(initialStep = 0) {
  const onSelect = vi.fn();
  const view = render(
    <StepThrough
      data={data}
      tokens={sourceTokens}
      layerCount={config.encoderLayers}
      headCount={config.heads}
      onSelect={onSelect}
      initialStep={initialStep}
    />,
  );
  return { onSelect, ...view };
}

/** The full-precision values of the vector drawn under `label` (its cells' data-value). */
function vectorValues(root: Element, label: string): number[] {
  const vector = Array.from(root.querySelectorAll('.cmp-vector')).find(
    (v) => v.querySelector('.cmp-vector-label')?.textContent === label,
  );
  if (!vector) throw new Error(`no vector labelled ${label}`);
  return Array.from(vector.querySelectorAll<HTMLElement>('.cmp-vector-cell'), (cell) =>
    Number(cell.dataset.value),
  );
}

function column(root: Element, name: string): number[] {
  return Array.from(root.querySelectorAll<HTMLElement>(`td[data-column="${name}"]`), (td) =>
    Number(td.dataset.value),
  );
}

const S = sourceTokens.length;
/** Row `row` of head HEAD of a (h, S, width) trace tensor, read by index arithmetic. */
function traceRow(name: AttentionPart, row: number, width: number): number[] {
  const t = traceTensor(`enc.${LAYER}.self.${name}`);
  const start = (HEAD * S + row) * width;
  return Array.from(t.data.subarray(start, start + width));
}

describe('StepThrough', () => {
  it('shows in step 1 the trace’s q, k and v of the chosen word, and the matrices’ shapes', () => {
    const { container } = renderSteps(0);
    expect(traceTensor(`enc.${LAYER}.self.q`).shape[2]).toBe(dk);
    expect(vectorValues(container, 'q')).toEqual(traceRow('q', IT, dk));
    expect(vectorValues(container, 'k')).toEqual(traceRow('k', IT, dk));
    expect(vectorValues(container, 'v')).toEqual(traceRow('v', IT, dk));
    expect(container.textContent).toContain(`each ${config.dModel} × ${dk} (the paper: 512 × 64)`);
  });

  it('moves through the steps with Next, Back and the arrow keys', () => {
    renderSteps(0);
    expect(screen.getByText(`Step 1 of 6: ${STEP_TITLES[0]}`)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next →' }));
    expect(screen.getByText(`Step 2 of 6: ${STEP_TITLES[1]}`)).toBeTruthy();
    const figure = screen.getByRole('figure');
    fireEvent.keyDown(figure, { key: 'ArrowRight' });
    fireEvent.keyDown(figure, { key: 'ArrowRight' });
    expect(screen.getByText(`Step 4 of 6: ${STEP_TITLES[3]}`)).toBeTruthy();
    fireEvent.keyDown(figure, { key: 'ArrowLeft' });
    fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    expect(screen.getByText(`Step 2 of 6: ${STEP_TITLES[1]}`)).toBeTruthy();
    expect((screen.getByRole('button', { name: '← Back' }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });

  it('shows the trace’s scores, scaled scores and softmax weights, which sum to 1', () => {
    const { container } = renderSteps(3);
    expect(column(container, 'score')).toEqual(traceRow('scores', IT, S));
    expect(column(container, 'scaled')).toEqual(traceRow('scaled', IT, S));
    const weights = column(container, 'weight');
    expect(weights).toEqual(traceRow('weights', IT, S));
    const sum = container.querySelector<HTMLElement>('td[data-column="weight-sum"]');
    expect(sum?.textContent).toBe('1.0000');
    expect(Number(sum?.dataset.value)).toBeCloseTo(1, 6);
  });

  it('writes each softmax weight to four decimals, as their sum, never in scientific notation', () => {
    const { container } = renderSteps(3);
    const cells = [...container.querySelectorAll<HTMLElement>('td[data-column="weight"]')];
    expect(cells.length).toBe(S);
    for (const cell of cells) expect(cell.textContent).toBe(Number(cell.dataset.value).toFixed(4));
    // A weight of 1e-22 reads 0.0000, as a learner expects, not 1e-22.
    expect(cells.every((cell) => /^\d\.\d{4}$/.test(cell.textContent ?? ''))).toBe(true);
  });

  it('sets the post’s example numbers beside the model’s', () => {
    renderSteps(3);
    expect(screen.getByText('In the post: 112, 96 → 14, 12 → 0.88, 0.12')).toBeTruthy();
    expect(screen.getByText(new RegExp(`√${dk} = ${Math.sqrt(dk)}`))).toBeTruthy();
  });

  it('weighs each value by its weight, and shows a z equal to their sum', () => {
    const { container } = renderSteps(5);
    const weights = column(container, 'weight');
    const weighted = Array.from(container.querySelectorAll('td.attn-weighted'), (td) =>
      Array.from(td.querySelectorAll<HTMLElement>('.cmp-vector-cell'), (c) =>
        Number(c.dataset.value),
      ),
    );
    expect(weighted).toHaveLength(S);
    weighted.forEach((vector, j) => {
      const v = traceRow('v', j, dk);
      vector.forEach((value, c) => expect(value).toBeCloseTo(weights[j] * v[c], 6));
    });
    const z = vectorValues(container, 'z');
    expect(z).toEqual(traceRow('z', IT, dk));
    z.forEach((value, c) => {
      const sum = weighted.reduce((total, vector) => total + vector[c], 0);
      expect(value).toBeCloseTo(sum, 5);
    });
  });

  it('lets the reader choose another word, layer or head', () => {
    const { onSelect } = renderSteps(1);
    const words = screen.getByRole('group', { name: 'Chosen word' });
    fireEvent.click(within(words).getByRole('button', { name: 'street' }));
    fireEvent.click(within(screen.getByRole('group', { name: 'Head' })).getByText('1'));
    expect(onSelect).toHaveBeenCalledWith({ queryToken: 5 });
    expect(onSelect).toHaveBeenCalledWith({ head: 0 });
  });
});
