/**
 * Figure 6: every source token becomes a vector of d_model numbers, its row of the embedding
 * table (src.embed). One colour scale for all rows, so rows can be compared cell by cell.
 */
import type { Tensor } from '../../engine';
import { formatShape, row } from '../../engine';
import { PAPER_CONFIG } from '../../engine';
import {
  ColorLegend,
  divergingScale,
  maxAbsOf,
  NumbersTable,
  VectorCells,
  VectorCloseUp,
} from '../../components';
import { useText } from '../../i18n';
import './vectors.css';

export interface EmbeddingFigureProps {
  tokens: readonly string[];
  /** src.embed: (positions × d_model). */
  embed: Tensor;
  selected: number;
  onSelect(position: number): void;
}

export function EmbeddingFigure({ tokens, embed, selected, onSelect }: EmbeddingFigureProps) {
  const [positions, dModel] = embed.shape;
  const scale = divergingScale(maxAbsOf(embed.data));
  const shown = Math.min(positions, tokens.length);
  const words = useText();
  const text = words.vectors;
  const { fixed, valueLegend } = words.components;
  return (
    <figure className="vec-figure" style={{ marginLeft: 0, marginRight: 0 }}>
      <div className="vec-embeddings" role="group" aria-label={text.embeddingsLabel(shown, dModel)}>
        {Array.from({ length: shown }, (_, position) => (
          <EmbeddingRow
            key={position}
            token={tokens[position]}
            values={row(embed, position)}
            selected={position === selected}
            onSelect={() => onSelect(position)}
            scale={scale}
          />
        ))}
      </div>
      <figcaption className="vec-note">
        {text.embeddingsNote(
          dModel,
          PAPER_CONFIG.dModel,
          <>
            <span className="vec-name">src.embed</span> {formatShape(embed.shape)}
          </>,
          fixed(Math.sqrt(dModel), 2),
        )}
      </figcaption>
      <ColorLegend scale={scale} caption={valueLegend} />
      {selected < shown && (
        <VectorCloseUp
          title={text.closeUp(tokens[selected], selected + 1)}
          rows={[{ label: tokens[selected], values: row(embed, selected) }]}
          scale={scale}
        />
      )}
      <NumbersTable
        caption={`src.embed ${formatShape(embed.shape)}`}
        values={embed.data.subarray(0, shown * dModel)}
        cols={dModel}
        rowLabels={tokens.slice(0, shown)}
      />
    </figure>
  );
}

function EmbeddingRow(props: {
  token: string;
  values: Float32Array;
  selected: boolean;
  onSelect(): void;
  scale: ReturnType<typeof divergingScale>;
}) {
  const text = useText().vectors;
  return (
    <>
      <button
        type="button"
        className="vec-token"
        aria-pressed={props.selected}
        onClick={props.onSelect}
      >
        {props.token}
      </button>
      <span className="vec-arrow" aria-hidden="true">
        →
      </span>
      <div
        className={props.selected ? 'vec-selected-row' : undefined}
        style={{ justifySelf: 'start' }}
      >
        <VectorCells
          values={props.values}
          name={props.token}
          scale={props.scale}
          maxWidth={512}
          ariaLabel={text.embeddingOf(props.token, props.values.length)}
        />
      </div>
    </>
  );
}
