/**
 * "A High-Level Look": the model as a black box, opened into its stacks, and the inside of one
 * encoder layer and one decoder layer, all on the reader's sentence.
 */
import { BlackBoxFigure } from './BlackBoxFigure';
import { LayerInsideFigure } from './LayerInsideFigure';
import { useModelConfig, useSelection, useShownRun } from './useShownRun';
import './architecture.css';
import { ExportableFigure, figureFileName } from '../../components/figure';
import { useText } from '../../i18n';

export function HighLevelSection() {
  const run = useShownRun();
  const config = useModelConfig();
  const { selection, select } = useSelection();
  const text = useText().architecture;
  const shared = useText().components;
  if (!run || !config) return <p className="arch-note">{shared.waiting}</p>;
  const encoderLayer = Math.min(selection.layer, config.encoderLayers - 1);
  const decoderLayer = Math.min(selection.layer, config.decoderLayers - 1);
  return (
    <div>
      <p>{text.blackBoxIntro}</p>
      <ExportableFigure
        name={({ architecture: { file } }) => figureFileName(file.blackBox)}
        caption={text.blackBoxCaption(run.sentence, run.translation)}
      >
        <BlackBoxFigure
          sentence={run.sentence}
          translation={run.translation}
          encoderLayers={config.encoderLayers}
          decoderLayers={config.decoderLayers}
          selectedLayer={selection.layer}
          onSelectLayer={(_, layer) => select({ layer })}
        />
      </ExportableFigure>
      <p>{text.twoHalves}</p>
      <p>{text.twoParts}</p>
      <ExportableFigure
        name={({ architecture: { file } }) =>
          figureFileName(
            file.sides.encoder,
            file.layer(encoderLayer + 1),
            file.inside,
            run.sourceTokens[selection.queryToken] ?? '',
          )
        }
      >
        <LayerInsideFigure
          side="encoder"
          layer={encoderLayer}
          tokens={run.sourceTokens}
          position={selection.queryToken}
          onSelectPosition={(queryToken) => select({ queryToken })}
          tensor={run.tensor}
        />
      </ExportableFigure>
      <ExportableFigure
        name={({ architecture: { file } }) =>
          figureFileName(
            file.sides.decoder,
            file.layer(decoderLayer + 1),
            file.inside,
            file.position(selection.step + 1),
          )
        }
      >
        <LayerInsideFigure
          side="decoder"
          layer={decoderLayer}
          tokens={run.targetTokens.slice(0, Math.max(1, run.targetTokens.length - 1))}
          position={selection.step}
          onSelectPosition={(step) => select({ step })}
          tensor={run.tensor}
        />
      </ExportableFigure>
      <p className="arch-note">{text.decoderPositions}</p>
    </div>
  );
}
