// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useStore } from '../../src/store';
import { EncodingSection } from '../../src/views/vectors/EncodingSection';
import { ResidualVectorsFigure } from '../../src/views/vectors/ResidualVectorsFigure';
import { TensorsSection } from '../../src/views/vectors/TensorsSection';
import { makeRun, MODEL_INFO, SOURCE_TOKENS, storeRun } from '../views/runFixture';
import { englishLeft } from './englishLeft';

const run = makeRun();

afterEach(cleanup);

describe('the encoder section in French', () => {
  beforeEach(() => {
    resetStore();
    useStore.setState({ modelInfo: MODEL_INFO, lastGood: storeRun(run) });
    act(() => useStore.getState().setLanguage('fr'));
  });

  it('writes its prose, caption and note in French, not English', () => {
    const { container } = render(<EncodingSection />);
    expect(container.textContent).toContain(
      'Une couche de l’encodeur reçoit une liste de vecteurs',
    );
    expect(
      screen.getByText(/Les vecteurs r de la couche 1 sont les vecteurs x de la couche 2/),
    ).toBeTruthy();
    expect(container.textContent).not.toContain('An encoder layer takes a list of vectors');
    expect(container.textContent).not.toContain('position by position');
  });
});

describe('the vector figures in French', () => {
  beforeEach(() => {
    resetStore();
    useStore.setState({ modelInfo: MODEL_INFO, lastGood: storeRun(run) });
    act(() => useStore.getState().setLanguage('fr'));
  });

  it('label the embeddings and one layer’s flow in French, with a French file name', () => {
    const { container } = render(<TensorsSection />);
    expect(container.textContent).toContain('Un réseau calcule avec des nombres');
    expect(container.textContent).toMatch(/√d_model = 8,00 comme dans l’article/);
    expect(screen.getByText('x (entrée)')).toBeTruthy();
    expect(screen.getAllByText('Feed-forward').length).toBeGreaterThan(0);
    const names = [...container.querySelectorAll('[data-export-figure]')].map((n) =>
      n.getAttribute('data-export-figure'),
    );
    expect(names).toEqual(['embeddings-5-tokens', 'encodeur-couche1-flux']);
    expect(englishLeft(container, SOURCE_TOKENS)).toEqual([]);
  });

  it('name the vectors around each Add & Norm in French, means and spreads with commas', () => {
    const { container } = render(
      <ResidualVectorsFigure
        layer={0}
        token="are"
        position={2}
        tensor={run.tensor}
        emphasis="attention"
      />,
    );
    expect(
      screen.getByRole('heading', {
        name: /^Autour de la self-attention \(couche 1 de l’encodeur, «.are.»\)$/,
      }),
    ).toBeTruthy();
    const stats = [...container.querySelectorAll('.vec-stat')].map((n) => n.textContent ?? '');
    expect(stats).toHaveLength(8);
    for (const stat of stats) expect(stat).toMatch(/^moyenne -?[\d,]+(e-\d+)?, écart-type [\d,]+$/);
    expect(stats.join(' ')).toMatch(/\d,\d/);
    expect(englishLeft(container, SOURCE_TOKENS)).toEqual([]);
  });
});
