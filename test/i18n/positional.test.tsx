// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useStore } from '../../src/store';
import { PositionalSection } from '../../src/views/positional/PositionalSection';
import { makeRun, MODEL_INFO, SOURCE_TOKENS, storeRun } from '../views/runFixture';
import { englishLeft } from './englishLeft';

const run = makeRun();

afterEach(cleanup);

describe('the positional encoding section in French', () => {
  beforeEach(() => {
    resetStore();
    useStore.setState({ modelInfo: MODEL_INFO, lastGood: storeRun(run) });
    act(() => useStore.getState().setLanguage('fr'));
  });

  it('writes its prose in French, not English', () => {
    const { container } = render(<PositionalSection />);
    expect(container.textContent).toContain('L’attention traite ses entrées comme un ensemble');
    expect(container.textContent).toContain('Ces vecteurs de position ne sont pas appris');
    expect(container.textContent).toContain('Tracé pour de nombreuses positions');
    expect(container.textContent).not.toContain('Attention treats its inputs as a set');
    expect(container.textContent).not.toContain('These position vectors are not learned');
  });
});

describe('the positional figures in French', () => {
  beforeEach(() => {
    resetStore();
    useStore.setState({ modelInfo: MODEL_INFO, lastGood: storeRun(run) });
    act(() => useStore.getState().setLanguage('fr'));
  });

  it('label the sum, the toy table and the heatmaps in French, numbers with commas', () => {
    const { container } = render(<PositionalSection />);
    expect(screen.getByText('entrée x + t')).toBeTruthy();
    expect(screen.getByText('Encodages positionnels pour d = 4')).toBeTruthy();
    const toy = screen.getByTestId('toy-table');
    const cells = [...toy.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells).toContain(',841');
    expect(cells.join(' ')).not.toMatch(/\d?\.\d/);
    expect(screen.getByText(/^Concaténée \(Tensor2Tensor\)/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Afficher les encodages du modèle/ })).toBeTruthy();
    const names = [...container.querySelectorAll('[data-export-figure]')].map((n) =>
      n.getAttribute('data-export-figure'),
    );
    expect(names).toEqual([
      'encodage-positionnel-somme-thinking',
      'encodage-positionnel-exemple-tableau',
      'encodage-positionnel-carte',
    ]);
    expect(englishLeft(container, SOURCE_TOKENS)).toEqual([]);
  });
});
