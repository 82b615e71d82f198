// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { row } from '../../../src/engine/tensor';
import { resetStore, useStore } from '../../../src/store';
import { BlackBoxFigure } from '../../../src/views/architecture/BlackBoxFigure';
import { HighLevelSection } from '../../../src/views/architecture/HighLevelSection';
import { LayerInsideFigure } from '../../../src/views/architecture/LayerInsideFigure';
import { ModelAsBuiltFigure } from '../../../src/views/architecture/ModelAsBuiltFigure';
import { InnerStepsContext, innerStepsHost } from '../../../src/app/presentation/innerSteps';
import { CONFIG, displayedValues, makeRun, MODEL_INFO, storeRun } from '../runFixture';

afterEach(cleanup);

const run = makeRun();

describe('BlackBoxFigure', () => {
  it('shows the sentence and its translation, and opens into the real layer counts', () => {
    const onSelectLayer = vi.fn();
    render(
      <BlackBoxFigure
        sentence="thinking machines"
        translation="machines pensantes"
        encoderLayers={3}
        decoderLayers={2}
        selectedLayer={0}
        onSelectLayer={onSelectLayer}
      />,
    );
    expect(screen.getByTestId('arch-source').textContent).toBe('thinking machines');
    expect(screen.getByTestId('arch-translation').textContent).toBe('machines pensantes');
    expect(screen.queryByRole('button', { name: /Encoder 1/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'THE TRANSFORMER' }));
    expect(screen.getAllByRole('button', { name: /^Encoder \d of 3/ })).toHaveLength(3);
    expect(screen.getAllByRole('button', { name: /^Decoder \d of 2/ })).toHaveLength(2);
    expect(screen.getByText(/the paper stacks 6 of each/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /^Encoder 3/ }));
    expect(onSelectLayer).toHaveBeenLastCalledWith('encoder', 2);
    fireEvent.keyDown(screen.getByRole('button', { name: /^Decoder 2/ }), { key: 'Enter' });
    expect(onSelectLayer).toHaveBeenLastCalledWith('decoder', 1);
  });
});

describe('LayerInsideFigure', () => {
  it('shows the real vector entering and leaving the sublayer under the pointer', () => {
    render(
      <LayerInsideFigure
        side="encoder"
        layer={1}
        tokens={run.sourceTokens}
        position={2}
        onSelectPosition={() => undefined}
        tensor={run.tensor}
      />,
    );
    const readout = screen.getByTestId('inside-encoder-readout');
    const [inCells, outCells] = readout.querySelectorAll('.cmp-vector-cells');
    expect(displayedValues(inCells)).toEqual([...row(run.get('enc.0.norm2'), 2)]);
    expect(displayedValues(outCells)).toEqual([...row(run.get('enc.1.self.out'), 2)]);

    fireEvent.mouseEnter(screen.getByRole('button', { name: 'Feed forward' }));
    const [ffnIn, ffnOut] = readout.querySelectorAll('.cmp-vector-cells');
    expect(displayedValues(ffnIn)).toEqual([...row(run.get('enc.1.norm1'), 2)]);
    expect(displayedValues(ffnOut)).toEqual([...row(run.get('enc.1.ffn.out'), 2)]);
    expect(readout.textContent).toContain('enc.1.ffn.out');
  });

  it('gives the decoder three sublayers, encoder-decoder attention reading the decoder side', () => {
    const onSelectPosition = vi.fn();
    render(
      <LayerInsideFigure
        side="decoder"
        layer={0}
        tokens={run.targetTokens}
        position={1}
        onSelectPosition={onSelectPosition}
        tensor={run.tensor}
      />,
    );
    const group = screen.getByRole('group', { name: 'Decoder layer 1 sublayers' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Masked self-attention', 'Encoder-decoder attention', 'Feed forward']);
    fireEvent.focus(screen.getByRole('button', { name: 'Encoder-decoder attention' }));
    const [inCells, outCells] = screen
      .getByTestId('inside-decoder-readout')
      .querySelectorAll('.cmp-vector-cells');
    expect(displayedValues(inCells)).toEqual([...row(run.get('dec.0.norm1'), 1)]);
    expect(displayedValues(outCells)).toEqual([...row(run.get('dec.0.cross.out'), 1)]);
    fireEvent.click(
      screen.getByRole('button', { name: `Decoder input token 3: ${run.targetTokens[2]}` }),
    );
    expect(onSelectPosition).toHaveBeenCalledWith(2);
  });
});

describe('ModelAsBuiltFigure', () => {
  const modelFigure = (onSelectLayer = vi.fn()) => (
    <ModelAsBuiltFigure
      encoderLayers={CONFIG.encoderLayers}
      decoderLayers={CONFIG.decoderLayers}
      sourceTokens={run.sourceTokens}
      targetTokens={run.targetTokens}
      sourcePosition={1}
      decoderPosition={3}
      tensor={run.tensor}
      onSelectLayer={onSelectLayer}
    />
  );
  const renderModel = (onSelectLayer = vi.fn()) => render(modelFigure(onSelectLayer));

  it('makes every block a button, and a chosen block shows its real vectors and moves the layer', () => {
    const onSelectLayer = vi.fn();
    const { container } = renderModel(onSelectLayer);
    const blocks = container.querySelectorAll('[data-block]');
    expect(blocks).toHaveLength(1 + 2 * 4 + 1 + 2 * 6 + 2);
    blocks.forEach((block) => expect(block.getAttribute('role')).toBe('button'));

    fireEvent.click(
      screen.getByRole('button', { name: 'Encoder-decoder attention, decoder layer 2' }),
    );
    expect(onSelectLayer).toHaveBeenCalledWith(1);
    const detail = screen.getByTestId('model-block-detail');
    const [inCells, outCells] = detail.querySelectorAll('.cmp-vector-cells');
    expect(displayedValues(inCells)).toEqual([...row(run.get('dec.1.norm1'), 3)]);
    expect(displayedValues(outCells)).toEqual([...row(run.get('dec.1.cross.out'), 3)]);
  });

  it('shows an Add & Norm block’s input, sublayer output and normalised sum', () => {
    renderModel();
    fireEvent.keyDown(
      screen.getByRole('button', { name: 'Add & Normalize after self-attention, encoder layer 1' }),
      {
        key: 'Enter',
      },
    );
    const cells = screen.getByTestId('model-block-detail').querySelectorAll('.cmp-vector-cells');
    expect(cells).toHaveLength(3);
    expect(displayedValues(cells[0])).toEqual([...row(run.get('src.input'), 1)]);
    expect(displayedValues(cells[1])).toEqual([...row(run.get('enc.0.self.out'), 1)]);
    expect(displayedValues(cells[2])).toEqual([...row(run.get('enc.0.norm1'), 1)]);
  });

  it('sets its blocks closer in a presentation, every block still there', () => {
    const heightOf = (container: HTMLElement) =>
      Number(container.querySelector('svg')?.getAttribute('viewBox')?.split(' ')[3]);
    const page = renderModel().container;
    const onPage = { height: heightOf(page), blocks: page.querySelectorAll('[data-block]').length };
    cleanup();
    const presented = render(
      <InnerStepsContext.Provider value={innerStepsHost()}>
        {modelFigure()}
      </InnerStepsContext.Provider>,
    ).container;
    expect(presented.querySelectorAll('[data-block]')).toHaveLength(onPage.blocks);
    expect(heightOf(presented)).toBeLessThan(onPage.height * 0.8);
  });

  it('ends with the probabilities over the whole output vocabulary', () => {
    renderModel();
    fireEvent.click(screen.getByRole('button', { name: 'Softmax, output' }));
    const cells = screen.getByTestId('model-block-detail').querySelectorAll('.cmp-vector-cells');
    const probs = displayedValues(cells[1]);
    expect(probs).toEqual([...row(run.get('out.probs'), 3)]);
    expect(probs).toHaveLength(CONFIG.tgtVocabSize);
  });
});

describe('HighLevelSection', () => {
  beforeEach(() => {
    resetStore();
    useStore.setState({ modelInfo: MODEL_INFO, lastGood: storeRun(run) });
  });

  it('moves the shared layer selection when a layer of the opened box is clicked', () => {
    render(<HighLevelSection />);
    fireEvent.click(screen.getByRole('button', { name: 'THE TRANSFORMER' }));
    fireEvent.click(screen.getByRole('button', { name: /^Decoder 2/ }));
    expect(useStore.getState().selection.layer).toBe(1);
    expect(screen.getByRole('heading', { name: 'Inside encoder layer 2' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Inside decoder layer 2' })).toBeTruthy();
  });

  it('follows the selected token in the encoder readout', () => {
    render(<HighLevelSection />);
    act(() => useStore.getState().select({ queryToken: 3 }));
    const [inCells] = screen
      .getByTestId('inside-encoder-readout')
      .querySelectorAll('.cmp-vector-cells');
    expect(displayedValues(inCells)).toEqual([...row(run.get('src.input'), 3)]);
  });
});
