/** A matrix's symbol typeset as in the paper, with its shape and the paper's shape beside it. */
import { Formula } from '../../components';
import { shapeWithPaper, type PaperDimension } from './shapes';
import { useText } from '../../i18n';
import './matrices.css';

export interface MatrixLabelProps {
  /** The symbol in TeX: W^Q_{0}. */
  tex: string;
  /** The same symbol in plain text, for the caption screen readers and tests read: W^Q_0. */
  symbol: string;
  shape: readonly number[];
  paper: readonly PaperDimension[];
  /** Written before the symbol: "=", "+", "×". */
  operator?: string;
}

export function MatrixLabel({ tex, symbol, shape, paper, operator }: MatrixLabelProps) {
  const text = useText().matrices;
  return (
    <div className="mx-label" data-caption={shapeWithPaper(symbol, shape, paper, text)}>
      {operator && <span className="mx-operator">{operator}</span>}
      <Formula tex={tex} />
      <span className="mx-shape">{shape.join(' × ')}</span>
      <span className="mx-paper">{text.paperShape(paper.join(' × '))}</span>
    </div>
  );
}
