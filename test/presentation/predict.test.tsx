// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PresentStep } from '../../src/app/presentation/figureSteps';
import { Presentation } from '../../src/app/presentation/Presentation';
import {
  askedHead,
  lessSureWithout,
  mostAttendedWord,
  nextWord,
} from '../../src/app/presentation/predict/answers';
import { questionKey } from '../../src/app/presentation/predict/questionKeys';
import { NO_DIGITS } from '../../src/app/presentation/steps';
import { linkFromState } from '../../src/app/url/linkFromState';
import { openLink } from '../../src/app/url/openLink';
import { parseLink } from '../../src/app/url/parseLink';
import { serialiseLink } from '../../src/app/url/serialiseLink';
import type { DecodeStep, HeadEffect } from '../../src/engine';
import { resetStore, useStore } from '../../src/store';
import type { Section } from '../../src/views/sections';
import { realRun, showRun } from '../views/decoding/fixtures';

const key = (k: string) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
});

describe('the answers come from the numbers given', () => {
  it('“it” looks most at the argmax of its head’s row of weights', () => {
    // Two heads, three words: head 1's row for word 2 peaks on word 0.
    const data = new Float32Array(2 * 3 * 3);
    data.set([0.2, 0.5, 0.3], (1 * 3 + 2) * 3);
    data.set([0.1, 0.1, 0.8], (0 * 3 + 2) * 3);
    const weights = { shape: [2, 3, 3], data };
    const tokens = ['animal', 'tired', 'it'];
    const head1 = mostAttendedWord(weights, 1, 2, tokens);
    expect(head1.choices).toEqual(tokens);
    expect(head1.choices[head1.answer]).toBe('tired');
    expect(head1.value).toBeCloseTo(0.5);
    const head0 = mostAttendedWord(weights, 0, 2, tokens);
    expect(head0.choices[head0.answer]).toBe('it');
  });

  it('the decoder’s next word is the word it chose, among its likeliest in alphabetical order', () => {
    const words = ['<pad>', '<bos>', '<eos>', 'le', 'chat', 'un', 'chien'];
    const step: DecodeStep = {
      position: 0,
      chosenId: 3,
      logProb: Math.log(0.6),
      candidates: [
        { id: 3, prob: 0.6 },
        { id: 5, prob: 0.3 },
        { id: 4, prob: 0.05 },
      ],
    };
    const greedy = nextWord(step, words);
    expect(greedy.choices).toEqual(['chat', 'le', 'un']);
    expect(greedy.choices[greedy.answer]).toBe('le');
    expect(greedy.value).toBeCloseTo(0.6);
    expect(greedy.top).toBe(true);
    // Beam search may write a word outside the likeliest: it is among the choices.
    const beam = nextWord({ ...step, chosenId: 6, logProb: Math.log(0.01) }, words);
    expect(beam.choices).toEqual(['chat', 'chien', 'le', 'un']);
    expect(beam.choices[beam.answer]).toBe('chien');
    expect(beam.value).toBeCloseTo(0.01);
    expect(beam.top).toBe(false);
  });

  it('switching a head off makes the model less sure exactly when its effect is negative', () => {
    const heads: HeadEffect[] = [
      { kind: 'enc', layer: 0, head: 0, effect: 0.02 },
      { kind: 'enc', layer: 1, head: 2, effect: -0.5 },
      { kind: 'dec-cross', layer: 0, head: 1, effect: -0.1 },
    ];
    const itHead = lessSureWithout(heads, { kind: 'enc', layer: 1, head: 2 }, 0.9);
    expect(itHead?.answer).toBe(0);
    expect(itHead?.value).toBeCloseTo(0.4);
    expect(itHead?.before).toBeCloseTo(0.9);
    expect(lessSureWithout(heads, { kind: 'enc', layer: 0, head: 0 }, 0.9)?.answer).toBe(1);
    expect(lessSureWithout(heads, { kind: 'enc', layer: 3, head: 0 }, 0.9)).toBeNull();
    expect(askedHead(heads, { layer: 0, head: 0 })).toEqual({ kind: 'enc', layer: 0, head: 0 });
    expect(askedHead(heads, null)).toEqual({ kind: 'enc', layer: 1, head: 2 });
  });
});

describe('the questions in the link', () => {
  beforeEach(() => resetStore());

  it('round-trip, and a link without them asks none', () => {
    const text = 'view=present&section=attention-maps&questions=it-word,head-off';
    const { link, notices } = parseLink(text);
    expect(notices).toEqual([]);
    expect(link.questions).toEqual(['it-word', 'head-off']);
    expect(serialiseLink(link)).toBe(text);

    const targets = { sectionIds: ['attention-maps'], figureIds: [] };
    openLink(useStore, parseLink(text), targets);
    expect(useStore.getState().questions).toEqual(['it-word', 'head-off']);
    expect(serialiseLink(linkFromState(useStore.getState()))).toContain(
      'questions=it-word,head-off',
    );
    openLink(useStore, parseLink('view=present'), targets);
    expect(useStore.getState().questions).toEqual([]);
    expect(serialiseLink(linkFromState(useStore.getState()))).not.toContain('questions');
  });

  it('leave out a question the page does not have, saying so', () => {
    const { link, notices } = parseLink('questions=next-word,riddle');
    expect(link.questions).toEqual(['next-word']);
    expect(notices.map((n) => n.key)).toEqual(['questions']);
    expect(notices[0].text).toContain('“riddle”');
  });
});

describe('the keys of a question', () => {
  it('→ and Space reveal; digits pick, two quick digits a later choice', () => {
    expect(questionKey(key('ArrowRight'), 'page', 3, NO_DIGITS, 0).action).toBe('reveal');
    expect(questionKey(key(' '), 'page', 3, NO_DIGITS, 0).action).toBe('reveal');
    expect(questionKey(key('ArrowLeft'), 'page', 3, NO_DIGITS, 0).action).toBeNull();
    expect(questionKey(key('2'), 'page', 3, NO_DIGITS, 0).action).toEqual({ pick: 1 });
    expect(questionKey(key('7'), 'page', 3, NO_DIGITS, 0).action).toBeNull();
    const first = questionKey(key('1'), 'page', 12, NO_DIGITS, 0);
    expect(questionKey(key('2'), 'page', 12, first.typed, 300).action).toEqual({ pick: 11 });
    expect(questionKey(key('ArrowRight'), 'field', 3, NO_DIGITS, 0).action).toBeNull();
  });
});

describe('a question in the presentation', () => {
  const SECTIONS: Section[] = ['before', 'decoding', 'after'].map((id) => ({
    id,
    title: id,
    Component: () => <p data-testid="section-body">Figure of {id}</p>,
  }));
  const STEPS: PresentStep[] = SECTIONS.map((s) => ({
    section: s.id,
    figures: null,
    caption: () => `Caption of ${s.id}`,
    ...(s.id === 'decoding' ? { question: 'next-word' as const } : {}),
  }));
  const press = (k: string) =>
    act(() => {
      fireEvent.keyDown(document.body, { key: k });
    });
  const question = () => screen.getByTestId('present-question');

  beforeEach(() => {
    resetStore();
    useStore.getState().present('decoding');
  });
  afterEach(cleanup);

  it('asks before the figure; Next reveals the decoder’s own word, then moves on', () => {
    const real = realRun();
    showRun(real);
    act(() => useStore.getState().setQuestions(['next-word']));
    render(<Presentation sections={SECTIONS} steps={STEPS} />);
    expect(question().dataset.state).toBe('asking');
    expect(screen.getByText('Which word will the decoder write next?')).toBeTruthy();
    expect(document.querySelector('.present-stage')?.hasAttribute('inert')).toBe(true);

    press('2');
    const picked = within(question()).getAllByRole('button', { pressed: true });
    expect(picked).toHaveLength(1);
    expect(picked[0].textContent).toMatch(/^2/);
    press('ArrowRight');
    expect(question().dataset.state).toBe('revealed');
    expect(screen.getByTestId('present-step').textContent).toBe('Step 2 of 3');
    expect(document.querySelector('.present-stage')?.hasAttribute('inert')).toBe(false);

    const written = real.run.result.outputTokens[0];
    const step = real.run.result.steps[0];
    const right = question().querySelector('[data-right="true"]');
    expect(right?.textContent).toContain(written);
    const probability = step.candidates.find((c) => c.id === step.chosenId)?.prob ?? 0;
    expect(screen.getByTestId('present-question-why').textContent).toContain(
      String(Number(probability.toPrecision(3))),
    );

    press('ArrowRight');
    expect(screen.getByTestId('present-step').textContent).toBe('Step 3 of 3');
    press('ArrowLeft');
    // Back at the question: it stays answered.
    expect(question().dataset.state).toBe('revealed');
  });

  it('asks nothing when questions are off', () => {
    showRun(realRun());
    render(<Presentation sections={SECTIONS} steps={STEPS} />);
    expect(screen.queryByTestId('present-question')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Questions: off' }));
    expect(question().dataset.state).toBe('asking');
    expect(useStore.getState().questions).toEqual(['it-word', 'next-word', 'head-off']);
  });
});
