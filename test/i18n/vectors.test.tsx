// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useStore } from '../../src/store';
import { EncodingSection } from '../../src/views/vectors/EncodingSection';
import { makeRun, MODEL_INFO, storeRun } from '../views/runFixture';

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
