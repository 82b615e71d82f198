/**
 * Figure 22: for each token, its embedding x (src.embed) plus its position's encoding t (src.pe)
 * gives the vector the first encoder receives (src.input). One colour scale for all three, so a
 * cell of the sum can be compared with the two cells it adds.
 */
import { Fragment } from 'react';
import type { Tensor } from '../../engine';
import { formatShape, row } from '../../engine';
import { ColorLegend, divergingScale, VectorCells, VectorCloseUp } from '../../components';
import { sharedMaxAbs } from '../architecture/vectorRows';
import { useText } from '../../i18n';
import './positional.css';

export interface PositionSumFigureProps {
  tokens: readonly string[];
  embed: Tensor;
  pe: Tensor;
  input: Tensor;
  selected: number;
}

const VECTOR_WIDTH = 192;

export function PositionSumFigure({ tokens, embed, pe, input, selected }: PositionSumFigureProps) {
  const positions = Math.min(tokens.length, embed.shape[0]);
  const scale = divergingScale(sharedMaxAbs([embed.data, pe.data, input.data]));
  const text = useText().positional;
  const shared = useText().components;
  const vector = (t: Tensor, name: string, position: number) => (
    <div data-testid={`pos-${name}-${position}`}>
      <VectorCells
        values={row(t, position)}
        name={`${name}${position + 1}`}
        scale={scale}
        maxWidth={VECTOR_WIDTH}
        compact
      />
    </div>
  );
  return (
    <figure className="pos-figure" style={{ marginLeft: 0, marginRight: 0 }}>
      <div className="pos-sum" role="group" aria-label={text.sumLabel(positions)}>
        <span />
        <span className="pos-sum-head">{text.embeddingX}</span>
        <span />
        <span className="pos-sum-head">{text.positionT}</span>
        <span />
        <span className="pos-sum-head">{text.inputSum}</span>
        {Array.from({ length: positions }, (_, position) => (
          <Fragment key={position}>
            <span
              className="pos-token"
              style={
                position === selected ? { fontWeight: 700, color: 'var(--accent)' } : undefined
              }
            >
              {text.token(position + 1, tokens[position])}
            </span>
            {vector(embed, 'x', position)}
            <span className="pos-op" aria-hidden="true">
              +
            </span>
            {vector(pe, 't', position)}
            <span className="pos-op" aria-hidden="true">
              =
            </span>
            {vector(input, 'input', position)}
          </Fragment>
        ))}
      </div>
      <figcaption className="pos-note">
        {text.sumNote(
          <span className="pos-name">src.embed</span>,
          <span className="pos-name">src.pe</span>,
          <>
            <span className="pos-name">src.input</span> {formatShape(input.shape)}
          </>,
        )}
      </figcaption>
      <ColorLegend scale={scale} caption={shared.valueLegend} />
      {selected < positions && (
        <VectorCloseUp
          title={text.sumCloseUp(tokens[selected], selected + 1)}
          rows={[
            { label: 'x', values: row(embed, selected) },
            { label: 't', values: row(pe, selected) },
            { label: 'x + t', values: row(input, selected) },
          ]}
          scale={scale}
        />
      )}
    </figure>
  );
}
