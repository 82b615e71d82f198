// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CompareButton } from '../../src/app/compare/CompareButton';
import { COMPARE_FIGURES, compareFigureLabel } from '../../src/app/compare/figures';
import { WeightsSideBySide } from '../../src/app/compare/WeightsSideBySide';
import { textIn } from '../../src/i18n';
import { FIRST_SELECTION, resetStore, useStore } from '../../src/store';
import { engineRun } from '../compare/runs';

const tired = engineRun(1, ['the', 'animal', 'was', 'tired']);
const wide = engineRun(2, ['the', 'animal', 'was', 'wide']);

afterEach(cleanup);

describe('the comparison of two sentences in French', () => {
  beforeEach(() => {
    resetStore();
    act(() => useStore.getState().setLanguage('fr'));
  });

  it('names its button and its figures in French, sections by their French titles', () => {
    render(<CompareButton />);
    expect(screen.getByRole('button', { name: 'Comparer deux phrases' })).toBeTruthy();
    const labels = COMPARE_FIGURES.map((f) => compareFigureLabel(textIn('fr'), f));
    expect(labels[1]).toBe('L’attention encodeur-décodeur comme un alignement');
    expect(labels).toContain(`Toute la section\u202f: ${textIn('fr').sections['decoder-side']}`);
    expect(labels.join(' ')).not.toMatch(/The whole section|alignment/);
  });

  it('writes the weights table and its sentences in French, numbers with a decimal comma', () => {
    const selection = { ...FIRST_SELECTION, queryToken: 3 };
    const { container } = render(
      <WeightsSideBySide first={tired} second={wide} selection={selection} select={() => {}} />,
    );
    expect(screen.getByRole('columnheader', { name: 'Mot, phrase 2' })).toBeTruthy();
    expect(container.querySelector('caption')?.textContent).toMatch(
      /^Attention de «\u00a0tired\u00a0» \/ «\u00a0wide\u00a0», couche 1 de l’encodeur/,
    );
    expect(screen.getByTestId('compare-most').textContent).toMatch(/\d+\u00a0% de son poids/);
    const largest = screen.getByTestId('compare-largest').textContent ?? '';
    const [, second, first] =
      largest.match(/reçoit (\S+) dans la phrase 2, contre (\S+) pour/) ?? [];
    expect(second).toMatch(/^0,\d+$/);
    expect(first).toMatch(/^0,\d+$/);
    expect(container.textContent).not.toMatch(/largest change|Weight/);
  });
});
