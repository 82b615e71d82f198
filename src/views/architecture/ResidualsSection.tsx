/** "The Residuals": Add & Norm around every sublayer, its real vectors, and the model as built. */
import { useState } from 'react';
import { ResidualVectorsFigure, type ResidualGroup } from '../vectors/ResidualVectorsFigure';
import type { BlockSpec } from './blocks';
import { EncoderResidualFigure } from './EncoderResidualFigure';
import { ModelAsBuiltFigure } from './ModelAsBuiltFigure';
import { TokenPicker } from './TokenPicker';
import { useModelConfig, useSelection, useShownRun } from './useShownRun';
import './architecture.css';
import { ExportableFigure, figureFileName } from '../../components/figure';
import { useText } from '../../i18n';

/** Which residual a block of the encoder diagram belongs to. */
function groupOf(spec: BlockSpec): ResidualGroup {
  return spec.part === 'ffn' || spec.part === 'addnorm2' ? 'feedForward' : 'attention';
}

export function ResidualsSection() {
  const run = useShownRun();
  const config = useModelConfig();
  const { selection, select } = useSelection();
  const [chosen, setChosen] = useState<BlockSpec | null>(null);
  const text = useText().architecture;
  const shared = useText().components;
  if (!run || !config) return <p className="arch-note">{shared.waiting}</p>;
  const layer = Math.min(selection.layer, config.encoderLayers - 1);
  const chosenKey = chosen ? `encoder.${layer}.${chosen.part}` : `encoder.${layer}.addnorm1`;
  return (
    <div>
      <p>{text.residualsIntro}</p>
      <ExportableFigure
        name={({ architecture: { file } }) =>
          figureFileName(file.sides.encoder, file.layer(layer + 1), file.residuals)
        }
      >
        <EncoderResidualFigure
          layer={layer}
          selectedKey={chosenKey}
          onSelectBlock={(spec) => setChosen(spec)}
        />
      </ExportableFigure>
      <p>{text.residualsVectors}</p>
      <TokenPicker
        tokens={run.sourceTokens}
        selected={selection.queryToken}
        onSelect={(queryToken) => select({ queryToken })}
        label={text.sourceToken}
      />
      <ExportableFigure
        name={({ architecture: { file } }) =>
          figureFileName(
            file.addAndNorm,
            file.layer(layer + 1),
            run.sourceTokens[selection.queryToken] ?? '',
          )
        }
        caption={text.addNormCaption(layer + 1, run.sourceTokens[selection.queryToken] ?? '')}
      >
        <ResidualVectorsFigure
          layer={layer}
          token={run.sourceTokens[selection.queryToken] ?? ''}
          position={selection.queryToken}
          tensor={run.tensor}
          emphasis={chosen ? groupOf(chosen) : null}
        />
      </ExportableFigure>
      <p>{text.wholeModel(config.encoderLayers, config.decoderLayers)}</p>
      <ExportableFigure
        name={({ architecture: { file } }) => figureFileName(file.modelAsBuilt)}
        caption={text.wholeModelCaption(config.encoderLayers, config.decoderLayers)}
      >
        <ModelAsBuiltFigure
          encoderLayers={config.encoderLayers}
          decoderLayers={config.decoderLayers}
          sourceTokens={run.sourceTokens}
          targetTokens={run.targetTokens}
          sourcePosition={selection.queryToken}
          decoderPosition={selection.step}
          tensor={run.tensor}
          onSelectLayer={(l) => select({ layer: l })}
        />
      </ExportableFigure>
    </div>
  );
}
