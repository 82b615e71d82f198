/**
 * "A High-Level Look": the model as a black box, opened into its stacks, and the inside of one
 * encoder layer and one decoder layer, all on the reader's sentence.
 */
import { BlackBoxFigure } from './BlackBoxFigure';
import { LayerInsideFigure } from './LayerInsideFigure';
import { useModelConfig, useSelection, useShownRun } from './useShownRun';
import './architecture.css';
import { ExportableFigure, figureFileName } from '../../components/figure';

export function HighLevelSection() {
  const run = useShownRun();
  const config = useModelConfig();
  const { selection, select } = useSelection();
  if (!run || !config) return <p className="arch-note">Waiting for the model’s first run…</p>;
  const encoderLayer = Math.min(selection.layer, config.encoderLayers - 1);
  const decoderLayer = Math.min(selection.layer, config.decoderLayers - 1);
  return (
    <div>
      <p>
        From far away, a translation model is a single box: a sentence in one language goes in, a
        sentence in another language comes out. The box below is a real model running in this page,
        and the translation beside it is what it produced for your sentence.
      </p>
      <ExportableFigure
        name={figureFileName('transformer-black-box')}
        caption={`The Transformer as a black box: “${run.sentence}” goes in, “${run.translation}” comes out.`}
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
      <p>
        Open the box and there are two halves. The encoders read the source sentence and turn each
        word into a vector that carries its meaning in context. The decoders write the translation
        one word at a time, and every decoder consults the output of the top encoder while doing so.
        The layers of a stack all have the same shape but learn different weights.
      </p>
      <p>
        An encoder layer has two parts. Self-attention lets each word gather information from the
        other words of the sentence. A feed-forward network then transforms every word’s vector
        separately. A decoder layer has the same two parts with a third between them: attention over
        the encoder’s output, which is how the translation is tied to the source. Point at a part to
        see the vector that goes in and the one that comes out.
      </p>
      <ExportableFigure
        name={figureFileName(
          'encoder',
          `layer ${encoderLayer + 1}`,
          'inside',
          run.sourceTokens[selection.queryToken] ?? '',
        )}
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
        name={figureFileName(
          'decoder',
          `layer ${decoderLayer + 1}`,
          'inside',
          `position ${selection.step + 1}`,
        )}
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
      <p className="arch-note">
        In the decoder, position 1 reads the start token and produces the first word of the
        translation; each later position reads the word chosen just before it.
      </p>
    </div>
  );
}
