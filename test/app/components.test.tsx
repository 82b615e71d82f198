// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DecodingPicker } from '../../src/app/DecodingPicker';
import { EngineBanner } from '../../src/app/EngineBanner';
import { TranslationLine } from '../../src/app/TranslationLine';
import { ModelPicker } from '../../src/app/ModelPicker';
import { RunMessage } from '../../src/app/RunMessage';
import { SectionBoundary } from '../../src/app/SectionBoundary';
import { SentenceBar } from '../../src/app/SentenceBar';
import { StatusLine } from '../../src/app/StatusLine';
import { UnknownWords } from '../../src/app/UnknownWords';
import { UntrainedNotice } from '../../src/app/UntrainedNotice';
import { resetStore, useStore } from '../../src/store';
import { UNK } from '../../src/engine/model/config';
import { tooLong, unknownWords } from '../../src/worker/errors';
import { unknownWordLabel } from '../../src/worker/unknownWordLabel';
import { completedRun, modelInfo, progress } from '../store/fixtures';

const store = () => useStore.getState();

beforeEach(() => resetStore());
afterEach(() => cleanup());

/** A finished run of `words` whose result names `unknown` as unknown, with suggestions. */
function finishWith(id: number, words: string[], unknown: Record<string, string[]> = {}) {
  const run = completedRun(id, words, 'une phrase');
  // As the worker does: an unknown word is read as <unk> and labelled as typed, marked.
  words.forEach((word, i) => {
    if (!(word in unknown)) return;
    run.result.srcIds[i] = UNK;
    run.result.sourceTokens[i] = unknownWordLabel(word);
  });
  const entries = Object.entries(unknown);
  run.result.unknownWords =
    entries.length > 0
      ? unknownWords(entries.map(([word, suggestions]) => ({ word, suggestions })))
      : null;
  store().runStarted(id);
  store().runFinished(run);
}

describe('SentenceBar', () => {
  it('puts what the reader types into the store', () => {
    render(<SentenceBar />);
    fireEvent.change(screen.getByLabelText(/Your sentence/), {
      target: { value: 'i am a student' },
    });
    expect(store().sentence).toBe('i am a student');
  });

  it('marks the tokens the model does not know', () => {
    finishWith(1, ['the', 'zebra', 'sat'], { zebra: ['animal'] });
    render(<SentenceBar />);
    const tokens = screen.getByTestId('source-tokens');
    expect([...tokens.querySelectorAll('.unknown')].map((t) => t.textContent)).toEqual(['zebra?']);
    expect(tokens.querySelectorAll('.token')).toHaveLength(4);
  });

  it('shows markup typed in the sentence as text, never as elements', () => {
    finishWith(1, ['<img src=x onerror=alert(1)>']);
    store().setSentence('<img src=x onerror=alert(1)>');
    const { container } = render(<SentenceBar />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('source-tokens').textContent).toContain(
      '<img src=x onerror=alert(1)>',
    );
    expect(screen.getByTestId('translation').dataset.sentence).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('UnknownWords', () => {
  it('offers the nearest known words, and a click puts one in the sentence', () => {
    store().setSentence('the zebra sat');
    finishWith(1, ['the', 'zebra', 'sat'], { zebra: ['animal', 'table'] });
    render(<UnknownWords />);
    expect(screen.getByTestId('unknown-words').textContent).toMatch(/never seen “zebra”/);
    fireEvent.click(screen.getByRole('button', { name: 'animal' }));
    expect(store().sentence).toBe('the animal sat');
  });

  it('says nothing when every word is known', () => {
    finishWith(1, ['the', 'cat']);
    const { container } = render(<UnknownWords />);
    expect(container.textContent).toBe('');
  });
});

describe('the last good translation and the message beside it', () => {
  it('keeps the last translation, greyed, with the reason the new sentence has none', () => {
    finishWith(1, ['hello']);
    store().runStarted(2);
    store().runFailed(2, tooLong(40, 31));
    render(
      <>
        <RunMessage />
        <TranslationLine />
      </>,
    );
    expect(screen.getByRole('alert').textContent).toBe(tooLong(40, 31).message);
    const translation = screen.getByTestId('translation');
    expect(translation.textContent).toBe('une phrase');
    expect(translation.dataset.state).toBe('stale');
  });

  it('says so when the model translates a sentence to nothing, and not otherwise', () => {
    store().runStarted(2);
    store().runFinished(completedRun(2, ['🙂'], ''));
    const { rerender } = render(<TranslationLine />);
    expect(screen.getByTestId('translation').textContent).toBe('');
    expect(screen.getByTestId('translation-empty').textContent).toMatch(/end-of-sentence mark/);
    store().runStarted(3);
    store().runFinished(completedRun(3, ['hello'], 'bonjour'));
    rerender(<TranslationLine />);
    expect(screen.queryByTestId('translation-empty')).toBeNull();
  });

  it('asks gently for a sentence when the box is empty', () => {
    store().runStarted(1);
    store().runFailed(1, { code: 'empty_input', message: 'Type a sentence.' });
    render(<RunMessage />);
    expect(screen.getByRole('status').dataset.code).toBe('empty_input');
  });
});

describe('StatusLine', () => {
  it('counts stages as they arrive, then reports the timings', () => {
    store().modelLoaded(modelInfo());
    store().runStarted(1);
    store().stageReceived(progress(1, ['source', 'enc.0']));
    const { rerender } = render(<StatusLine />);
    expect(screen.getByTestId('status').textContent).toMatch(/2 stages received, last enc\.0/);
    store().runFinished(completedRun(1, ['a'], 'b'));
    rerender(<StatusLine />);
    expect(screen.getByTestId('status').textContent).toMatch(/Translated in 2\.0 ms/);
  });
});

describe('pickers', () => {
  it('the model picker lists every model and picks one', () => {
    store().setModelListings([
      { name: 'en-fr', label: 'English → French', sourceLanguage: 'en', targetLanguage: 'fr' },
    ]);
    render(<ModelPicker />);
    const select = screen.getByRole('combobox');
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'English → French',
      'English → French, before training',
    ]);
    fireEvent.change(select, { target: { value: 'untrained:en-fr' } });
    expect(store().modelKey).toBe('untrained:en-fr');
  });

  it('the decoding picker switches to beam search and sets its size', () => {
    render(<DecodingPicker />);
    fireEvent.click(screen.getByLabelText('beam search'));
    expect(store().decoding).toMatchObject({ kind: 'beam', beamSize: 4 });
    fireEvent.change(screen.getByLabelText(/beam size/), { target: { value: '6' } });
    expect(store().decoding).toMatchObject({ kind: 'beam', beamSize: 6, returnBeams: 6 });
    fireEvent.click(screen.getByLabelText('greedy'));
    expect(store().decoding).toEqual({ kind: 'greedy' });
  });
});

describe('notices', () => {
  it('says nothing of training while the list of models is still being read', () => {
    const { container } = render(
      <>
        <UntrainedNotice />
        <ModelPicker />
      </>,
    );
    expect(screen.queryByTestId('untrained-notice')).toBeNull();
    expect(container.textContent).not.toMatch(/untrained/);
    expect(screen.getByRole('combobox').textContent).toMatch(/Loading the list of models/);
  });

  it('says plainly that an untrained model is untrained, and nothing for a trained one', () => {
    store().setModelListings([]);
    const { rerender, container } = render(<UntrainedNotice />);
    expect(screen.getByTestId('untrained-notice').textContent).toMatch(/untrained/);
    store().modelLoaded({ ...modelInfo(), trained: true });
    rerender(<UntrainedNotice />);
    expect(container.textContent).toBe('');
  });

  it('the restart banner offers to translate again, and goes away', () => {
    const rerun = vi.fn();
    store().showBanner({
      kind: 'worker_restarted',
      error: { code: 'worker_crashed', message: 'The engine stopped; restarted.' },
    });
    render(<EngineBanner onRerun={rerun} />);
    expect(screen.getByRole('alert').textContent).toMatch(/restarted/);
    fireEvent.click(screen.getByRole('button', { name: 'Translate again' }));
    expect(rerun).toHaveBeenCalledOnce();
    expect(store().banner).toBeNull();
  });
});

describe('SectionBoundary', () => {
  function Fragile({ fail }: { fail: boolean }) {
    if (fail) throw new Error('no such tensor');
    return <p>drawn</p>;
  }

  it('shows a figure that fails to draw as a message in its place, and tries again on the next run', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(
      <>
        <SectionBoundary title="Broken" runId={1}>
          <Fragile fail />
        </SectionBoundary>
        <p>the rest of the page</p>
      </>,
    );
    expect(screen.getByTestId('figure-error').textContent).toMatch(/no such tensor/);
    expect(screen.getByText('the rest of the page')).toBeTruthy();
    rerender(
      <>
        <SectionBoundary title="Broken" runId={2}>
          <Fragile fail={false} />
        </SectionBoundary>
        <p>the rest of the page</p>
      </>,
    );
    expect(screen.getByText('drawn')).toBeTruthy();
    expect(screen.queryByTestId('figure-error')).toBeNull();
    quiet.mockRestore();
  });
});
