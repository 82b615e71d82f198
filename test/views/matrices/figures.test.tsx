// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadTypesetter } from '../../../src/components/Formula';
import { headSize, tensor, type TraceName } from '../../../src/engine';
import { AttentionFormulaFigure } from '../../../src/views/matrices/AttentionFormulaFigure';
import { ConcatFigure } from '../../../src/views/matrices/ConcatFigure';
import { HeadOutputsFigure } from '../../../src/views/matrices/HeadOutputsFigure';
import { headOf, transpose } from '../../../src/views/matrices/headSlices';
import {
  INPUT_WIDTH,
  MatrixCalculationFigure,
  PRESENT_INPUT_WIDTH,
} from '../../../src/views/matrices/MatrixCalculationFigure';
import { InnerStepsContext, innerStepsHost } from '../../../src/app/presentation/innerSteps';
import { formatValue } from '../../../src/components';
import { captions, drawnMatrix, hoverText, tabledMatrix } from './dom';
import { largestDifference, matricesRun, multiplyAddBias, sublayer, traced } from './fixtures';

const run = matricesRun();
const dk = headSize(run.config);
const d = run.config.dModel;
const S = run.sourceTokens.length;
const T = run.targetTokens.length;

// jsdom has no canvas: big grids paint nothing here, their numbers are read through hover.
beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('MatrixCalculationFigure (X × W = Q, K, V)', () => {
  const head = 5;
  const { matrices, parameters } = sublayer(run, 'encoder-self', 1);

  it('draws X, Q, K and V of the chosen head with the trace’s numbers', () => {
    const { container } = render(
      <MatrixCalculationFigure matrices={matrices} parameters={parameters} head={head} />,
    );
    expect(tabledMatrix(container, 'X').values).toEqual(
      Float64Array.from(traced(run, 'enc.0.norm2').data),
    );
    const x = traced(run, 'enc.0.norm2');
    expect(hoverText(container, 'X', 2, 33, { width: 6, height: 14 })).toBe(
      `X[“${run.sourceTokens[2]}”, 33] = ${formatValue(x.data[2 * d + 33])}`,
    );
    for (const name of ['q', 'k', 'v'] as const) {
      const drawn = drawnMatrix(container, `${name.toUpperCase()}₆`);
      expect([drawn.rows, drawn.cols]).toEqual([S, dk]);
      expect(drawn.values).toEqual(
        Float64Array.from(headOf(traced(run, `enc.1.self.${name}`), head).data),
      );
    }
  });

  it('states every shape beside the paper’s', () => {
    const { container } = render(
      <MatrixCalculationFigure matrices={matrices} parameters={parameters} head={head} />,
    );
    // In reading order: X, then X × W + b = result for Q, K and V.
    expect(captions(container)).toEqual([
      `X: ${S} × ${d} (paper: n × 512)`,
      `W^Q₆: ${d} × ${dk} (paper: 512 × 64)`,
      `b^Q₆: 1 × ${dk} (paper: 1 × 64)`,
      `Q₆: ${S} × ${dk} (paper: n × 64)`,
      `W^K₆: ${d} × ${dk} (paper: 512 × 64)`,
      `b^K₆: 1 × ${dk} (paper: 1 × 64)`,
      `K₆: ${S} × ${dk} (paper: n × 64)`,
      `W^V₆: ${d} × ${dk} (paper: 512 × 64)`,
      `b^V₆: 1 × ${dk} (paper: 1 × 64)`,
      `V₆: ${S} × ${dk} (paper: n × 64)`,
    ]);
  });

  it('redoes a clicked cell of Q from the drawn X and W^Q and finds the engine’s value', () => {
    const { container } = render(
      <MatrixCalculationFigure matrices={matrices} parameters={parameters} head={head} />,
    );
    const q = drawnMatrix(container, 'Q₆');
    for (const [row, col] of [
      [0, 0],
      [3, 7],
      [S - 1, 4],
    ]) {
      const cell = container.querySelector(
        `.mx-part[data-symbol="Q₆"] g[data-row="${row}"][data-col="${col}"] rect`,
      );
      const area = container.querySelector('.mx-part[data-symbol="Q₆"] .cmp-grid-area');
      if (!cell || !area) throw new Error('no Q cell');
      const x = Number(cell.getAttribute('x')) + 1;
      const y = Number(cell.getAttribute('y')) + 1;
      fireEvent.click(area, { clientX: x, clientY: y });
      const readout = screen.getByTestId('product-readout');
      const recomputed = Number(
        readout.querySelector('[data-recomputed]')?.getAttribute('data-recomputed'),
      );
      const engine = Number(readout.querySelector('[data-value]')?.getAttribute('data-value'));
      expect(engine).toBe(q.values[row * dk + col]);
      expect(Math.abs(recomputed - engine)).toBeLessThan(1e-5);
    }
  });

  it('draws X narrower in a presentation, so that W, as high as X is wide, fits a screen', () => {
    const widthOfX = (container: HTMLElement) =>
      container.querySelector<HTMLElement>('.mx-left-cell .cmp-grid-area')?.style.width;
    const figure = (
      <MatrixCalculationFigure matrices={matrices} parameters={parameters} head={head} />
    );
    const onPage = render(figure).container;
    expect(widthOfX(onPage)).toBe(`${d * Math.floor(INPUT_WIDTH / d)}px`);
    cleanup();
    const presented = render(
      <InnerStepsContext.Provider value={innerStepsHost()}>{figure}</InnerStepsContext.Provider>,
    ).container;
    expect(widthOfX(presented)).toBe(`${d * Math.floor(PRESENT_INPUT_WIDTH / d)}px`);
    expect(PRESENT_INPUT_WIDTH).toBeLessThan(INPUT_WIDTH);
  });

  it('draws the weights as boxes of their true size when the page has no weights', () => {
    const { container } = render(
      <MatrixCalculationFigure matrices={matrices} parameters={null} head={head} />,
    );
    const missing = container.querySelectorAll('.mx-missing');
    expect(Array.from(missing, (box) => box.getAttribute('data-symbol'))).toEqual([
      'W^Q₆',
      'b^Q₆',
      'W^K₆',
      'b^K₆',
      'W^V₆',
      'b^V₆',
    ]);
    expect(
      screen.getByRole('img', { name: /W\^Q₆: 64 × 8; its numbers are not loaded/ }),
    ).toBeTruthy();
    expect(drawnMatrix(container, 'Q₆').values).toEqual(
      Float64Array.from(headOf(traced(run, 'enc.1.self.q'), head).data),
    );
  });

  it('takes the queries from the decoder and the keys from the encoder in encoder-decoder attention', () => {
    const cross = sublayer(run, 'decoder-cross', 0);
    const { container } = render(
      <MatrixCalculationFigure matrices={cross.matrices} parameters={cross.parameters} head={0} />,
    );
    expect(tabledMatrix(container, 'X').values).toEqual(
      Float64Array.from(traced(run, 'dec.0.norm1').data),
    );
    expect(tabledMatrix(container, 'M').values).toEqual(
      Float64Array.from(traced(run, `enc.${run.config.encoderLayers - 1}.norm2`).data),
    );
    expect(drawnMatrix(container, 'Q₁').rows).toBe(T);
    expect(drawnMatrix(container, 'K₁').values).toEqual(
      Float64Array.from(headOf(traced(run, 'dec.0.cross.k'), 0).data),
    );
    expect(captions(container)).toContain(`Q₁: ${T} × ${dk} (paper: m × 64)`);
  });
});

describe('AttentionFormulaFigure (softmax(QKᵀ/√d_k)V = Z)', () => {
  beforeAll(() => loadTypesetter());

  it('draws Q, Kᵀ, the scaled scores, the weights, V and Z of the trace', () => {
    const { matrices } = sublayer(run, 'encoder-self', 0);
    const { container } = render(<AttentionFormulaFigure matrices={matrices} head={2} />);
    const expected = (name: TraceName) => Float64Array.from(headOf(traced(run, name), 2).data);
    expect(drawnMatrix(container, 'Q₃').values).toEqual(expected('enc.0.self.q'));
    expect(drawnMatrix(container, 'K₃ᵀ').values).toEqual(
      Float64Array.from(transpose(headOf(traced(run, 'enc.0.self.k'), 2)).data),
    );
    expect(drawnMatrix(container, 'S₃').values).toEqual(expected('enc.0.self.scaled'));
    expect(drawnMatrix(container, 'A₃').values).toEqual(expected('enc.0.self.weights'));
    expect(drawnMatrix(container, 'V₃').values).toEqual(expected('enc.0.self.v'));
    expect(drawnMatrix(container, 'Z₃').values).toEqual(expected('enc.0.self.z'));
    expect(container.querySelector('.katex')?.textContent).toContain('softmax');
  });

  it('hatches the future in the decoder’s masked self-attention and gives it weight 0', () => {
    const { matrices } = sublayer(run, 'decoder-self', 1);
    const { container } = render(<AttentionFormulaFigure matrices={matrices} head={1} />);
    const scaled = drawnMatrix(container, 'S₂');
    const weights = drawnMatrix(container, 'A₂');
    for (let row = 0; row < T; row++) {
      for (let col = row + 1; col < T; col++) {
        expect(scaled.values[row * T + col]).toBe(-Infinity);
        expect(weights.values[row * T + col]).toBe(0);
      }
    }
    expect(screen.getByText(/set to −∞ \(hatched\)/)).toBeTruthy();
  });
});

describe('HeadOutputsFigure (Z₁ … Z_h)', () => {
  it('draws one panel per head, each with that head’s Z from the trace', () => {
    const { matrices } = sublayer(run, 'encoder-self', 1);
    const onSelectHead = vi.fn();
    const { container } = render(
      <HeadOutputsFigure matrices={matrices} selectedHead={0} onSelectHead={onSelectHead} />,
    );
    const z = traced(run, 'enc.1.self.z');
    expect(container.querySelectorAll('.mx-panel-box')).toHaveLength(run.config.heads);
    for (let head = 0; head < run.config.heads; head++) {
      const symbol = `Z${'₁₂₃₄₅₆₇₈'[head]}`;
      expect(tabledMatrix(container, symbol).values).toEqual(
        Float64Array.from(headOf(z, head).data),
      );
      const value = z.data[(head * S + 3) * dk + 5];
      // Cells of 10 px: the widest at which all 8 panels fit one row of 920 px.
      expect(hoverText(container, symbol, 3, 5, { width: 10, height: 10 })).toBe(
        `${symbol}[“${run.sourceTokens[3]}”, 5] = ${formatValue(value)}`,
      );
    }
    fireEvent.click(screen.getByRole('button', { name: /^head 7:/ }));
    expect(onSelectHead).toHaveBeenCalledWith(6);
    expect(screen.getByText(/the paper has/).textContent).toContain('8');
  });
});

describe('ConcatFigure (Concat(Z₁ … Z_h) × W^O = Z)', () => {
  const { matrices, parameters } = sublayer(run, 'encoder-self', 1);

  it('puts head i’s drawn Z_i in columns i·d_k … of the drawn concatenation', () => {
    const outputs = render(<HeadOutputsFigure matrices={matrices} selectedHead={0} />);
    const drawnZ = Array.from({ length: run.config.heads }, (_, head) =>
      tabledMatrix(outputs.container, `Z${'₁₂₃₄₅₆₇₈'[head]}`),
    );
    const { container } = render(<ConcatFigure matrices={matrices} parameters={parameters} />);
    const concat = tabledMatrix(container, 'Concat');
    expect([concat.rows, concat.cols]).toEqual([S, d]);
    for (let head = 0; head < run.config.heads; head++) {
      for (let row = 0; row < S; row++) {
        const columns = concat.values.slice(row * d + head * dk, row * d + (head + 1) * dk);
        expect(columns).toEqual(drawnZ[head].values.slice(row * dk, (row + 1) * dk));
      }
    }
    expect(container.querySelectorAll('.mx-head-strip span')).toHaveLength(run.config.heads);
  });

  it('draws Z equal to the drawn concatenation × W^O + b^O, redone cell by cell', () => {
    const { container } = render(<ConcatFigure matrices={matrices} parameters={parameters} />);
    const z = tabledMatrix(container, 'Z');
    expect(z.values).toEqual(Float64Array.from(traced(run, 'enc.1.self.out').data));
    const shown = (symbol: string) => {
      const m = tabledMatrix(container, symbol);
      return tensor([m.rows, m.cols], Float32Array.from(m.values));
    };
    const product = multiplyAddBias(shown('Concat'), shown('W^O'), shown('b^O'));
    expect(largestDifference(product, z.values)).toBeLessThan(1e-5);
    const area = container.querySelector('.mx-part[data-symbol="Z"] .cmp-grid-area');
    if (!area) throw new Error('no Z grid');
    // The concatenation is drawn 192 px wide: 64 columns of 3 px.
    const pitch = 3;
    let largest = 0;
    for (const [row, col] of [
      [0, 0],
      [2, 17],
      [S - 1, d - 1],
      [4, 40],
    ]) {
      fireEvent.click(area, { clientX: (col + 0.5) * pitch, clientY: (row + 0.5) * 14 });
      const readout = screen.getByTestId('product-readout');
      const recomputed = Number(
        readout.querySelector('[data-recomputed]')?.getAttribute('data-recomputed'),
      );
      largest = Math.max(largest, Math.abs(recomputed - z.values[row * d + col]));
      expect(readout.textContent).toContain(`column ${col} of W^O`);
    }
    expect(largest).toBeLessThan(1e-5);
  });

  it('gives W^O as out_proj.weight transposed: hover reads W^O[r, c] = weight[c, r]', () => {
    const { container } = render(<ConcatFigure matrices={matrices} parameters={parameters} />);
    const weight = run.params.get('encoder.layers.1.self_attn.out_proj.weight');
    if (!weight) throw new Error('no out_proj');
    for (const [row, col] of [
      [0, 1],
      [9, 63],
      [40, 3],
    ]) {
      expect(hoverText(container, 'W^O', row, col, { width: 3, height: 3 })).toBe(
        `W^O[${row}, ${col}] = ${formatValue(weight.data[col * d + row])}`,
      );
    }
    const table = tabledMatrix(container, 'W^O');
    const transposed = transpose(weight);
    expect(largestDifference(table.values, transposed.data)).toBe(0);
  });
});
