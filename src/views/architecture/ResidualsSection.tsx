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

/** Which residual a block of the encoder diagram belongs to. */
function groupOf(spec: BlockSpec): ResidualGroup {
  return spec.part === 'ffn' || spec.part === 'addnorm2' ? 'feedForward' : 'attention';
}

export function ResidualsSection() {
  const run = useShownRun();
  const config = useModelConfig();
  const { selection, select } = useSelection();
  const [chosen, setChosen] = useState<BlockSpec | null>(null);
  if (!run || !config) return <p className="arch-note">Waiting for the model’s first run…</p>;
  const layer = Math.min(selection.layer, config.encoderLayers - 1);
  const chosenKey = chosen ? `encoder.${layer}.${chosen.part}` : `encoder.${layer}.addnorm1`;
  return (
    <div>
      <p>
        One detail was left out so far. Each sublayer does not simply replace its input: its output
        is added to the input it received (a residual connection), and the sum is then normalised so
        that every vector has a steady scale. The diagram calls that step Add & Normalize.
      </p>
      <ExportableFigure name={figureFileName('encoder', `layer ${layer + 1}`, 'residuals')}>
        <EncoderResidualFigure
          layer={layer}
          selectedKey={chosenKey}
          onSelectBlock={(spec) => setChosen(spec)}
        />
      </ExportableFigure>
      <p>
        Here are the real vectors for one token. The sum x + z is computed number by number, so the
        residual keeps the token’s own vector present even when attention changes it a lot;
        LayerNorm then recentres and rescales it.
      </p>
      <TokenPicker
        tokens={run.sourceTokens}
        selected={selection.queryToken}
        onSelect={(queryToken) => select({ queryToken })}
        label="Source token"
      />
      <ExportableFigure
        name={figureFileName(
          'add-and-norm',
          `layer ${layer + 1}`,
          run.sourceTokens[selection.queryToken] ?? '',
        )}
        caption={`Add & Norm in encoder layer ${layer + 1} for “${run.sourceTokens[selection.queryToken] ?? ''}”: the vectors before and after each residual sum and LayerNorm.`}
      >
        <ResidualVectorsFigure
          layer={layer}
          token={run.sourceTokens[selection.queryToken] ?? ''}
          position={selection.queryToken}
          tensor={run.tensor}
          emphasis={chosen ? groupOf(chosen) : null}
        />
      </ExportableFigure>
      <p>
        The decoder wraps its three sublayers the same way. Put together, with{' '}
        {config.encoderLayers} encoder and {config.decoderLayers} decoder layers, a final Linear
        layer and a softmax, this is the whole model you are running. Every block below is a button:
        choose one to see the vector it reads and the one it produces.
      </p>
      <ExportableFigure
        name={figureFileName('model-as-built')}
        caption={`The whole model: ${config.encoderLayers} encoder and ${config.decoderLayers} decoder layers, each sublayer wrapped in Add & Norm, then Linear and softmax.`}
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
