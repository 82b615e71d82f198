// @vitest-environment jsdom
import type { SettingsProblem } from '../../src/training/settingsProblem';
import '@vitest/web-worker';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStore, useStore } from '../../src/store';
import { createLabRun } from '../../src/training/labRun';
import { DEFAULT_LAB_SETTINGS, type LabSettings } from '../../src/training/labSettings';
import type { LabControlsProps } from '../../src/views/training-lab/LabControls';
import { LabSettingsForm } from '../../src/views/training-lab/LabSettingsForm';
import { LossChart } from '../../src/views/training-lab/LossChart';
import { ProbeFigure } from '../../src/views/training-lab/ProbeFigure';
import { TrainingLabSection } from '../../src/views/training-lab/TrainingLabSection';
import {
  diagonalShare,
  headWeights,
  probeMatrix,
} from '../../src/views/training-lab/probeAttention';
import { REAL_WORK } from '../waits';
import { ShownLabControls } from './shownLabControls';

afterEach(cleanup);
beforeEach(() => resetStore());

const COPY: LabSettings = {
  ...DEFAULT_LAB_SETTINGS,
  task: { ...DEFAULT_LAB_SETTINGS.task, kind: 'copy', minLength: 3, maxLength: 5, examples: 500 },
  model: { dModel: 16, heads: 2, layers: 2 },
  warmupSteps: 20,
  steps: 30,
};

/** The probe of a real model after a few steps of training. */
function realProbe() {
  const run = createLabRun(COPY);
  for (let i = 0; i < 5; i++) run.step();
  return run.probe();
}

/** The numbers of the figure's "Show the numbers" table, in row-major order. */
function shownNumbers(container: HTMLElement): number[] {
  fireEvent.click(within(container).getByRole('button', { name: 'Show the numbers' }));
  return [...container.querySelectorAll('td[data-value]')].map((td) =>
    Number(td.getAttribute('data-value')),
  );
}

describe('ProbeFigure', () => {
  const probe = realProbe();

  it("shows the mean of the heads' encoder-decoder weights, cell for cell, and its diagonal share", () => {
    const { container } = render(<ProbeFigure probe={probe} heads={2} />);
    const cross = probe.attention.get('dec.1.cross.weights');
    if (!cross) throw new Error('no cross-attention in the probe');
    const figure = container.querySelector('.lab-probe');
    expect(figure?.getAttribute('data-kind')).toBe('cross');
    // The last layer is shown first.
    expect(figure?.getAttribute('data-layer')).toBe('1');
    expect(shownNumbers(container)).toEqual(Array.from(headWeights(cross, 'average')));
    const matrix = probeMatrix(probe, 'cross', 1, 'average');
    if (!matrix) throw new Error('no matrix');
    expect(screen.getByTestId('lab-diagonal').textContent).toBe(diagonalShare(matrix).toFixed(2));
    expect(Number(figure?.getAttribute('data-diagonal'))).toBe(diagonalShare(matrix));
  });

  it('switches to any kind, layer and head', () => {
    const { container } = render(<ProbeFigure probe={probe} heads={2} />);
    fireEvent.click(screen.getByRole('radio', { name: 'decoder self' }));
    fireEvent.change(screen.getByLabelText('Layer'), { target: { value: '0' } });
    fireEvent.change(screen.getByLabelText('Head'), { target: { value: '1' } });
    const self = probe.attention.get('dec.0.self.weights');
    if (!self) throw new Error('no decoder self-attention in the probe');
    expect(shownNumbers(container)).toEqual(Array.from(headWeights(self, 1)));
    expect(container.querySelector('.cmp-caption')?.textContent).toBe(
      'Decoder self-attention (masked), layer 1, head 2, after step 5',
    );
  });

  it('moves the attention kind with the arrow keys, as a radio group does', () => {
    const { container } = render(<ProbeFigure probe={probe} heads={2} />);
    const chosen = screen.getByRole('radio', { name: 'encoder-decoder' });
    expect(chosen.tabIndex).toBe(0);
    fireEvent.keyDown(chosen, { key: 'ArrowRight' });
    expect(container.querySelector('.lab-probe')?.getAttribute('data-kind')).toBe('encoder-self');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'encoder self' }));
    fireEvent.keyDown(document.activeElement ?? chosen, { key: 'ArrowLeft' });
    expect(container.querySelector('.lab-probe')?.getAttribute('data-kind')).toBe('cross');
  });

  it('says what the model writes for the probe beside the right answer', () => {
    render(<ProbeFigure probe={probe} heads={2} />);
    const written = probe.modelOutputs.filter((t) => t !== '<eos>').join(' ');
    expect(screen.getByTestId('lab-probe-output').textContent).toContain(
      `the model writes ${written}`,
    );
  });
});

describe('LossChart', () => {
  it('draws one point per step, and lists the held-out losses with the training loss before each', () => {
    const losses = [3, 2.5, 2, 1.8, 1.5, 1.4];
    const heldOut = [
      { step: 0, loss: 3.1 },
      { step: 3, loss: 2.1 },
      { step: 6, loss: 1.6 },
    ];
    const { container } = render(
      <LossChart
        lossStart={1}
        losses={losses}
        heldOut={heldOut}
        firstStep={0}
        lastStep={10}
        floor={0.5}
      />,
    );
    const figure = container.querySelector('.lab-loss');
    expect(figure?.getAttribute('data-steps')).toBe('6');
    expect(figure?.getAttribute('data-points')).toBe('6');
    expect(container.querySelectorAll('.lab-held-out-point')).toHaveLength(3);
    // The means of steps 1–3 and 4–6; step 0, before training, is said in the caption.
    expect(shownNumbers(container)).toEqual([2.1, 2.5, 1.6, (1.8 + 1.5 + 1.4) / 3]);
    expect(container.querySelector('caption')?.textContent).toContain(
      'before training, the held-out loss was 3.100',
    );
  });
});

describe('LabControls and LabSettingsForm', () => {
  const controls = (status: LabControlsProps['status'], problem?: SettingsProblem) =>
    render(
      <ShownLabControls status={status} step={40} totalSteps={400} settingsProblem={problem} />,
    );
  const enabled = () =>
    screen
      .getAllByRole('button')
      .filter((b) => !b.hasAttribute('disabled'))
      .map((b) => b.textContent);

  it('enable only what makes sense in each status', () => {
    controls('running');
    expect(enabled()).toEqual(['Pause', 'Stop', 'Reset']);
    cleanup();
    controls('paused');
    expect(enabled()).toEqual(['Resume', 'Stop', 'Reset']);
    expect(screen.getByRole('status').textContent).toBe('Paused at step 40 of 400.');
    cleanup();
    controls('finished');
    expect(enabled()).toEqual(['Start again', 'Reset']);
    cleanup();
    controls('idle', {
      kind: 'outOfRange',
      setting: 'seed',
      whole: true,
      min: 0,
      max: 2147483647,
      value: -1,
    });
    expect(enabled()).toEqual([]);
    expect(screen.getByRole('alert').textContent).toContain('found -1');
  });

  it('change one setting at a time, and none while a run is under way', () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <LabSettingsForm settings={DEFAULT_LAB_SETTINGS} onChange={onChange} disabled={false} />,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Sort' }));
    expect(onChange).toHaveBeenLastCalledWith({
      ...DEFAULT_LAB_SETTINGS,
      task: { ...DEFAULT_LAB_SETTINGS.task, kind: 'sort' },
    });
    fireEvent.change(screen.getByLabelText('Heads (paper 8)'), { target: { value: '4' } });
    expect(onChange).toHaveBeenLastCalledWith({
      ...DEFAULT_LAB_SETTINGS,
      model: { ...DEFAULT_LAB_SETTINGS.model, heads: 4 },
    });
    rerender(<LabSettingsForm settings={DEFAULT_LAB_SETTINGS} onChange={onChange} disabled />);
    expect(screen.getByRole('group')).toHaveProperty('disabled', true);
  });
});

describe('TrainingLabSection', () => {
  it('trains in its worker, draws every step, then opens the model as the page’s current model', async () => {
    useStore.getState().setLabSettings(COPY);
    const { container } = render(<TrainingLabSection />);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await vi.waitFor(() => expect(useStore.getState().lab.status).toBe('finished'), {
      timeout: 30_000,
    });
    expect(container.querySelector('.lab-loss')?.getAttribute('data-steps')).toBe('30');
    expect(container.querySelector('[data-readout="steps"] td')?.textContent).toBe('30');
    expect(container.querySelector('.lab-probe')?.getAttribute('data-step')).toBe('30');

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Open in every view' }));
      await vi.waitFor(() => expect(useStore.getState().modelKey).toMatch(/^trained:/), REAL_WORK);
    });
    const state = useStore.getState();
    const probe = state.lab.info?.probeSource.join(' ');
    expect(state.sentence).toBe(probe);
    expect(screen.getByTestId('lab-opened').textContent).toContain(
      'Trained in this page: copy 3 to 5 digits, step 30',
    );
  });
});
