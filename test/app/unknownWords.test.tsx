// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SourceTokens } from '../../src/app/SourceTokens';
import { UnknownWords } from '../../src/app/UnknownWords';
import { UNK } from '../../src/engine/model/config';
import { resetStore, useStore } from '../../src/store';
import { unknownWords } from '../../src/worker/errors';
import type { UnknownWord } from '../../src/worker/protocol';
import { completedRun } from '../store/fixtures';

const store = () => useStore.getState();

beforeEach(() => resetStore());
afterEach(() => cleanup());

/** "the catt sat on the matt", as the worker returns it: two unknown words, each with its kind. */
function finishTheCattSat() {
  const words = ['the', 'catt', 'sat', 'on', 'the', 'matt'];
  const run = completedRun(1, words, 'le chat');
  run.result.srcIds = Int32Array.from([4, UNK, 6, 7, 4, UNK, 2]);
  run.result.sourceTokens = ['the', 'catt?', 'sat', 'on', 'the', 'matt?', '<eos>'];
  const found: UnknownWord[] = [
    { word: 'catt', suggestions: ['cat', 'cats', 'ant'], kinds: ['noun'] },
    { word: 'matt', suggestions: ['mat', 'mats'], kinds: ['noun'] },
  ];
  run.result.unknownWords = unknownWords(found);
  store().setSentence(words.join(' '));
  store().runStarted(1);
  store().runFinished(run);
}

describe('UnknownWords', () => {
  it('names each unknown word as the figures label it, with the kind it plays', () => {
    finishTheCattSat();
    render(<UnknownWords />);
    const notice = screen.getByTestId('unknown-words');
    expect(notice.textContent).toContain('The figures label them “catt?”, “matt?”.');
    const catt = within(notice.querySelector<HTMLElement>('[data-word="catt"]')!);
    expect(catt.getByText('catt?').className).toBe('token unknown');
    expect(catt.getByText('a noun here').dataset.kinds).toBe('noun');
    expect(catt.getAllByRole('button').map((b) => b.textContent)).toEqual(['cat', 'cats', 'ant']);
  });

  it('says no kind where none was guessed', () => {
    const run = completedRun(1, ['zog'], 'zog');
    run.result.unknownWords = unknownWords([{ word: 'zog', suggestions: ['dog'] }]);
    store().runStarted(1);
    store().runFinished(run);
    render(<UnknownWords />);
    expect(screen.getByTestId('unknown-words').querySelector('.unknown-kind')).toBeNull();
    expect(screen.getByTestId('unknown-words').textContent).toContain('Instead of zog?, try');
  });

  it('puts a suggestion in place of the word typed, not of its label', () => {
    finishTheCattSat();
    render(<UnknownWords />);
    fireEvent.click(screen.getByRole('button', { name: 'mat' }));
    expect(store().sentence).toBe('the catt sat on the mat');
  });
});

describe('SourceTokens', () => {
  it('marks the tokens read as <unk>, each under its own label', () => {
    finishTheCattSat();
    render(<SourceTokens />);
    const unknown = [...screen.getByTestId('source-tokens').querySelectorAll('.token.unknown')];
    expect(unknown.map((t) => t.textContent)).toEqual(['catt?', 'matt?']);
    expect(unknown[0].getAttribute('title')).toBe('unknown to the model: read as <unk>');
  });
});
