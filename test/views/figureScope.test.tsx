// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStore, useStore } from '../../src/store';
import { QUIET_MS } from '../../src/views/catchUp';
import { FigureScope } from '../../src/views/FigureScope';
import { useFigureStore } from '../../src/views/figureStore';
import { completedRun } from '../store/fixtures';

/** Stands in for the browser's IntersectionObserver: tests say when the section is near. */
class FakeObserver {
  static all: FakeObserver[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.all.push(this);
  }
  observe() {}
  disconnect() {}
  report(near: boolean) {
    const entry = { isIntersecting: near } as IntersectionObserverEntry;
    this.callback([entry], this as unknown as IntersectionObserver);
  }
}

function setNear(near: boolean) {
  act(() => FakeObserver.all.forEach((observer) => observer.report(near)));
}

function finishRun(id: number, words: string[]) {
  act(() => {
    useStore.getState().runStarted(id);
    useStore.getState().runFinished(completedRun(id, words, 'une phrase'));
  });
}

/** A figure that writes the sentence of the run it is given. */
function SentenceFigure() {
  const sentence = useFigureStore((s) => s.lastGood?.result.sentence ?? 'nothing yet');
  return (
    <p data-testid="figure">
      {sentence} <button type="button">choose</button>
    </p>
  );
}

function renderSection() {
  render(
    <section>
      <FigureScope id="probe">
        <SentenceFigure />
      </FigureScope>
    </section>,
  );
  return () => screen.getByTestId('figure').firstChild?.textContent?.trim();
}

beforeEach(() => {
  resetStore();
  FakeObserver.all = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('FigureScope', () => {
  it('near the viewport, redraws its figures for every new run and says which run they show', () => {
    const shown = renderSection();
    setNear(true);
    finishRun(1, ['i', 'am']);
    expect(shown()).toBe('i am');
    finishRun(2, ['you', 'are']);
    expect(shown()).toBe('you are');
    expect(document.querySelector<HTMLElement>('.figure-scope')?.dataset.runId).toBe('2');
  });

  it('far from the viewport, keeps the run it drew, and catches up once it comes near', () => {
    const shown = renderSection();
    setNear(true);
    finishRun(1, ['i', 'am']);
    setNear(false);
    finishRun(2, ['you', 'are']);
    finishRun(3, ['we', 'are']);
    expect(shown()).toBe('i am');
    expect(document.querySelector<HTMLElement>('.figure-scope')?.dataset.runId).toBe('1');
    setNear(true);
    expect(shown()).toBe('we are');
  });

  it('far from the viewport, catches up once the page has been quiet', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const shown = renderSection();
    setNear(true);
    finishRun(1, ['i', 'am']);
    setNear(false);
    finishRun(2, ['you', 'are']);
    act(() => vi.advanceTimersByTime(QUIET_MS - 100));
    // Another run resets the wait: the page is not quiet yet.
    finishRun(3, ['we', 'are']);
    act(() => vi.advanceTimersByTime(QUIET_MS - 100));
    expect(shown()).toBe('i am');
    act(() => vi.runAllTimers());
    expect(shown()).toBe('we are');
  });

  it('far from the viewport, catches up on time although other choices change the page meanwhile', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const shown = renderSection();
    setNear(true);
    finishRun(1, ['i', 'am']);
    setNear(false);
    finishRun(2, ['you', 'are']);
    act(() => vi.advanceTimersByTime(QUIET_MS - 100));
    // A choice of head is not typing: the wait for quiet goes on.
    act(() => useStore.getState().select({ head: 1 }));
    act(() => vi.advanceTimersByTime(100));
    act(() => vi.advanceTimersByTime(10));
    expect(shown()).toBe('you are');
  });

  it('far from the viewport, still draws the first run it gets and clears for another model', () => {
    const shown = renderSection();
    setNear(false);
    expect(shown()).toBe('nothing yet');
    finishRun(1, ['i', 'am']);
    expect(shown()).toBe('i am');
    act(() => useStore.getState().selectModel(useStore.getState().modelKey));
    expect(shown()).toBe('nothing yet');
  });

  it('far from the viewport but holding the focus, follows every run', () => {
    const shown = renderSection();
    setNear(true);
    finishRun(1, ['i', 'am']);
    setNear(false);
    act(() => screen.getByRole('button', { name: 'choose' }).focus());
    finishRun(2, ['you', 'are']);
    expect(shown()).toBe('you are');
  });
});

describe('useFigureStore', () => {
  it('outside a section, reads the page’s store itself', () => {
    render(<SentenceFigure />);
    finishRun(1, ['i', 'am']);
    expect(screen.getByTestId('figure').firstChild?.textContent?.trim()).toBe('i am');
  });
});
