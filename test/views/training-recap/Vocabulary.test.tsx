// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetStore } from '../../../src/store';
import { TrainingRecapSection } from '../../../src/views/training-recap/TrainingRecapSection';
import { VocabularyFigure } from '../../../src/views/training-recap/VocabularyFigure';
import { realRun, showRun, testVocabulary } from '../decoding/fixtures';

const vocabulary = testVocabulary(20);

afterEach(cleanup);

function oneHotShown(): number[] {
  const strip = screen.getByRole('img', { name: /^One-hot vector of/ });
  return Array.from(strip.querySelectorAll('[data-value]'), (c) =>
    Number(c.getAttribute('data-value')),
  );
}

describe('the vocabulary figure', () => {
  it('lists every word with its index and finds words by text or index', () => {
    render(
      <VocabularyFigure vocabulary={vocabulary} chosenId={5} onChoose={() => {}} smoothing={0.1} />,
    );
    const list = screen.getByRole('list', { name: 'Output vocabulary' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(vocabulary.map((w, id) => `${id} ${w}`));
    const search = screen.getByRole('searchbox');
    fireEvent.change(search, { target: { value: 'mot1' } });
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.getAttribute('data-id')),
    ).toEqual(['10', '11', '12', '13', '14', '15', '16', '17', '18', '19']);
    fireEvent.change(search, { target: { value: '2' } });
    expect(within(list).getAllByRole('button')[0].textContent).toBe('2 <eos>');
  });

  it('draws the chosen word’s one-hot vector: 1 at its index, 0 at every other', () => {
    render(
      <VocabularyFigure vocabulary={vocabulary} chosenId={7} onChoose={() => {}} smoothing={0.1} />,
    );
    expect(oneHotShown()).toEqual(vocabulary.map((_, id) => (id === 7 ? 1 : 0)));
    expect(screen.getByTestId('one-hot-summary').textContent).toBe(
      '20 numbers: 1 at index 7, 0 at the other 19.',
    );
  });

  it('reports the word a reader picks', () => {
    const onChoose = vi.fn();
    render(
      <VocabularyFigure vocabulary={vocabulary} chosenId={7} onChoose={onChoose} smoothing={0.1} />,
    );
    fireEvent.click(screen.getByRole('button', { name: '12 mot12' }));
    expect(onChoose).toHaveBeenCalledWith(12);
  });
});

describe('the recap of training section', () => {
  it('starts from the first word of the translation on screen, and follows the reader’s pick', () => {
    resetStore();
    const real = realRun();
    showRun(real);
    render(<TrainingRecapSection />);
    const first = real.run.result.outputIds[0];
    expect(oneHotShown().indexOf(1)).toBe(first);
    const other = (first + 1) % real.info.config.tgtVocabSize;
    fireEvent.click(screen.getByRole('button', { name: new RegExp(`^${other} `) }));
    expect(oneHotShown().indexOf(1)).toBe(other);
  });
});

describe('the label-smoothed target', () => {
  it('is written with the page’s number format', () => {
    render(
      <VocabularyFigure vocabulary={vocabulary} chosenId={3} onChoose={() => {}} smoothing={0.1} />,
    );
    expect(screen.getByTestId('smoothed-summary').textContent).toContain(
      '0.905 at index 3, 0.005 everywhere else',
    );
  });
});
