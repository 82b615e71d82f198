/**
 * Encoder-decoder attention as an alignment: output words down, source words across, each cell
 * the weight that output word's query gave that source word, for one head or all heads averaged.
 */
import { ColorLegend, Heatmap, sequentialScale } from '../../components';
import type { Tensor } from '../../engine';
import { alignmentMatrix, describeAlignment, strongestColumns, type HeadChoice } from './alignment';
import { useText } from '../../i18n';
import './decoding.css';
import { ExportableFigure, figureFileName } from '../../components/figure';

export interface AlignmentFigureProps {
  /** dec.{l}.cross.weights (h, T, S). */
  weights: Tensor;
  layer: number;
  head: HeadChoice;
  /** The word emitted at each step: one row each. */
  outputWords: readonly string[];
  /** The source tokens, <eos> included: one column each. */
  sourceWords: readonly string[];
  step: number;
  onPickStep?: (step: number) => void;
}

export function AlignmentFigure(props: AlignmentFigureProps) {
  const { weights, layer, head, outputWords, sourceWords, step } = props;
  const rows = outputWords.length;
  const cols = sourceWords.length;
  const matrix = alignmentMatrix(weights, head, rows);
  const strongest = strongestColumns(matrix, rows, cols);
  const text = useText().decoding;
  const which = text.alignmentHeads(head === 'average' ? null : head + 1);
  const caption = text.alignmentCaption(layer + 1, which, rows, cols);
  const summary = describeAlignment(outputWords, sourceWords, strongest, text);
  const scale = sequentialScale(1);
  return (
    <ExportableFigure
      name={(words) =>
        figureFileName(
          words.decoding.file.alignment,
          words.decoding.file.decoderLayer(layer + 1),
          head === 'average'
            ? words.decoding.file.headsAveraged
            : words.decoding.file.head(head + 1),
        )
      }
      caption={caption}
    >
      <div className="decoding-alignment" data-testid="alignment">
        <Heatmap
          values={matrix}
          rowTokens={outputWords}
          colTokens={sourceWords}
          caption={caption}
          scale={scale}
          selectedRow={step}
          showNumbers={rows * cols <= 160}
          maxWidth={640}
          withNumbers
          onCellClick={(row) => props.onPickStep?.(row)}
          ariaLabel={`${caption}. ${summary}`}
        />
        <ColorLegend scale={scale} caption={text.alignmentLegend} />
        <p className="decoding-note" data-testid="alignment-summary">
          {summary}
        </p>
      </div>
    </ExportableFigure>
  );
}
