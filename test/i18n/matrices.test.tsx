// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useStore } from '../../src/store';
import { MatricesControls } from '../../src/views/matrices/MatricesControls';
import { MatrixCalculationSection } from '../../src/views/matrices/MatrixCalculationSection';
import { fr } from '../../src/i18n/fr';

afterEach(cleanup);

describe('the matrix sections in French', () => {
  beforeEach(() => {
    resetStore();
    act(() => useStore.getState().setLanguage('fr'));
  });

  it('say they wait for a sentence in French, not English', () => {
    const { container } = render(<MatrixCalculationSection />);
    expect(container.textContent).toContain('dès que le modèle aura lu une phrase');
    expect(container.textContent).not.toContain('once the model has read a sentence');
  });

  it('label the attention, layer and head controls in French', () => {
    render(
      <MatricesControls
        kind="decoder-self"
        onKind={() => undefined}
        layers={2}
        layer={0}
        onLayer={() => undefined}
        heads={2}
        head={0}
        onHead={() => undefined}
      />,
    );
    expect(screen.getByLabelText('Couche')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Tête' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'tête 2' })).toBeTruthy();
    expect(
      screen.getByRole('option', { name: 'Self-attention du décodeur (masquée)' }),
    ).toBeTruthy();
    expect(screen.queryByText('Layer')).toBeNull();
  });

  it('writes √d_k with a decimal comma', () => {
    expect(fr.components.number(Math.sqrt(8))).toMatch(/^2,83/);
  });
});
