// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useStore } from '../../src/store';
import { HighLevelSection } from '../../src/views/architecture/HighLevelSection';
import { ResidualsSection } from '../../src/views/architecture/ResidualsSection';
import { makeRun, MODEL_INFO, SOURCE_TOKENS, storeRun } from '../views/runFixture';
import { englishLeft } from './englishLeft';

const run = makeRun();
/** The words of the run: its sentence and its (made-up) translation. */
const RUN_WORDS = [...SOURCE_TOKENS, ...run.targetTokens];

afterEach(cleanup);

describe('the architecture sections in French', () => {
  beforeEach(() => {
    resetStore();
    useStore.setState({ modelInfo: MODEL_INFO, lastGood: storeRun(run) });
    act(() => useStore.getState().setLanguage('fr'));
  });

  it('open the black box, name the stacks and the inside of each layer in French', () => {
    const { container } = render(<HighLevelSection />);
    fireEvent.click(screen.getByRole('button', { name: 'LE TRANSFORMER' }));
    expect(screen.getAllByRole('button', { name: /^Encodeur \d sur \d/ })).toHaveLength(
      MODEL_INFO.config.encoderLayers,
    );
    expect(screen.getByRole('heading', { name: 'Dans la couche 1 de l’encodeur' })).toBeTruthy();
    fireEvent.mouseEnter(screen.getAllByRole('button', { name: 'Feed-forward' })[0]);
    expect(container.textContent).toContain('transforme chaque token séparément');
    const names = [...container.querySelectorAll('[data-export-figure]')].map((n) =>
      n.getAttribute('data-export-figure'),
    );
    expect(names[0]).toBe('transformer-boîte-noire');
    expect(names[2]).toBe('décodeur-couche1-intérieur-position1');
    expect(englishLeft(container, RUN_WORDS)).toEqual([]);
  });

  it('draw the residuals and the whole model with French blocks and explanations', () => {
    const { container } = render(<ResidualsSection />);
    expect(
      screen.getAllByRole('button', {
        name: 'Add & Normalize après self-attention, couche 1 de l’encodeur',
      }).length,
    ).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Softmax, sortie' }));
    expect(screen.getByTestId('model-block-detail').textContent).toMatch(
      /Les scores changés en probabilités/,
    );
    expect(englishLeft(container, RUN_WORDS)).toEqual([]);
  });
});
