/**
 * The post's recap of multi-head attention, for the chosen layer and all real: the sentence as
 * vectors (X, or the layer below's output) → each head's own W^Q, W^K, W^V → its Q, K, V → its
 * attention weights → its Z_i → every Z_i side by side × W^O → Z. One row per head.
 */
import { Formula } from '../../components';
import type { AttentionMatrices } from './attentionMatrices';
import type { AttentionParameters } from './attentionParameters';
import { headBlocks, recapLayout, type GridSizing } from './layout';
import { PartGrid, type MatrixPart } from './PartGrid';
import {
  concatPart,
  headOutputPart,
  headPart,
  inputPart,
  outputProjectionParts,
  projectionParts,
  scorePart,
  sublayerOutputPart,
} from './parts';
import { PartsNumbers } from './PartsNumbers';
import { PAPER_SIZES, shownNumber, subscript } from './shapes';
import { RecapHeadings, RecapSteps } from './RecapHeader';
import { useText } from '../../i18n';
import { useInPresentation } from '../../app/presentation/innerSteps';
import './matrices.css';

export interface RecapFigureProps {
  matrices: AttentionMatrices;
  parameters: AttentionParameters | null;
  selectedHead: number;
  onSelectHead?(head: number): void;
}

interface ThumbProps {
  part: MatrixPart;
  sizing: GridSizing;
  rowNames?: readonly string[];
  rowLabels?: readonly string[];
  colNames?: readonly string[];
  weights?: boolean;
  operator?: string;
  /** Writes the symbol above the thumbnail; the head rows leave it to the column heading. */
  named?: boolean;
  verticalLines?: readonly number[];
}

function Thumb({ part, sizing, operator, named, ...names }: ThumbProps) {
  return (
    <div className="mx-thumb" data-symbol={part.symbol}>
      {named && (
        <span className="mx-thumb-symbol">
          {operator && <span className="mx-operator">{operator} </span>}
          <Formula tex={part.tex} /> {part.shape.join(' × ')}
        </span>
      )}
      <PartGrid
        part={part}
        sizing={sizing}
        pitch={sizing.width / part.shape[1]}
        renderer="canvas"
        {...names}
      />
    </div>
  );
}

export function RecapFigure({
  matrices,
  parameters,
  selectedHead,
  onSelectHead,
}: RecapFigureProps) {
  const text = useText().matrices;
  const { queryTokens, keyTokens, heads } = matrices;
  const layout = recapLayout(
    {
      queryLength: queryTokens.length,
      keyLength: keyTokens.length,
      dModel: matrices.dModel,
      headSize: matrices.headSize,
    },
    useInPresentation(),
  );
  const cross = matrices.names.kind === 'decoder-cross';
  const output = outputProjectionParts(matrices, parameters);
  const headRows = Array.from({ length: heads }, (_, head) => head);
  const span = { gridRow: `2 / span ${heads}` };
  return (
    <div className="mx-figure-block" data-figure="recap">
      <RecapSteps matrices={matrices} />
      <div
        className="mx-recap"
        role="group"
        aria-label={text.recapLabel(
          shownNumber(matrices.names.layer),
          queryTokens.length,
          heads,
          PAPER_SIZES.heads,
          matrices.dModel,
        )}
      >
        <RecapHeadings />
        <div className="mx-recap-inputs" style={span}>
          <Thumb
            part={inputPart(matrices, 'query')}
            sizing={layout.input}
            rowLabels={queryTokens}
            named
          />
          {cross && (
            <Thumb
              part={inputPart(matrices, 'key')}
              sizing={layout.keyInput}
              rowLabels={keyTokens}
              named
            />
          )}
        </div>
        {headRows.map((head) => {
          const selected = head === selectedHead;
          const at = (gridColumn: number) => ({ gridRow: head + 2, gridColumn });
          const weightsOf = (name: 'Q' | 'K' | 'V') =>
            projectionParts(matrices, parameters, name, head).weight;
          return [
            <div key={`h${head}`} className="mx-recap-head" style={at(2)} data-selected={selected}>
              <button
                type="button"
                className="mx-panel"
                aria-pressed={selected}
                onClick={() => onSelectHead?.(head)}
              >
                {text.headButton(shownNumber(head))}
              </button>
            </div>,
            <div key={`w${head}`} className="mx-recap-cell" style={at(3)} data-selected={selected}>
              {(['Q', 'K', 'V'] as const).map((name) => (
                <Thumb key={name} part={weightsOf(name)} sizing={layout.weight} />
              ))}
            </div>,
            <div key={`p${head}`} className="mx-recap-cell" style={at(4)} data-selected={selected}>
              <Thumb
                part={headPart(matrices, 'Q', head)}
                sizing={layout.query}
                rowNames={queryTokens}
              />
              <Thumb
                part={headPart(matrices, 'K', head)}
                sizing={layout.key}
                rowNames={keyTokens}
              />
              <Thumb
                part={headPart(matrices, 'V', head)}
                sizing={layout.key}
                rowNames={keyTokens}
              />
            </div>,
            <div key={`a${head}`} className="mx-recap-cell" style={at(5)} data-selected={selected}>
              <Thumb
                part={scorePart(
                  matrices,
                  'weights',
                  head,
                  `A_{${shownNumber(head)}}`,
                  `A${subscript(shownNumber(head))}`,
                )}
                sizing={layout.weights}
                rowNames={queryTokens}
                colNames={keyTokens}
                weights
              />
            </div>,
            <div key={`z${head}`} className="mx-recap-cell" style={at(6)} data-selected={selected}>
              <Thumb
                part={headOutputPart(matrices, head)}
                sizing={layout.z}
                rowNames={queryTokens}
              />
            </div>,
          ];
        })}
        <div className="mx-recap-output" style={span}>
          <Thumb
            part={concatPart(matrices)}
            sizing={layout.concat}
            rowNames={queryTokens}
            verticalLines={headBlocks(
              heads,
              matrices.headSize,
              layout.concat.width / matrices.dModel,
            )
              .slice(1)
              .map((block) => block.start)}
            named
          />
          <Thumb part={output.weight} sizing={layout.outputWeight} operator="×" named />
          <Thumb part={output.bias} sizing={layout.outputBias} operator="+" named />
          <Thumb
            part={sublayerOutputPart(matrices)}
            sizing={layout.output}
            rowNames={queryTokens}
            operator="="
            named
          />
        </div>
      </div>
      <PartsNumbers
        parts={[
          { part: inputPart(matrices, 'query'), rowLabels: queryTokens },
          ...(cross ? [{ part: inputPart(matrices, 'key'), rowLabels: keyTokens }] : []),
          ...headRows.map((head) => ({
            part: headOutputPart(matrices, head),
            rowLabels: queryTokens,
          })),
          { part: concatPart(matrices), rowLabels: queryTokens },
          { part: output.weight },
          { part: output.bias },
          { part: sublayerOutputPart(matrices), rowLabels: queryTokens },
        ]}
      />
    </div>
  );
}
