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
      <div
        className="pos-sum"
        role="group"
        aria-label={`For each of ${positions} tokens: embedding plus positional encoding equals the encoder's input`}
      >
        <span />
        <span className="pos-sum-head">embedding x</span>
        <span />
        <span className="pos-sum-head">position t</span>
        <span />
        <span className="pos-sum-head">input x + t</span>
        {Array.from({ length: positions }, (_, position) => (
          <Fragment key={position}>
            <span
              className="pos-token"
              style={
                position === selected ? { fontWeight: 700, color: 'var(--accent)' } : undefined
              }
            >
              {position + 1}: {tokens[position]}
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
        x is <span className="pos-name">src.embed</span>, t is{' '}
        <span className="pos-name">src.pe</span> and their sum{' '}
        <span className="pos-name">src.input</span> {formatShape(input.shape)}, added number by
        number. Point at a cell to read its value.
      </figcaption>
      <ColorLegend scale={scale} caption="value of each number" />
      {selected < positions && (
        <VectorCloseUp
          title={`Close-up of “${tokens[selected]}” (word ${selected + 1}): x + t, number by number`}
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
