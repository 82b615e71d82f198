/** "Bringing The Tensors Into The Picture": tokens become vectors, which flow through a layer. */
import { useModelConfig, useSelection, useShownRun } from '../architecture/useShownRun';
import { EmbeddingFigure } from './EmbeddingFigure';
import { EncoderFlowFigure } from './EncoderFlowFigure';
import './vectors.css';
import { ExportableFigure, figureFileName } from '../../components/figure';

export function TensorsSection() {
  const run = useShownRun();
  const config = useModelConfig();
  const { selection, select } = useSelection();
  const embed = run?.tensor('src.embed');
  if (!run || !config || !embed)
    return <p className="vec-note">Waiting for the model’s first run…</p>;
  return (
    <div>
      <p>
        A network computes with numbers, not words, so the first step is to look each word up in a
        table of learned vectors: its embedding. Every token of your sentence, including the
        end-of-sentence marker the model adds, gets one row of {config.dModel} numbers.
      </p>
      <ExportableFigure name={figureFileName('embeddings', `${run.sourceTokens.length} tokens`)}>
        <EmbeddingFigure
          tokens={run.sourceTokens}
          embed={embed}
          selected={selection.queryToken}
          onSelect={(queryToken) => select({ queryToken })}
        />
      </ExportableFigure>
      <p>
        Only the bottom encoder sees embeddings. Every encoder receives a list of vectors of the
        same width, one per token, and hands up a list just like it: the lowest receives the
        embeddings (with positions added, as explained further down), the others the output of the
        layer beneath.
      </p>
      <p>
        Inside a layer each position follows its own path. The paths meet only in self-attention,
        where each token’s new vector is built from all of them. The feed-forward network that
        follows sees one vector at a time: it is drawn once per position below, and it is the very
        same network, with the same weights, for every position. That is why all positions can go
        through it in parallel.
      </p>
      <ExportableFigure
        name={figureFileName('encoder', 'layer 1', 'flow')}
        caption="Encoder layer 1, position by position: each x goes through self-attention to z, then through the same feed-forward network to r."
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
