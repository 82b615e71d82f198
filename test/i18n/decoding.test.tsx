// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BEAM_LENGTH_PENALTY, resetStore, useStore } from '../../src/store';
import { BeamSection } from '../../src/views/decoding/BeamSection';
import { DecoderSideSection } from '../../src/views/decoding/DecoderSideSection';
import { describeAlignment } from '../../src/views/decoding/alignment';
import { textIn } from '../../src/i18n';
import { realRun, showRun } from '../views/decoding/fixtures';

const beam = realRun(
  { kind: 'beam', beamSize: 3, returnBeams: 3, lengthPenalty: BEAM_LENGTH_PENALTY },
  33,
  undefined,
  2,
);

beforeEach(() => {
  resetStore();
  act(() => useStore.getState().setLanguage('fr'));
});
afterEach(cleanup);

describe('the decoder side in French', () => {
  it('writes its headings, prose, player and figure labels in French, not English', () => {
    showRun(realRun());
    const { container } = render(<DecoderSideSection />);
    expect(
      screen.getByRole('heading', { name: 'Le décodeur n’a pas le droit de regarder en avant' }),
    );
    expect(screen.getByRole('button', { name: 'Étape suivante' })).toBeTruthy();
    expect(screen.getByTestId('decoding-step').textContent).toMatch(
      /^Étape 1 sur \d+\u202f: écrit /,
    );
    expect(container.querySelector('svg.decoding-diagram')?.textContent).toContain(
      'Attention encodeur-décodeur',
    );
    expect(screen.getByTestId('mask-check').textContent).toContain('au-dessus de la diagonale');
    expect(container.textContent).not.toMatch(/The decoder|Encoder-decoder attention|Next step/);
  });

  it('says what the alignment shows in French, keeping the model’s words as they are', () => {
    const crossing = describeAlignment(
      ['une', 'pomme', 'rouge', '<eos>'],
      ['a', 'red', 'apple', '<eos>'],
      [0, 2, 1, 3],
      textIn('fr').decoding,
    );
    expect(crossing).toBe(
      'Lien le plus fort de chaque mot de sortie\u202f: une → a, pomme → apple, rouge → red. ' +
        'L’ordre se croise\u202f: «\u00a0rouge\u00a0» vient après «\u00a0pomme\u00a0» mais ' +
        'regarde surtout «\u00a0red\u00a0», qui vient avant «\u00a0apple\u00a0» dans la source.',
    );
  });
});

describe('beam search in French', () => {
  it('labels the search and its results in French, with a decimal comma in the score rule', () => {
    showRun(beam);
    const { container } = render(<BeamSection />);
    expect(screen.getByRole('radio', { name: 'recherche en faisceau' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'log-probabilité' })).toBeTruthy();
    expect(container.textContent).toContain(
      `à la puissance α = ${String(BEAM_LENGTH_PENALTY).replace('.', ',')} (la valeur`,
    );
    expect(String(BEAM_LENGTH_PENALTY)).toContain('.');
    expect(screen.getByTestId('beam-tree').textContent).toContain('gardées');
    expect(container.textContent).not.toMatch(/Greedy decoding|beam size|kept|pruned/);
  });
});
