// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DecodingPicker } from '../../src/app/DecodingPicker';
import { EngineBanner } from '../../src/app/EngineBanner';
import { ModelPicker } from '../../src/app/ModelPicker';
import { NamesNote } from '../../src/app/NamesNote';
import { RunMessage } from '../../src/app/RunMessage';
import { SectionBoundary } from '../../src/app/SectionBoundary';
import { SentenceBar } from '../../src/app/SentenceBar';
import { StatusLine } from '../../src/app/StatusLine';
import { UnknownWords } from '../../src/app/UnknownWords';
import { UntrainedNotice } from '../../src/app/UntrainedNotice';
import { CopyLinkButton } from '../../src/app/url/CopyLinkButton';
import { HiddenControlsNotice } from '../../src/app/url/LinkedControls';
import { LinkNotices, LinkNoticesBadge } from '../../src/app/url/LinkNotices';
import { UNK } from '../../src/engine/model/config';
import { resetStore, useStore } from '../../src/store';
import { fetchFailed, tooLong, unknownWords } from '../../src/worker/errors';
import { completedRun, modelInfo } from '../store/fixtures';

const store = () => useStore.getState();

beforeEach(() => {
  resetStore();
  act(() => store().setLanguage('fr'));
});
afterEach(cleanup);

/** A run of "the zebra sat", the model not knowing "zebra", which reads as a noun there. */
function zebraRun() {
  const run = completedRun(1, ['the', 'zebra', 'sat'], 'le zèbre');
  run.result.srcIds[1] = UNK;
  run.result.unknownWords = unknownWords([
    { word: 'zebra', suggestions: ['animal'], kinds: ['noun'] },
  ]);
  run.result.names = [{ name: 'Alice', gender: 'f', knownName: false }];
  store().runStarted(1);
  store().runFinished(run);
}

function Broken(): never {
  throw new Error('boom');
}

describe('the page frame in French', () => {
  it('labels the sentence box, the tokens and the translation in French', () => {
    zebraRun();
    render(<SentenceBar />);
    expect(screen.getByLabelText('Votre phrase (en anglais)')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Les tokens que lit le modèle' })).toBeTruthy();
    expect(screen.getByLabelText('Traduction').textContent).toBe('le zèbre');
  });

  it('names the models in French, whatever the list file calls them', () => {
    store().setModelListings([
      { name: 'en-fr', label: 'English → French', sourceLanguage: 'en', targetLanguage: 'fr' },
    ]);
    render(<ModelPicker />);
    const options = [...screen.getByRole('combobox').querySelectorAll('option')];
    expect(options.map((o) => o.textContent)).toEqual([
      'Anglais → français',
      'Anglais → français, avant l’entraînement',
    ]);
    expect(screen.getByLabelText('Modèle')).toBeTruthy();
  });

  it('offers greedy decoding and beam search in French', () => {
    render(<DecodingPicker />);
    fireEvent.click(screen.getByLabelText('recherche en faisceau'));
    expect(screen.getByLabelText(/largeur du faisceau/)).toBeTruthy();
    expect(store().decoding).toMatchObject({ kind: 'beam', beamSize: 4 });
  });

  it('writes the status with French numbers', () => {
    store().modelLoaded({ ...modelInfo(), parameterCount: 664237 });
    zebraRun();
    render(<StatusLine />);
    const status = screen.getByTestId('status').textContent ?? '';
    expect(status).toMatch(/^664\s237 paramètres · Traduit en \d+,\d ms/);
    expect(status).not.toMatch(/Translated|parameters/);
  });

  it('says why a sentence has no translation in French, and offers to retry a load', () => {
    store().runStarted(2);
    store().runFailed(2, tooLong(40, 31));
    const { unmount } = render(<RunMessage />);
    expect(screen.getByRole('alert').textContent).toMatch(/40/);
    expect(screen.getByRole('alert').textContent).not.toBe(tooLong(40, 31).message);
    unmount();
    resetStore();
    act(() => store().setLanguage('fr'));
    store().modelFailed(store().modelKey, fetchFailed('config.json', 'fetch_failed'));
    render(<RunMessage />);
    expect(screen.getByRole('alert').textContent).toContain('config.json');
    expect(screen.getByRole('alert').textContent).not.toContain('could not be');
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });

  it('tells of a restarted engine in French', () => {
    store().showBanner({
      kind: 'worker_restarted',
      error: {
        code: 'worker_crashed',
        message: 'The engine stopped.',
        why: 'boom',
        restarted: true,
      },
    });
    render(<EngineBanner onRerun={() => undefined} />);
    expect(screen.getByRole('alert').textContent).not.toContain('The engine stopped');
    expect(screen.getByRole('button', { name: 'Traduire à nouveau' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Fermer' })).toBeTruthy();
  });

  it('names unknown words, their kind and the names read, in French', () => {
    zebraRun();
    render(
      <>
        <UnknownWords />
        <NamesNote />
      </>,
    );
    const unknown = screen.getByTestId('unknown-words').textContent ?? '';
    expect(unknown).toContain('Au lieu de zebra');
    expect(unknown).toContain('ici un nom, essayez');
    expect(unknown).not.toMatch(/never seen|Instead of|a noun/);
    const names = screen.getByTestId('names-note').textContent ?? '';
    expect(names).toContain('Lu comme un prénom');
    expect(names).toContain('une femme, deviné d’après la phrase');
  });

  it('says an untrained model is untrained, in French', () => {
    store().setModelListings([]);
    render(<UntrainedNotice />);
    expect(screen.getByTestId('untrained-notice').textContent).toMatch(
      /^Ce modèle n’est pas entraîné\. .*aucun modèle entraîné\.$/,
    );
  });

  it('says in French that a figure failed to draw', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <SectionBoundary title="x" runId={1}>
        <Broken />
      </SectionBoundary>,
    );
    expect(screen.getByTestId('figure-error').textContent).toBe(
      'Cette figure n’a pas pu être dessinée pour cette phrase\u202f: boom',
    );
    quiet.mockRestore();
  });

  it('writes the link’s copy button and notices in French', () => {
    store().addLinkNotices([{ key: 'layer', text: 'x' }]);
    act(() => useStore.setState({ hiddenControls: ['model'], lockedControls: ['sentence'] }));
    render(
      <>
        <CopyLinkButton />
        <LinkNotices />
        <LinkNoticesBadge />
        <HiddenControlsNotice />
      </>,
    );
    expect(screen.getByRole('button', { name: 'Copier le lien' })).toBeTruthy();
    expect(
      screen.getByText(/^Une partie de ce lien n’a pas pu être utilisée telle quelle/),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', { name: '1 partie du lien n’a pas pu être utilisée' }),
    ).toBeTruthy();
    expect(screen.getByTestId('hidden-controls').textContent).toContain(
      'Ce lien masque le choix du modèle et fixe la zone de saisie de la phrase',
    );
  });
});
