/**
 * Figure 28: the whole model as built, every block clickable. The chosen block's real input and
 * output vectors for the chosen token appear beside it; choosing a block inside a layer also
 * moves the shared layer selection.
 */
import { useState } from 'react';
import type { Tensor } from '../../engine';
import {
  ColorLegend,
  divergingScale,
  maxAbsOf,
  sequentialScale,
  VectorCells,
} from '../../components';
import { useText, type Catalogue } from '../../i18n';
import { blockTitle, type BlockSpec } from './blocks';
import { BlocksDiagram } from './BlocksDiagram';
import { modelDiagram, type DiagramOptions } from './layout';
import { useInPresentation } from '../../app/presentation/innerSteps';
import { sharedMaxAbs, tokenVector } from './vectorRows';
import './architecture.css';

export interface ModelAsBuiltFigureProps {
  encoderLayers: number;
  decoderLayers: number;
  sourceTokens: readonly string[];
  targetTokens: readonly string[];
  sourcePosition: number;
  decoderPosition: number;
  tensor(name: string): Tensor | undefined;
  onSelectLayer(layer: number): void;
}

/**
 * Blocks set closer in a presentation, where the diagram is zoomed for the back of the room and
 * its stacked layers must still fit the screen's height, the chosen block's vectors beside it.
 */
const PRESENT_SPACING: DiagramOptions = {
  blockWidth: 190,
  blockHeight: 17,
  gap: 5,
  framePadding: 6,
  columnGap: 50,
};

export function ModelAsBuiltFigure(props: ModelAsBuiltFigureProps) {
  const spacing = useInPresentation() ? PRESENT_SPACING : {};
  const diagram = modelDiagram(props.encoderLayers, props.decoderLayers, spacing);
  const [selected, setSelected] = useState<BlockSpec>(diagram.blocks[1].spec);
  const text = useText().architecture;
  const choose = (spec: BlockSpec) => {
    setSelected(spec);
    if (spec.layer !== null) props.onSelectLayer(spec.layer);
  };
  return (
    <figure className="arch-figure" style={{ marginLeft: 0, marginRight: 0 }}>
      <div style={{ overflowX: 'auto' }}>
        <BlocksDiagram
          diagram={diagram}
          selectedKey={selected.key}
          onSelectBlock={choose}
          ariaLabel={text.modelLabel(props.encoderLayers, props.decoderLayers)}
        />
      </div>
      <BlockDetail {...props} spec={selected} />
    </figure>
  );
}

function BlockDetail(props: ModelAsBuiltFigureProps & { spec: BlockSpec }) {
  const { spec } = props;
  const onSource = spec.side === 'encoder';
  const position = onSource ? props.sourcePosition : props.decoderPosition;
  const token = onSource ? props.sourceTokens[position] : props.targetTokens[position];
  const input = tokenVector(props.tensor(spec.input), position);
  const output = tokenVector(props.tensor(spec.output), position);
  const isProbabilities = spec.part === 'softmax';
  const isScores = spec.part === 'linear';
  const inputScale = divergingScale(
    isProbabilities ? maxAbsOf(input ?? []) : sharedMaxAbs([input, output]),
  );
  const outputScale = isProbabilities
    ? sequentialScale(maxAbsOf(output ?? []))
    : isScores
      ? divergingScale(maxAbsOf(output ?? []))
      : inputScale;
  const text = useText().architecture;
  const shared = useText().components;
  const where =
    spec.layer === null || spec.side === 'output'
      ? ''
      : `, ${text.blockWhere(text.sides[spec.side], spec.layer + 1)}`;
  return (
    <div className="arch-detail" data-testid="model-block-detail" aria-live="polite">
      <strong>
        {blockTitle(spec, text)}
        {where}
      </strong>
      {text.blockFor(token, onSource, position + 1)}
      <div className="arch-readout" style={{ marginTop: '0.35rem' }}>
        <span>
          {text.in} <span className="arch-readout-name">{spec.input}</span>
        </span>
        {input ? <VectorCells values={input} name={text.in} scale={inputScale} /> : <Missing />}
        {spec.residual && (
          <>
            <span>
              {text.sublayerOutput}{' '}
              <span className="arch-readout-name">{spec.residual.sublayerOutput}</span>
            </span>
            <ResidualRow
              tensor={props.tensor(spec.residual.sublayerOutput)}
              position={position}
              scale={inputScale}
            />
          </>
        )}
        <span>
          {text.out} <span className="arch-readout-name">{spec.output}</span>
        </span>
        {output ? <VectorCells values={output} name={text.out} scale={outputScale} /> : <Missing />}
      </div>
      <p className="arch-note">{explain(spec, output, props.targetTokens[position + 1], text)}</p>
      <ColorLegend
        scale={outputScale}
        caption={isProbabilities ? text.probabilityLegend : shared.valueLegend}
      />
    </div>
  );
}

function ResidualRow({
  tensor,
  position,
  scale,
}: {
  tensor: Tensor | undefined;
  position: number;
  scale: ReturnType<typeof divergingScale>;
}) {
  const values = tokenVector(tensor, position);
  const text = useText().architecture;
  return values ? (
    <VectorCells values={values} name={text.sublayerOutput} scale={scale} />
  ) : (
    <Missing />
  );
}

function Missing() {
  const text = useText().components;
  return <span className="arch-note">{text.notComputedYet}</span>;
}

function explain(
  spec: BlockSpec,
  output: Float32Array | null,
  nextWord: string | undefined,
  text: Catalogue['architecture'],
): string {
  const width = output?.length ?? 0;
  switch (spec.part) {
    case 'embed':
      return text.explainEmbed(width);
    case 'linear':
      return text.explainLinear(width, nextWord);
    case 'softmax':
      return text.explainSoftmax(width, nextWord);
    case 'addnorm1':
    case 'addnorm2':
    case 'addnorm3':
      return text.explainAddNorm;
    default:
      return text.explainSublayer(width);
  }
}
