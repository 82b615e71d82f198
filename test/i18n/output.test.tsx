// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useStore } from '../../src/store';
import { FinalLayerSection } from '../../src/views/output/FinalLayerSection';
import { realRun, showRun } from '../views/decoding/fixtures';

const real = realRun();

afterEach(cleanup);

describe('the final layer section in French', () => {
  beforeEach(() => {
    resetStore();
    showRun(real);
    act(() => useStore.getState().setLanguage('fr'));
  });

  it('writes its headings, prose and controls in French, not English', () => {
    const { container } = render(<FinalLayerSection />);
    expect(screen.getByRole('heading', { name: /^2\. Couche linéaire/ })).toBeTruthy();
    expect(container.textContent).toContain('Le décodage glouton prend le mot le plus probable');
    expect(container.textContent).not.toContain('The decoder stack ends with one vector');
    expect(container.textContent).not.toMatch(/most probable words|probability/);
    expect(screen.getByRole('group', { name: 'Étape' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'probabilité' })).toBeTruthy();
    expect(
      screen.getByRole('button', {
        name: /^Exporter la figure couche-linéaire-finale-softmax-étape1-/,
      }),
    ).toBeTruthy();
  });

  it('writes the argmax’s probability with a decimal comma, as the trace holds it', () => {
    render(<FinalLayerSection />);
    const probs = real.run.trace.get('out.probs');
    if (!probs) throw new Error('the trace has no out.probs');
    const chosen = real.trace.steps[0].chosenId;
    const probability = probs.data[chosen];
    const argmax = screen.getByTestId('argmax').textContent ?? '';
    expect(argmax).toContain(`indice ${chosen} → «\u00a0`);
    const written = argmax.match(/probabilité (\S+) /)?.[1] ?? '';
    expect(written).toMatch(/^0,\d+$/);
    expect(Number(written.replace(',', '.'))).toBeCloseTo(probability, 2);
  });
});
