// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { formatValue } from '../../../src/components';
import { row } from '../../../src/engine/tensor';
import { resetStore, useStore } from '../../../src/store';
import { EmbeddingFigure } from '../../../src/views/vectors/EmbeddingFigure';
import { EncoderFlowFigure } from '../../../src/views/vectors/EncoderFlowFigure';
import { EncodingSection } from '../../../src/views/vectors/EncodingSection';
import { ResidualVectorsFigure } from '../../../src/views/vectors/ResidualVectorsFigure';
import { CONFIG, displayedValues, makeRun, MODEL_INFO, storeRun } from '../runFixture';

afterEach(cleanup);

const run = makeRun();

describe('EmbeddingFigure', () => {
  it('draws each token’s src.embed row and shows the hovered cell’s value', () => {
    const embed = run.get('src.embed');
    const { container } = render(
      <EmbeddingFigure
        tokens={run.sourceTokens}
        embed={embed}
        selected={0}
        onSelect={() => undefined}
      />,
    );
    const strips = container.querySelectorAll('.cmp-vector-cells');
    expect(strips).toHaveLength(run.sourceTokens.length);
    strips.forEach((strip, position) =>
      expect(displayedValues(strip)).toEqual([...row(embed, position)]),
    );

    const cell = strips[1].querySelectorAll('.cmp-vector-cell')[10];
    fireEvent.mouseEnter(cell);
    expect(screen.getByRole('status').textContent).toBe(
      `machines[10] = ${formatValue(embed.data[CONFIG.dModel + 10])}`,
    );
    expect(screen.getByText(/d_model = 64 numbers \(the paper uses 512\)/)).toBeTruthy();
  });

  it('writes out the selected word’s first numbers in a close-up table', () => {
    const embed = run.get('src.embed');
    render(
      <EmbeddingFigure
        tokens={run.sourceTokens}
        embed={embed}
        selected={1}
        onSelect={() => undefined}
      />,
    );
    const table = screen.getByRole('table', { name: /close-up of the embedding of “machines”/i });
    const cells = [...table.querySelectorAll('tbody td')];
    expect(cells.map((cell) => cell.textContent)).toEqual(
      Array.from({ length: 8 }, (_, i) => formatValue(embed.data[CONFIG.dModel + i])),
    );
  });
});

describe('EncoderFlowFigure', () => {
  it('shows x, z and r of every position and one feed-forward block per position', () => {
    const { container } = render(
      <EncoderFlowFigure
        tokens={run.sourceTokens}
        layer={1}
        layers={CONFIG.encoderLayers}
        tensor={run.tensor}
        selected={0}
        onSelectToken={() => undefined}
      />,
    );
    const positions = run.sourceTokens.length;
    for (let p = 0; p < positions; p++) {
      expect(displayedValues(screen.getByTestId(`flow-x-${p}`))).toEqual([
        ...row(run.get('enc.0.norm2'), p),
      ]);
      expect(displayedValues(screen.getByTestId(`flow-z-${p}`))).toEqual([
        ...row(run.get('enc.1.self.out'), p),
      ]);
      expect(displayedValues(screen.getByTestId(`flow-r-${p}`))).toEqual([
        ...row(run.get('enc.1.norm2'), p),
      ]);
    }
    expect(container.querySelectorAll('.vec-ffn')).toHaveLength(positions);
    expect(screen.getAllByText(/^Self-attention/)).toHaveLength(1);
  });
});

describe('ResidualVectorsFigure', () => {
  it('shows x + z equal to the displayed x plus the displayed z, number by number', () => {
    render(
      <ResidualVectorsFigure
        layer={0}
        token="are"
        position={2}
        tensor={run.tensor}
        emphasis={null}
      />,
    );
    const strips = screen.getByTestId('residual-attention').querySelectorAll('.cmp-vector-cells');
    const [x, z, sum, norm] = [...strips].map(displayedValues);
    expect(x).toEqual([...row(run.get('src.input'), 2)]);
    expect(z).toEqual([...row(run.get('enc.0.self.out'), 2)]);
    expect(sum).toEqual(x.map((value, i) => Math.fround(value + z[i])));
    expect(norm).toEqual([...row(run.get('enc.0.norm1'), 2)]);
  });

  it('does the same around the feed-forward network, from LayerNorm(x + z)', () => {
    render(
      <ResidualVectorsFigure
        layer={1}
        token="are"
        position={2}
        tensor={run.tensor}
        emphasis="feedForward"
      />,
    );
    const group = screen.getByTestId('residual-feedForward');
    expect(group.className).toContain('vec-emphasis');
    const [y, ffn, sum] = [...group.querySelectorAll('.cmp-vector-cells')].map(displayedValues);
    expect(y).toEqual([...row(run.get('enc.1.norm1'), 2)]);
    expect(ffn).toEqual([...row(run.get('enc.1.ffn.out'), 2)]);
    expect(sum).toEqual(y.map((value, i) => Math.fround(value + ffn[i])));
  });
});

describe('EncodingSection', () => {
  beforeEach(() => {
    resetStore();
    useStore.setState({ modelInfo: MODEL_INFO, lastGood: storeRun(run) });
  });

  it('moves the shared layer selection with its layer buttons', () => {
    render(<EncodingSection />);
    fireEvent.click(screen.getByRole('button', { name: '2' }));
    expect(useStore.getState().selection.layer).toBe(1);
    expect(displayedValues(screen.getByTestId('flow-x-0'))).toEqual([
      ...row(run.get('enc.0.norm2'), 0),
    ]);
    expect(screen.getByText(/This is the top encoder/)).toBeTruthy();
  });
});
