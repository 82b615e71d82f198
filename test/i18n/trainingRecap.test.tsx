// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useStore } from '../../src/store';
import { LossSection } from '../../src/views/training-recap/LossSection';
import { TrainingRecapSection } from '../../src/views/training-recap/TrainingRecapSection';
import { realRun, showRun } from '../views/decoding/fixtures';

const real = realRun();

afterEach(cleanup);

describe('the training recap and the loss in French', () => {
  beforeEach(() => {
    resetStore();
    showRun(real);
    act(() => useStore.getState().setLanguage('fr'));
  });

  it('writes the recap’s prose, search and one-hot figure in French, not English', () => {
    const { container } = render(<TrainingRecapSection />);
    expect(container.textContent).toContain('c’est son encodage one-hot');
    expect(container.textContent).not.toContain('Training runs exactly the forward pass');
    expect(screen.getByRole('list', { name: 'Vocabulaire de sortie' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /^Vecteur one-hot de «\s/ })).toBeTruthy();
    expect(screen.getByRole('img', { name: /^Cible lissée de «\s/ })).toBeTruthy();
    expect(container.textContent).not.toMatch(/everywhere else|Pick one/);
  });

  it('writes the loss section in French, its numbers with a decimal comma', () => {
    const { container } = render(<LossSection />);
    expect(container.textContent).toContain('L’entropie croisée mesure l’écart entre les deux');
    expect(container.textContent).not.toContain('Cross-entropy measures how far apart');
    expect(screen.getByRole('group', { name: 'Paires tirées du billet' })).toBeTruthy();
    const vocab = useStore.getState().modelInfo?.config.tgtVocabSize ?? 0;
    const smoothing = screen.getByText(/lissage des étiquettes/).textContent ?? '';
    // ε = 0,1; 0,9 of the mass on the right word; ln V written as French writes it.
    expect(smoothing).toContain('ε = 0,1');
    expect(smoothing).toContain('garde 0,9 de sa masse');
    const uniform = smoothing.match(new RegExp(`ln ${vocab} = (\\S+)\\.$`))?.[1] ?? '';
    expect(uniform).toMatch(/^\d+,\d+$/);
    expect(Number(uniform.replace(',', '.'))).toBeCloseTo(Math.log(vocab), 2);
  });
});
