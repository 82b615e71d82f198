/**
 * Figure 23: the post's toy table, positional encodings of the first three words with d = 4,
 * computed live by the engine (Tensor2Tensor's layout, as in the post), and the model's own
 * encodings of the sentence's positions at its real width.
 */
import type { PositionalLayout } from '../../engine';
import type { Tensor } from '../../engine';
import { formatShape } from '../../engine';
import { Formula, NumbersTable } from '../../components';
import { dimensionRole, formatPostStyle, positionLabel, TOY_DIMENSIONS, toyTable } from './layout';
import './positional.css';

export interface ToyTableFigureProps {
  /** src.pe of the run: the encodings the model added to this sentence. */
  modelEncodings: Tensor;
  tokens: readonly string[];
  modelLayout: PositionalLayout;
}

export function ToyTableFigure({ modelEncodings, tokens, modelLayout }: ToyTableFigureProps) {
  const toy = toyTable();
  const [positions, dimensions] = toy.shape;
  const [modelPositions, dModel] = modelEncodings.shape;
  return (
    <figure className="pos-figure" style={{ marginLeft: 0, marginRight: 0 }}>
      <Formula
        display
        tex={String.raw`t_{pos,\,i} = \sin\!\left(pos \cdot \omega_i\right),\quad t_{pos,\,i + d/2} = \cos\!\left(pos \cdot \omega_i\right),\quad \omega_i = 10000^{-i/(d/2 - 1)}`}
      />
      <table className="pos-toy" data-testid="toy-table">
        <caption className="pos-note">Positional encodings for d = {TOY_DIMENSIONS}</caption>
        <thead>
          <tr>
            <th scope="col">position</th>
            {Array.from({ length: dimensions }, (_, dim) => {
              const role = dimensionRole(dim, dimensions, 'concatenated');
              return (
                <th key={dim} scope="col">
                  {role.fn}, ω<sub>{role.frequency}</sub>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: positions }, (_, position) => (
            <tr key={position}>
              <th scope="row">{positionLabel(position)}</th>
              {Array.from({ length: dimensions }, (_, dim) => {
                const value = toy.data[position * dimensions + dim];
                return (
                  <td key={dim} data-value={value} title={String(value)}>
                    {formatPostStyle(value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption className="pos-note">
        With d = 4 there are two frequencies, ω₀ = 1 and ω₁ = 1/10000: the first column turns
        quickly with the position, the second barely moves. The formula’s pos counts from 0, so the
        first word has pos = 0: its sines are 0 and its cosines 1. These numbers are computed here,
        not copied. The model you are running uses d = {dModel} and the {modelLayout} layout; its
        encodings for the {modelPositions} positions of your sentence are in the table behind this
        button.
      </figcaption>
      <NumbersTable
        label={`Show the model’s encodings (d = ${dModel})`}
        caption={`src.pe ${formatShape(modelEncodings.shape)}`}
        values={modelEncodings.data}
        cols={dModel}
        rowLabels={tokens.slice(0, modelPositions).map((t, p) => `${p + 1}: ${t}`)}
      />
    </figure>
  );
}
