/**
 * Figure 23: the post's toy table, positional encodings of the first three words with d = 4,
 * computed live by the engine (Tensor2Tensor's layout, as in the post), and the model's own
 * encodings of the sentence's positions at its real width.
 */
import type { PositionalLayout } from '../../engine';
import type { Tensor } from '../../engine';
import { formatShape } from '../../engine';
import { Formula, NumbersTable } from '../../components';
import { useText } from '../../i18n';
import { dimensionRole, formatPostStyle, TOY_DIMENSIONS, toyTable } from './layout';
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
  const words = useText();
  const text = words.positional;
  return (
    <figure className="pos-figure" style={{ marginLeft: 0, marginRight: 0 }}>
      <Formula
        display
        tex={String.raw`t_{pos,\,i} = \sin\!\left(pos \cdot \omega_i\right),\quad t_{pos,\,i + d/2} = \cos\!\left(pos \cdot \omega_i\right),\quad \omega_i = 10000^{-i/(d/2 - 1)}`}
      />
      <table className="pos-toy" data-testid="toy-table">
        <caption className="pos-note">{text.toyCaption(TOY_DIMENSIONS)}</caption>
        <thead>
          <tr>
            <th scope="col">{text.position}</th>
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
              <th scope="row">{text.positionRow(position)}</th>
              {Array.from({ length: dimensions }, (_, dim) => {
                const value = toy.data[position * dimensions + dim];
                return (
                  <td key={dim} data-value={value} title={words.components.decimal(String(value))}>
                    {words.components.decimal(formatPostStyle(value))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption className="pos-note">
        {text.toyNote(dModel, text.layoutWords[modelLayout], modelPositions)}
      </figcaption>
      <NumbersTable
        label={text.showEncodings(dModel)}
        caption={`src.pe ${formatShape(modelEncodings.shape)}`}
        values={modelEncodings.data}
        cols={dModel}
        rowLabels={tokens.slice(0, modelPositions).map((t, p) => text.token(p + 1, t))}
      />
    </figure>
  );
}
