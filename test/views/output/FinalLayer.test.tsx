// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PAD } from '../../../src/engine/model/config';
import { initParams } from '../../../src/engine/model/params';
import { translate } from '../../../src/engine/model/translate';
import { row } from '../../../src/engine/tensor';
import { resetStore, useStore } from '../../../src/store';
import { FinalLayerFigure } from '../../../src/views/output/FinalLayerFigure';
import { FinalLayerSection } from '../../../src/views/output/FinalLayerSection';
import { wordsFromRun } from '../../../src/views/output/targetWords';
import { SOURCE_IDS, TEST_CONFIG, realRun, showRun, testVocabulary } from '../decoding/fixtures';
import type { TraceName } from '../../../src/engine';

const real = realRun();
const { trace, run } = real;
const tensorOf = (name: TraceName) => {
  const t = trace.tensors.get(name);
  if (!t) throw new Error(`the trace has no ${name}`);
  return t;
};
const logits = tensorOf('out.logits');
const probs = tensorOf('out.probs');
const vocabulary = testVocabulary();

function argmax(values: Float32Array): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

afterEach(cleanup);

describe('the final Linear and Softmax figure', () => {
  const step = 2;
  const renderStep = () =>
    render(
      <FinalLayerFigure
        decoderOutput={row(tensorOf('dec.1.norm3'), step)}
        logits={row(logits, step)}
        probs={row(probs, step)}
        vocabulary={vocabulary}
        step={step}
        argmaxId={trace.steps[step].candidates[0].id}
        chosenId={trace.steps[step].chosenId}
        lastLayer={1}
      />,
    );

  it('draws the decoder output, logits and probabilities of the step exactly as the trace holds them', () => {
    const { container } = renderStep();
    const strips = container.querySelectorAll('.cmp-vector-cells');
    const drawn = (i: number) =>
      Array.from(strips[i].querySelectorAll('[data-value]'), (c) =>
        Number(c.getAttribute('data-value')),
      );
    expect(drawn(0)).toEqual(Array.from(row(tensorOf('dec.1.norm3'), step)));
    expect(drawn(1)).toEqual(Array.from(row(logits, step)));
    expect(drawn(2)).toEqual(Array.from(row(probs, step)));
  });

  it('shows the trace’s argmax, which is the largest logit and the word greedy decoding chose', () => {
    renderStep();
    const chosen = trace.steps[step].chosenId;
    expect(argmax(row(logits, step))).toBe(chosen);
    expect(screen.getByTestId('argmax').textContent).toContain(
      `index ${chosen} → “${vocabulary[chosen]}”`,
    );
    expect(screen.queryByTestId('chosen-differs')).toBeNull();
  });

  it('draws the top bars with the trace’s probabilities and logits, best first', () => {
    const { container } = renderStep();
    const bars = Array.from(container.querySelectorAll('.output-bar'));
    expect(bars).toHaveLength(10);
    const p = row(probs, step);
    const z = row(logits, step);
    const ids = bars.map((bar) => Number(bar.getAttribute('data-id')));
    bars.forEach((bar, i) => {
      expect(Number(bar.getAttribute('data-prob'))).toBe(p[ids[i]]);
      expect(Number(bar.getAttribute('data-logit'))).toBe(z[ids[i]]);
      if (i > 0) expect(p[ids[i]]).toBeLessThanOrEqual(p[ids[i - 1]]);
    });
    expect(ids.slice(0, 5)).toEqual(trace.steps[step].candidates.map((c) => c.id));
  });

  it('lists every word with its index, logit and probability, and filters the list as one types', () => {
    renderStep();
    const table = screen.getByTestId('word-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(vocabulary.length);
    const p = row(probs, step);
    for (const tableRow of rows) {
      const id = Number(tableRow.getAttribute('data-id'));
      const cells = tableRow.querySelectorAll('td');
      expect(cells[2].textContent).toBe(vocabulary[id]);
      expect(Number(cells[4].getAttribute('data-value'))).toBe(p[id]);
    }
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'mot1' } });
    const filtered = within(table).getAllByRole('row').slice(1);
    const expected = vocabulary.filter((w) => w.includes('mot1'));
    expect(filtered.map((r) => r.querySelectorAll('td')[2].textContent).sort()).toEqual(
      [...expected].sort(),
    );
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '17' } });
    expect(within(table).getAllByRole('row').slice(1)[0].getAttribute('data-id')).toBe('17');
  });
});

describe('the final layer section', () => {
  beforeEach(() => {
    resetStore();
    showRun(real);
  });

  it('follows the shared step, and names the words the run produced', () => {
    render(<FinalLayerSection />);
    fireEvent.click(screen.getByRole('button', { name: `Step 4: ${run.result.outputTokens[3]}` }));
    expect(useStore.getState().selection.step).toBe(3);
    const chosen = trace.steps[3].chosenId;
    expect(screen.getByTestId('argmax').textContent).toContain(
      `index ${chosen} → “${run.result.outputTokens[3]}”`,
    );
    act(() => useStore.getState().select({ step: 0 }));
    expect(screen.getByTestId('argmax').textContent).toContain(`index ${trace.steps[0].chosenId}`);
  });
});

describe('words and choices the model never writes', () => {
  beforeEach(() => resetStore());

  it('names every word by its text once the model’s words have come with it', () => {
    showRun(real);
    const { rerender } = render(<FinalLayerSection />);
    expect(screen.getByTestId('unnamed-words')).toBeTruthy();
    act(() =>
      useStore.getState().modelLoaded(real.info, {
        vocabularies: { source: testVocabulary(), target: testVocabulary() },
        parameters: new Map(),
      }),
    );
    rerender(<FinalLayerSection />);
    expect(screen.queryByTestId('unnamed-words')).toBeNull();
    const bars = screen.getByRole('img', { name: /most probable next words/ });
    expect(bars.textContent).not.toMatch(/#\d/);
  });

  it('says so when <pad> is the most probable, and takes the argmax over the other words', () => {
    const params = initParams(TEST_CONFIG, 33);
    const bias = params.get('generator.bias');
    if (!bias) throw new Error('no generator.bias');
    const favoured = new Map(params);
    const data = bias.data.slice();
    data[PAD] += 50;
    favoured.set('generator.bias', { shape: bias.shape, data });
    const padTrace = translate(favoured, TEST_CONFIG, SOURCE_IDS, { kind: 'greedy' });
    const at = (name: TraceName) => {
      const t = padTrace.tensors.get(name);
      if (!t) throw new Error(`the trace has no ${name}`);
      return row(t, 0);
    };
    const step = padTrace.steps[0];
    render(
      <FinalLayerFigure
        decoderOutput={at('dec.1.norm3')}
        logits={at('out.logits')}
        probs={at('out.probs')}
        vocabulary={vocabulary}
        step={0}
        argmaxId={step.candidates[0].id}
        chosenId={step.chosenId}
        lastLayer={1}
      />,
    );
    expect(argmax(at('out.logits'))).toBe(PAD);
    expect(step.chosenId).not.toBe(PAD);
    expect(screen.getByTestId('never-written').textContent).toContain('“<pad>”');
    expect(screen.getByTestId('argmax').textContent).toContain(`index ${step.chosenId}`);
    expect(screen.queryByTestId('chosen-differs')).toBeNull();
  });
});

describe('wordsFromRun', () => {
  it('names the special tokens and every word the run produced, and writes the others by index', () => {
    const words = wordsFromRun(run.result, 64);
    expect(words.slice(0, 4)).toEqual(['<pad>', '<bos>', '<eos>', '<unk>']);
    run.result.outputIds.forEach((id, i) => expect(words[id]).toBe(run.result.outputTokens[i]));
    const unnamed = words.findIndex((_, id) => id > 3 && !run.result.outputIds.includes(id));
    expect(words[unnamed]).toBe(`#${unnamed}`);
  });
});
