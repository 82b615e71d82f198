/**
 * The recap's words: the steps in order, with their shapes here and in the paper, and the short
 * heading of each column.
 */
import { Formula } from '../../components';
import { useText, type Catalogue } from '../../i18n';
import type { AttentionMatrices } from './attentionMatrices';
import { PAPER_SIZES } from './shapes';
import './matrices.css';

/** Where the layer's input comes from, in words. */
export function inputDescription(matrices: AttentionMatrices, text: Catalogue['matrices']): string {
  const { kind, layer } = matrices.names;
  // The layer below this one is held at layer − 1, and the page numbers it from 1: layer.
  return text.inputDescription(kind, layer);
}

/** The steps the recap's columns follow, left to right. */
export function RecapSteps({ matrices }: { matrices: AttentionMatrices }) {
  const text = useText().matrices;
  const { heads, dModel, headSize, queryTokens } = matrices;
  const n = queryTokens.length;
  return (
    <ol className="mx-recap-steps">
      <li>{text.recapInput(inputDescription(matrices, text), n, dModel, PAPER_SIZES.dModel)}</li>
      <li>{text.recapHeads(heads, dModel, headSize, PAPER_SIZES)}</li>
      <li>{text.recapEachHead(headSize, PAPER_SIZES.headSize)}</li>
      <li>{text.recapOutput(heads, n, dModel)}</li>
    </ol>
  );
}

/** The TeX heading of each column; the head column's is in the page's language. */
const headings = (headHeading: string) => [
  'X',
  headHeading,
  'W^Q_i\\; W^K_i\\; W^V_i',
  'Q_i\\;\\; K_i\\;\\; V_i',
  'A_i',
  'Z_i',
  'Z',
];

export function RecapHeadings() {
  const text = useText().matrices;
  return (
    <>
      {headings(text.headHeading).map((tex, index) => (
        <div key={tex} className="mx-recap-heading" style={{ gridColumn: index + 1, gridRow: 1 }}>
          <Formula tex={index === 0 ? tex : `\\rightarrow\\; ${tex}`} />
        </div>
      ))}
    </>
  );
}
