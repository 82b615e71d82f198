/** "Now We're Encoding!": the flow x → self-attention → z → feed forward → r, for any layer. */
import { useModelConfig, useSelection, useShownRun } from '../architecture/useShownRun';
import { EncoderFlowFigure } from './EncoderFlowFigure';
import './vectors.css';
import { ExportableFigure, figureFileName } from '../../components/figure';

export function EncodingSection() {
  const run = useShownRun();
  const config = useModelConfig();
  const { selection, select } = useSelection();
  if (!run || !config) return <p className="vec-note">Waiting for the model’s first run…</p>;
  const layer = Math.min(selection.layer, config.encoderLayers - 1);
  return (
    <div>
      <p>
        An encoder layer takes a list of vectors, passes them through self-attention, then through
        the feed-forward network, and sends the result up to the next layer. Choose a layer: the
        bottom one starts from the embeddings, and the output r of the top one is what the decoder
        consults.
      </p>
      <ExportableFigure
        name={figureFileName('encoder', `layer ${layer + 1}`, 'flow')}
        caption={`Encoder layer ${layer + 1}, position by position: each x goes through self-attention to z, then through the same feed-forward network to r.`}
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
        {layer + 1 < config.encoderLayers
          ? `The r vectors of layer ${layer + 1} are the x vectors of layer ${layer + 2}.`
          : `This is the top encoder: its r vectors go to every decoder layer’s encoder-decoder attention.`}
      </p>
    </div>
  );
}
