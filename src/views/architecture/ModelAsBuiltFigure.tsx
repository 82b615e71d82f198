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
import type { BlockSpec } from './blocks';
import { BlocksDiagram } from './BlocksDiagram';
import { modelDiagram } from './layout';
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

export function ModelAsBuiltFigure(props: ModelAsBuiltFigureProps) {
  const diagram = modelDiagram(props.encoderLayers, props.decoderLayers);
  const [selected, setSelected] = useState<BlockSpec>(diagram.blocks[1].spec);
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
          ariaLabel={`The whole model: ${props.encoderLayers} encoder layers and ${props.decoderLayers} decoder layers, each sublayer followed by Add & Normalize, then Linear and Softmax. Each block is a button.`}
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
  const where = spec.layer === null ? '' : `, ${spec.side} layer ${spec.layer + 1}`;
  return (
    <div className="arch-detail" data-testid="model-block-detail" aria-live="polite">
      <strong>
        {spec.title}
        {where}
      </strong>{' '}
      for “{token}” ({onSource ? 'source' : 'decoder'} position {position + 1})
      <div className="arch-readout" style={{ marginTop: '0.35rem' }}>
        <span>
          in <span className="arch-readout-name">{spec.input}</span>
        </span>
        {input ? <VectorCells values={input} name="in" scale={inputScale} /> : <Missing />}
        {spec.residual && (
          <>
            <span>
              sublayer output{' '}
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
          out <span className="arch-readout-name">{spec.output}</span>
        </span>
        {output ? <VectorCells values={output} name="out" scale={outputScale} /> : <Missing />}
      </div>
      <p className="arch-note">{explain(spec, output, props.targetTokens[position + 1])}</p>
      <ColorLegend
        scale={outputScale}
        caption={isProbabilities ? 'probability of each word' : 'value of each number'}
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
  return values ? <VectorCells values={values} name="sublayer" scale={scale} /> : <Missing />;
}

function Missing() {
  return <span className="arch-note">not computed yet</span>;
}

function explain(
  spec: BlockSpec,
  output: Float32Array | null,
  nextWord: string | undefined,
): string {
  const width = output?.length ?? 0;
  switch (spec.part) {
    case 'embed':
      return `The token’s embedding plus its position’s encoding: ${width} numbers.`;
    case 'linear':
      return `One score for each of the ${width} words of the output vocabulary. The highest becomes the next word${nextWord ? `, here “${nextWord}”` : ''}.`;
    case 'softmax':
      return `The scores turned into probabilities that add up to 1 over all ${width} words${nextWord ? `; the decoder chose “${nextWord}”` : ''}.`;
    case 'addnorm1':
    case 'addnorm2':
    case 'addnorm3':
      return 'The sublayer’s output is added to the vector that entered the sublayer (the residual), then normalised.';
    default:
      return `${width} numbers in, ${width} numbers out: every sublayer keeps the width d_model.`;
  }
}
