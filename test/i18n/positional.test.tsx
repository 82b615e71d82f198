// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useStore } from '../../src/store';
import { PositionalSection } from '../../src/views/positional/PositionalSection';
import { makeRun, MODEL_INFO, storeRun } from '../views/runFixture';

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
