/** "Now We're Encoding!": the flow x → self-attention → z → feed forward → r, for any layer. */
import { useModelConfig, useSelection, useShownRun } from '../architecture/useShownRun';
import { EncoderFlowFigure } from './EncoderFlowFigure';
import './vectors.css';
import { ExportableFigure, figureFileName } from '../../components/figure';
import { useText } from '../../i18n';

export function EncodingSection() {
  const run = useShownRun();
  const config = useModelConfig();
  const { selection, select } = useSelection();
  const text = useText().vectors;
  const shared = useText().components;
  if (!run || !config) return <p className="vec-note">{shared.waiting}</p>;
  const layer = Math.min(selection.layer, config.encoderLayers - 1);
  return (
    <div>
      <p>{text.encodingIntro}</p>
      <ExportableFigure
        name={({ vectors: { file } }) =>
          figureFileName(file.encoder, file.layer(layer + 1), file.flow)
        }
        caption={text.encodingCaption(layer + 1)}
      >
        <EncoderFlowFigure
          tokens={run.sourceTokens}
          layer={layer}
          layers={config.encoderLayers}
          tensor={run.tensor}
          selected={selection.queryToken}
          onSelectToken={(queryToken) => select({ queryToken })}
          onSelectLayer={(l) => select({ layer: l })}
        />
      </ExportableFigure>
      <p className="vec-note">
        {layer + 1 < config.encoderLayers ? text.encodingNext(layer + 1) : text.encodingTop}
      </p>
    </div>
  );
}
