// @vitest-environment jsdom
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { trainingErrorText } from '../../src/i18n/errorText';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useStore } from '../../src/store';
import { DEFAULT_LAB_SETTINGS, labSettingsProblem } from '../../src/training/labSettings';
import { LabIntro } from '../../src/views/training-lab/LabIntro';
import { LabSettingsForm } from '../../src/views/training-lab/LabSettingsForm';
import { LossChart } from '../../src/views/training-lab/LossChart';
import { ShownLabControls } from '../training-lab/shownLabControls';

afterEach(cleanup);

describe('the training lab in French', () => {
  beforeEach(() => {
    resetStore();
    act(() => useStore.getState().setLanguage('fr'));
  });

  it('says in French why settings cannot be trained, numbers with decimal commas', () => {
    const problem = labSettingsProblem({ ...DEFAULT_LAB_SETTINGS, learningRateScale: 0.005 });
    render(<ShownLabControls status="idle" step={0} totalSteps={null} settingsProblem={problem} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'Impossible d’entraîner avec ces réglages\u202f: l’échelle du taux d’apprentissage doit être un nombre de 0,01 à 10, et non 0,005.',
    );
  });

  it('writes its prose, settings and buttons in French, not English', () => {
    const noop = () => {};
    const { container } = render(
      <>
        <LabIntro />
        <LabSettingsForm settings={DEFAULT_LAB_SETTINGS} onChange={noop} disabled={false} />
        <ShownLabControls
          status="paused"
          step={4000}
          totalSteps={12000}
          settingsProblem={undefined}
        />
      </>,
    );
    expect(container.textContent).toContain('l’optimiseur Adam les déplace tous');
    expect(container.textContent).not.toContain('Every model on this page so far');
    expect(screen.getByRole('radiogroup', { name: 'Tâche' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Inverser' })).toBeTruthy();
    // The label's narrow no-break space reads as a space to the query.
    expect(screen.getByLabelText('Têtes (article : 8)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reprendre' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Resume' })).toBeNull();
    // Thousands grouped with a narrow no-break space, as French writes them.
    expect(screen.getByRole('status').textContent).toBe(
      'En pause à l’étape 4\u202f000 sur 12\u202f000.',
    );
  });

  it('writes the loss chart’s numbers with a decimal comma', () => {
    const { container } = render(
      <LossChart
        lossStart={1}
        losses={[3, 2.5, 2]}
        heldOut={[
          { step: 0, loss: 3.1 },
          { step: 3, loss: 2.25 },
        ]}
        firstStep={0}
        lastStep={10}
        floor={0.5}
      />,
    );
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Courbe de perte sur 3 étapes\u202f: perte d’entraînement 3,000 à la première étape, ' +
        '2,000 récemment\u202f; perte sur les exemples mis de côté 2,250 à l’étape 3.',
    );
    const titles = Array.from(container.querySelectorAll('title'), (t) => t.textContent);
    expect(titles).toContain('étape 3\u202f: perte sur les exemples mis de côté 2,250');
    expect(container.textContent).toContain('plancher dû au lissage des étiquettes');
  });
});

describe('the training lab’s failures in French', () => {
  it('say in French why training stopped, where it went back to, and what the reader can do', () => {
    const crash = {
      code: 'worker_stuck',
      message: 'Training stopped (it did not answer Pause) at step 1,058, …',
      stop: { cause: 'noPause', detail: '', lostStep: 1058, restoredStep: 1000, end: 'paused' },
    } as const;
    expect(trainingErrorText(crash, fr.trainingLab)).toBe(
      'L’entraînement s’est arrêté (il n’a pas répondu à Pause) à l’étape 1\u202f058\u202f: il a donc été interrompu. Le modèle est revenu à son dernier point de sauvegarde, l’étape 1\u202f000, en pause\u202f: cliquez sur Reprendre pour continuer.',
    );
    expect(trainingErrorText(crash, en.trainingLab)).toBe(
      'Training stopped (it did not answer Pause) at step 1,058, so it was ended. The model is back at its last checkpoint, step 1,000, paused: Resume to train on.',
    );
    const lost = {
      ...crash,
      stop: { ...crash.stop, cause: 'silent', restoredStep: null },
    } as const;
    expect(trainingErrorText(lost, fr.trainingLab)).toMatch(
      /^L’entraînement s’est arrêté \(il ne répondait plus\) .* le modèle en cours d’entraînement est perdu\./,
    );
    expect(trainingErrorText({ code: 'no_run', message: 'x' }, fr.trainingLab)).toMatch(
      /^Aucun modèle n’est en cours d’entraînement/,
    );
  });
});
