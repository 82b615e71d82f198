// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStore, useStore } from '../../src/store';
import { attentionSteps, type AttentionStepData } from '../../src/views/attention/attentionSteps';
import { StepThrough } from '../../src/views/attention/StepThrough';
import { config, IT, itSentenceTrace, sourceTokens } from '../views/attention/fixtures';

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
