// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatValue } from '../../../src/components';
import { headSize } from '../../../src/engine';
import { headOf } from '../../../src/views/matrices/headSlices';
import { recapLayout } from '../../../src/views/matrices/layout';
import { RecapFigure } from '../../../src/views/matrices/RecapFigure';
import { hoverText, tabledMatrix } from './dom';
import { matricesRun, sublayer, traced } from './fixtures';

const run = matricesRun();
const dk = headSize(run.config);
const S = run.sourceTokens.length;
const SUBSCRIPTS = '₁₂₃₄₅₆₇₈';

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('RecapFigure', () => {
  const { matrices, parameters } = sublayer(run, 'encoder-self', 1);
  const layout = recapLayout({
    queryLength: S,
    keyLength: S,
    dModel: run.config.dModel,
    headSize: dk,
  });

  it('draws one row per head, from the layer below’s output to the sublayer’s Z', () => {
    const { container } = render(
      <RecapFigure matrices={matrices} parameters={parameters} selectedHead={3} />,
    );
    expect(screen.getAllByRole('button', { name: /^head \d$/ })).toHaveLength(run.config.heads);
    expect(screen.getByRole('button', { name: 'head 4' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(screen.getByText(/the output of encoder layer 1 \(the post calls it R\)/)).toBeTruthy();
    expect(tabledMatrix(container, 'X').values).toEqual(
      Float64Array.from(traced(run, 'enc.0.norm2').data),
    );
    expect(tabledMatrix(container, 'Z').values).toEqual(
      Float64Array.from(traced(run, 'enc.1.self.out').data),
    );
  });

  it('shows each head’s own weights and Z_i, read on hover and in the tables', () => {
    const { container } = render(
      <RecapFigure matrices={matrices} parameters={parameters} selectedHead={0} />,
    );
    const z = traced(run, 'enc.1.self.z');
    const weights = traced(run, 'enc.1.self.weights');
    const cell = { width: layout.z.width / dk, height: layout.z.height / S };
    for (let head = 0; head < run.config.heads; head++) {
      const symbol = `Z${SUBSCRIPTS[head]}`;
      expect(tabledMatrix(container, symbol).values).toEqual(
        Float64Array.from(headOf(z, head).data),
      );
      const value = z.data[(head * S + 1) * dk + 2];
      expect(hoverText(container, symbol, 1, 2, cell)).toBe(
        `${symbol}[“${run.sourceTokens[1]}”, 2] = ${formatValue(value)}`,
      );
      const weight = weights.data[(head * S + 4) * S + 0];
      expect(hoverText(container, `A${SUBSCRIPTS[head]}`, 4, 0, cell)).toBe(
        `A${SUBSCRIPTS[head]}[“${run.sourceTokens[4]}”, “${run.sourceTokens[0]}”] = ${formatValue(weight)}`,
      );
    }
  });

  it('picks a head from its row', () => {
    const onSelectHead = vi.fn();
    render(
      <RecapFigure
        matrices={matrices}
        parameters={null}
        selectedHead={0}
        onSelectHead={onSelectHead}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'head 8' }));
    expect(onSelectHead).toHaveBeenCalledWith(7);
  });
});
