// @vitest-environment jsdom
import { useState } from 'react';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PresentStep } from '../../src/app/presentation/figureSteps';
import { useInnerSteps } from '../../src/app/presentation/innerSteps';
import { Presentation } from '../../src/app/presentation/Presentation';
import { resetStore, useStore } from '../../src/store';
import type { Section } from '../../src/views/sections';

const store = () => useStore.getState();

/** Sections that say which they are: the presentation shows one at a time. */
const SECTIONS: Section[] = Array.from({ length: 12 }, (_, i) => ({
  id: `section-${i + 1}`,
  title: `Section ${i + 1}`,
  Component: () => <p data-testid="section-body">Body of section {i + 1}</p>,
}));

/** One step a section, each showing the whole section. */
const STEPS: PresentStep[] = SECTIONS.map((section, i) => ({
  section: section.id,
  figures: null,
  caption: () => `Caption of step ${i + 1}`,
}));

/** A figure with four steps of its own, registered as the presentation's decoding player. */
function Player() {
  const [step, setStep] = useState(0);
  const presented = useInnerSteps({ name: 'decoding steps', step, count: 4, goTo: setStep });
  return (
    <p data-testid="player">
      {presented ? 'Word' : 'Step'} {step + 1} of 4
    </p>
  );
}

const key = (k: string, target: Element = document.body, extra = {}) =>
  act(() => {
    fireEvent.keyDown(target, { key: k, ...extra });
  });
const stepText = () => screen.getByTestId('present-step').textContent;
const body = () => screen.getByTestId('section-body').textContent;

beforeEach(() => {
  resetStore();
  store().present('section-3');
});
afterEach(() => cleanup());

describe('the presentation, driven by the keyboard', () => {
  it('shows the section it was opened on, with its place among the steps', () => {
    render(<Presentation sections={SECTIONS} steps={STEPS} />);
    expect(stepText()).toBe('Step 3 of 12');
    expect(body()).toBe('Body of section 3');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Section 3');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('3');
  });

  it('moves with → ← Space Home End and digits, and the store’s section follows', () => {
    render(<Presentation sections={SECTIONS} steps={STEPS} />);
    key('ArrowRight');
    key(' ');
    expect(stepText()).toBe('Step 5 of 12');
    expect(store().section).toBe('section-5');
    key('ArrowLeft');
    expect(body()).toBe('Body of section 4');
    key('End');
    expect(stepText()).toBe('Step 12 of 12');
    key('ArrowRight');
    expect(stepText()).toBe('Step 12 of 12');
    key('Home');
    expect(stepText()).toBe('Step 1 of 12');
    key('7');
    expect(stepText()).toBe('Step 7 of 12');
  });

  it('jumps from the list of steps', () => {
    render(<Presentation sections={SECTIONS} steps={STEPS} />);
    fireEvent.change(screen.getByLabelText('Go to step'), { target: { value: '9' } });
    expect(stepText()).toBe('Step 10 of 12');
  });

  it('keys typed in the sentence box stay there', () => {
    render(<Presentation sections={SECTIONS} steps={STEPS} />);
    const box = screen.getByLabelText('Sentence');
    key('ArrowRight', box);
    key('End', box);
    key('5', box);
    expect(stepText()).toBe('Step 3 of 12');
    fireEvent.change(box, { target: { value: 'a red apple' } });
    expect(store().sentence).toBe('a red apple');
  });

  it('Esc leaves for the page, which keeps the step as its section', () => {
    render(<Presentation sections={SECTIONS} steps={STEPS} />);
    key('ArrowRight');
    key('Escape');
    expect(store().view).toBe('page');
    expect(store().section).toBe('section-4');
  });

  it('a step the link does not know starts the presentation at the first, and says so in the store', () => {
    store().present('nowhere');
    render(<Presentation sections={SECTIONS} steps={STEPS} />);
    expect(stepText()).toBe('Step 1 of 12');
    expect(store().section).toBe('section-1');
  });

  it('a link that fixes the sentence shows it read-only; one that hides it shows it as text', () => {
    store().linkOpened({
      hidden: [],
      locked: ['sentence'],
      pendingSelection: null,
      pendingHeads: null,
    });
    const { unmount } = render(<Presentation sections={SECTIONS} steps={STEPS} />);
    expect((screen.getByLabelText('Sentence') as HTMLInputElement).readOnly).toBe(true);
    unmount();
    store().linkOpened({
      hidden: ['sentence'],
      locked: [],
      pendingSelection: null,
      pendingHeads: null,
    });
    render(<Presentation sections={SECTIONS} steps={STEPS} />);
    expect(screen.queryByLabelText('Sentence')).toBeNull();
    expect(screen.getByText(store().sentence)).toBeTruthy();
  });

  it('the arrow keys go through a figure’s own steps before leaving it, in both directions', () => {
    const sections: Section[] = [
      SECTIONS[0],
      { id: 'player', title: 'Player', Component: Player },
      SECTIONS[2],
    ];
    const steps: PresentStep[] = [
      STEPS[0],
      { section: 'player', figures: null, caption: () => 'The player', inner: 'decoding steps' },
      STEPS[2],
    ];
    store().present('section-1');
    render(<Presentation sections={sections} steps={steps} />);
    key('ArrowRight');
    expect(stepText()).toBe('Step 2 of 3');
    const player = () => screen.getByTestId('player').textContent;
    expect(player()).toBe('Word 1 of 4');
    key('ArrowRight');
    key(' ');
    key('PageDown');
    expect(player()).toBe('Word 4 of 4');
    expect(stepText()).toBe('Step 2 of 3');
    key('ArrowRight');
    expect(stepText()).toBe('Step 3 of 3');
    key('ArrowLeft');
    expect(stepText()).toBe('Step 2 of 3');
    expect(player()).toBe('Word 4 of 4');
    key('ArrowLeft');
    expect(player()).toBe('Word 3 of 4');
  });

  it('shows the step’s caption under its section’s title', () => {
    render(<Presentation sections={SECTIONS} steps={STEPS} />);
    expect(screen.getByTestId('present-caption').textContent).toBe('Caption of step 3');
  });
});
