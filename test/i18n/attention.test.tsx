// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStore, useStore } from '../../src/store';
import { attentionSteps, type AttentionStepData } from '../../src/views/attention/attentionSteps';
import { StepThrough } from '../../src/views/attention/StepThrough';
import { AblatedHeadsNote } from '../../src/app/AblatedHeadsNote';
import { AttentionMaps } from '../../src/views/attention/AttentionMaps';
import { kindsInTrace } from '../../src/views/attention/attentionKinds';
import { HeadSwitchesPanel } from '../../src/views/attention/HeadSwitchesPanel';
import { TokenView } from '../../src/views/attention/TokenView';
import {
  config,
  IT,
  itSentenceTrace,
  sourceTokens,
  targetTokens,
} from '../views/attention/fixtures';
import { MODEL_INFO, makeRun, storeRun } from '../views/runFixture';

afterEach(cleanup);

const found = attentionSteps(itSentenceTrace().tensors, 1, 2, IT);
if (!found) throw new Error('the trace should hold the layer');
const data: AttentionStepData = found;

describe('the self-attention step-through in French', () => {
  beforeEach(() => {
    resetStore();
    act(() => useStore.getState().setLanguage('fr'));
  });

  it('writes its steps, their explanations, pickers and the post’s numbers in French', () => {
    const { container } = render(
      <StepThrough
        data={data}
        tokens={sourceTokens}
        layerCount={config.encoderLayers}
        headCount={config.heads}
        onSelect={vi.fn()}
      />,
    );
    expect(screen.getByText(/^Étape 1 sur 6.: Requêtes, clés et valeurs$/)).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Couche' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Tête' })).toBeTruthy();
    expect(container.textContent).not.toMatch(/query: what|In the post|receives it/);
    for (let step = 2; step <= 6; step++) {
      fireEvent.click(screen.getByRole('button', { name: 'Suivant →' }));
      expect(screen.getByText(new RegExp(`^Étape ${step} sur 6`))).toBeTruthy();
      const prose = [...container.querySelectorAll('p, figcaption, th, caption')]
        .map((n) => n.textContent)
        .join(' | ');
      expect(prose, prose).not.toMatch(
        /word j|key k_j|each number|In the post|sum of|Largest difference|How well/,
      );
    }
  });
});

/** The English words these views used to hard-code; none may show through in French. */
const ENGLISH = /\b(Layer|Head|head|layer|Heads|Every|Switch|from|weight|Attention from|Choose)\b/;

describe('the attention maps, lines and head switches in French', () => {
  beforeEach(() => {
    resetStore();
    act(() => useStore.getState().setLanguage('fr'));
  });

  it('titles, labels and legends the maps in French, with decimal commas', () => {
    const trace = itSentenceTrace();
    const { container } = render(
      <AttentionMaps
        trace={trace.tensors}
        kinds={kindsInTrace(trace.tensors)}
        sourceTokens={sourceTokens}
        targetTokens={targetTokens(trace)}
        selection={{ layer: 1, head: 3, queryToken: IT, step: 1 }}
        onSelect={vi.fn()}
      />,
    );
    expect(
      screen.getByRole('button', { name: 'Self-attention du décodeur (masquée)' }),
    ).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Couche' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Couche 2, tête 4' })).toBeTruthy();
    expect(container.textContent).toContain('Toutes les couches et toutes les têtes');
    expect(
      container.querySelector('[data-export-figure]')?.getAttribute('data-export-figure'),
    ).toBe('carte-attention-self-attention-encodeur-couche2-tête4');
    const legend = screen.getByText(/^poids d’attention \(jusqu’à/);
    expect(legend.textContent).toMatch(/\d,\d/);
    const texts = [...container.querySelectorAll('p, h3, figcaption, caption, button')]
      .map((n) => n.textContent)
      .join(' | ');
    expect(texts).not.toMatch(ENGLISH);
  });

  it('draws the lines of “it” with French titles and legend', () => {
    const weights = itSentenceTrace().tensors.get('enc.1.self.weights');
    if (!weights) throw new Error('the trace should hold layer 2');
    const { container } = render(
      <TokenView
        mode="all"
        tokens={sourceTokens}
        weights={weights}
        layer={1}
        layerCount={config.encoderLayers}
        head={0}
        query={IT}
        onSelect={vi.fn()}
      />,
    );
    expect(container.textContent).toContain(
      'Depuis «\u00a0it\u00a0» dans la couche 2 de l’encodeur',
    );
    expect(screen.getByRole('group', { name: 'Têtes affichées' })).toBeTruthy();
    expect(screen.getByRole('img', { name: /^Légende des lignes/ }).textContent).toContain('0,05');
    const title = container.querySelector('line.attn-line title')?.textContent ?? '';
    expect(title).toMatch(/^«\u00a0it\u00a0» → «\u00a0.+\u00a0», tête 1\u202f: /);
    expect(screen.getByTitle(/^Choisir «.animal.»$/)).toBeTruthy();
    const texts = [...container.querySelectorAll('p, figcaption, caption, th, button')]
      .map((n) => `${n.textContent} ${n.getAttribute('title') ?? ''}`)
      .join(' | ');
    expect(texts).not.toMatch(ENGLISH);
  });

  it('switches heads off and says which, in French, beside the translation too', () => {
    act(() => useStore.getState().modelLoaded(MODEL_INFO));
    render(
      <>
        <HeadSwitchesPanel />
        <AblatedHeadsNote />
      </>,
    );
    const panel = screen.getByTestId('head-switches');
    expect(within(panel).getByRole('heading').textContent).toBe('Éteindre des têtes');
    fireEvent.click(
      within(panel).getByRole('button', {
        name: 'Tête 3 de la self-attention de l’encodeur, couche 1',
      }),
    );
    const run = storeRun(makeRun());
    act(() => {
      useStore.getState().runStarted(1);
      useStore.getState().runFinished({
        ...run,
        result: { ...run.result, ablatedHeads: useStore.getState().ablatedHeads },
      });
    });
    expect(screen.getByTestId('heads-off').textContent).toBe(
      'Les figures montrent un calcul dans lequel 1 tête est éteinte\u202f: self-attention de l’encodeur, couche 1, tête 3.',
    );
    const note = screen.getByTestId('ablated-heads');
    expect(note.textContent).toContain('1 tête est éteinte');
    fireEvent.click(within(note).getByRole('button', { name: 'Rallumer toutes les têtes' }));
    expect(useStore.getState().ablatedHeads).toEqual([]);
  });
});
