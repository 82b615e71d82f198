// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Decision, TwinDecision } from '../../src/engine/attribution';
import { textIn } from '../../src/i18n';
import { resetStore, useStore } from '../../src/store';
import { decisionSentences } from '../../src/views/attribution/decisionLayout';
import { WhichWordsSection } from '../../src/views/attribution/WhichWordsSection';
import { DecisionFigure } from '../../src/views/attribution/DecisionFigure';
import { en } from '../../src/i18n/en';
import { tooLong } from '../../src/worker/errors';
import { fr } from '../../src/i18n/fr';
import { MODEL_INFO, makeRun, storeRun } from '../views/runFixture';

const store = () => useStore.getState();
const f = (...values: number[]) => new Float32Array(values);
const methods = {
  rollout: { method: 'rollout', rollout: { source: f(0.1, 0.5, 0.2, 0.1, 0.1), prefix: f(1) } },
  saliency: { method: 'saliency', saliency: { source: f(0.1, 0.2, -0.9, 0.1, 0), logProb: -1 } },
} as const;

beforeEach(() => {
  resetStore();
  act(() => store().setLanguage('fr'));
});
afterEach(() => cleanup());

describe('Which words decided this word? in French', () => {
  it('writes its prose, pickers, figures and notes in French, with decimal commas', () => {
    const run = storeRun(makeRun());
    useStore.setState({ modelInfo: MODEL_INFO, lastGood: run });
    const { container } = render(<WhichWordsSection />);
    act(() => store().pickAttributionWord(1));
    expect(screen.getByRole('group', { name: 'Mot de sortie à expliquer' })).toBeTruthy();
    expect(container.querySelector('.attr-status')?.textContent).toBe(
      'Calcul en cours, une méthode après l’autre…',
    );

    act(() => {
      store().attributionStarted(5, run.id, 1);
      store().attributionReceived(5, methods.rollout);
      store().attributionReceived(5, methods.saliency);
    });
    const bars = screen.getByTestId('attribution-bars');
    expect(within(bars).getByRole('rowheader', { name: 'Gradient × entrée' })).toBeTruthy();
    const saliencyCell = bars.querySelector('tr[data-method="saliency"] td[data-value]');
    const title = saliencyCell?.getAttribute('title') ?? '';
    expect(title).toMatch(/\u202f: 0,1$/);
    expect(
      screen.getByTestId('attribution-agreement').querySelector('caption')?.textContent,
    ).toMatch(/^Corrélation de rang \(ρ de Spearman\)/);
    expect(screen.getByRole('heading', { name: 'Un palmarès de l’alignement' })).toBeTruthy();
    expect(
      screen.getByRole('heading', {
        name: /^Où se décide «\s?il\s?» ou «\s?elle\s?»\s?\?$/,
      }),
    ).toBeTruthy();
    expect(container.querySelector('dl.attr-notes dt')?.textContent).toBe('Attention brute');
    expect(container.textContent).not.toMatch(
      /Attention maps are|Explain the word|Raw attention|Rank correlation|An alignment scoreboard/,
    );
  });
});

describe('where il or elle is decided, said in French', () => {
  const twin = (margin: number, sublayerShifts: number[]): TwinDecision => ({
    outputIds: [5, 6, 2],
    step: 1,
    pronounId: 6,
    firstProbability: 0.5,
    secondProbability: 0.5,
    margin,
    heads: [],
    sublayers: sublayerShifts.map((shift, layer) => ({ kind: 'dec-cross', layer, shift })),
    saliency: [],
    pronounAttention: [],
  });

  it('names the sublayer that carries the choice, with its article elided before a vowel', () => {
    const decision: Decision = {
      twins: [twin(4, [-6, -1]), twin(-5, [1, 9])],
      ranking: [{ kind: 'dec-self', layer: 0, head: 0, carried: 1, flips: [false, false] }],
    };
    const said = decisionSentences(
      decision,
      ['tired', 'wide'],
      ['il', 'elle'],
      textIn('fr').attribution,
    );
    expect(said[0]).toBe(
      'Pour «\u00a0tired\u00a0», le modèle écrit «\u00a0il\u00a0»\u202f; la partie qui porte le plus ce ' +
        'choix est l’attention encodeur-décodeur de la couche 1\u202f: éteindre toutes ses têtes ' +
        'change «\u00a0il\u00a0» en «\u00a0elle\u00a0» pour «\u00a0tired\u00a0».',
    );
    expect(said[2]).toContain('celle de la self-attention du décodeur, couche 1, tête 1');
    expect(said[2]).toContain('aucune tête ne décide seule');
  });
});

describe('the il/elle decision of a French → English model, in French', () => {
  it('says in French why there is no pronoun to choose', () => {
    resetStore();
    act(() => {
      const state = useStore.getState();
      state.setLanguage('fr');
      state.askDecision(state.modelKey);
      state.decisionStarted(1, state.modelKey);
      state.decisionArrived(1, {
        kind: 'nothingToDecide',
        reason: en.errors.noDecisionFromFrench,
        why: 'fromFrench',
      });
    });
    render(<DecisionFigure />);
    expect(screen.getByRole('note').textContent).toBe(fr.errors.noDecisionFromFrench);
    expect(fr.errors.noDecisionFromFrench).toContain('Ce modèle traduit le français en anglais');
  });

  it('says in French that a model lacks the pronouns, and why the decision failed', () => {
    resetStore();
    const decide = (
      outcome: Parameters<ReturnType<typeof useStore.getState>['decisionArrived']>[1],
    ) =>
      act(() => {
        const state = useStore.getState();
        state.setLanguage('fr');
        state.askDecision(state.modelKey);
        state.decisionStarted(1, state.modelKey);
        state.decisionArrived(1, outcome);
      });
    decide({
      kind: 'nothingToDecide',
      reason: en.errors.noDecisionWords('il', 'elle'),
      why: 'words',
    });
    const { unmount } = render(<DecisionFigure />);
    expect(screen.getByRole('note').textContent).toBe(fr.errors.noDecisionWords('il', 'elle'));
    unmount();
    decide({ kind: 'failed', error: tooLong(40, 31) });
    render(<DecisionFigure />);
    expect(screen.getByRole('alert').textContent).toBe(fr.errors.tooLong(40, 31));
  });
});
