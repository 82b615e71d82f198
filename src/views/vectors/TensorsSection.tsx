/** "Bringing The Tensors Into The Picture": tokens become vectors, which flow through a layer. */
import { useModelConfig, useSelection, useShownRun } from '../architecture/useShownRun';
import { EmbeddingFigure } from './EmbeddingFigure';
import { EncoderFlowFigure } from './EncoderFlowFigure';
import './vectors.css';
import { ExportableFigure, figureFileName } from '../../components/figure';
import { useText } from '../../i18n';

export function TensorsSection() {
  const run = useShownRun();
  const config = useModelConfig();
  const { selection, select } = useSelection();
  const text = useText().vectors;
  const shared = useText().components;
  const embed = run?.tensor('src.embed');
  if (!run || !config || !embed) return <p className="vec-note">{shared.waiting}</p>;
  return (
    <div>
      <p>{text.tensorsIntro(config.dModel)}</p>
      <ExportableFigure
        name={({ vectors: { file } }) =>
          figureFileName(file.embeddings, file.tokens(run.sourceTokens.length))
        }
      >
        <EmbeddingFigure
          tokens={run.sourceTokens}
          embed={embed}
          selected={selection.queryToken}
          onSelect={(queryToken) => select({ queryToken })}
        />
      </ExportableFigure>
      <p>{text.onlyBottom}</p>
      <p>{text.ownPath}</p>
      <ExportableFigure
        name={({ vectors: { file } }) => figureFileName(file.encoder, file.layer(1), file.flow)}
        caption={text.encodingCaption(1)}
      >
        <EncoderFlowFigure
          tokens={run.sourceTokens}
          layer={0}
          layers={config.encoderLayers}
          tensor={run.tensor}
          selected={selection.queryToken}
          onSelectToken={(queryToken) => select({ queryToken })}
        />
      </ExportableFigure>
    </div>
  );
}
