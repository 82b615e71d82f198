/**
 * The recap's words: the steps in order, with their shapes here and in the paper, and the short
 * heading of each column.
 */
import { Formula } from '../../components';
import type { AttentionMatrices } from './attentionMatrices';
import { PAPER_SIZES } from './shapes';
import './matrices.css';

/** Where the layer's input comes from, in words. */
export function inputDescription(matrices: AttentionMatrices): string {
  const { kind, layer } = matrices.names;
  if (kind === 'decoder-cross') {
    return 'X, the decoder’s vectors after its self-attention, and M, the encoder’s output';
  }
  const stack = kind === 'encoder-self' ? 'encoder' : 'decoder';
  if (layer === 0) return 'X, each token’s embedding plus its position signal';
  // The layer below this one is held at layer − 1, and the page numbers it from 1: layer.
  return `X, the output of ${stack} layer ${layer} (the post calls it R)`;
}

/** The steps the recap's columns follow, left to right. */
export function RecapSteps({ matrices }: { matrices: AttentionMatrices }) {
  const { heads, dModel, headSize, queryTokens } = matrices;
  const n = queryTokens.length;
  return (
    <ol className="mx-recap-steps">
      <li>
        The input: {inputDescription(matrices)}: {n} × {dModel} (paper: n × {PAPER_SIZES.dModel}).
      </li>
      <li>
        It goes to each of the {heads} heads (paper: {PAPER_SIZES.heads}), each with its own{' '}
        <Formula tex="W^Q_i, W^K_i, W^V_i" />: {dModel} × {headSize} each (paper:{' '}
        {PAPER_SIZES.dModel} × {PAPER_SIZES.headSize}).
      </li>
      <li>
        Each head gets its own <Formula tex="Q_i, K_i, V_i" />, {headSize} columns wide (paper:{' '}
        {PAPER_SIZES.headSize}), its weights{' '}
        <Formula tex="A_i = \mathrm{softmax}(Q_i K_i^T / \sqrt{d_k})" /> and its output{' '}
        <Formula tex="Z_i = A_i V_i" />.
      </li>
      <li>
        The {heads} outputs side by side, times <Formula tex="W^O" />, plus <Formula tex="b^O" />,
        give <Formula tex="Z" />: {n} × {dModel}, one vector per token for the feed-forward network.
      </li>
    </ol>
  );
}

const HEADINGS = [
  'X',
  '\\text{head } i',
  'W^Q_i\\; W^K_i\\; W^V_i',
  'Q_i\\;\\; K_i\\;\\; V_i',
  'A_i',
  'Z_i',
  'Z',
] as const;

export function RecapHeadings() {
  return (
    <>
      {HEADINGS.map((tex, index) => (
        <div key={tex} className="mx-recap-heading" style={{ gridColumn: index + 1, gridRow: 1 }}>
          <Formula tex={index === 0 ? tex : `\\rightarrow\\; ${tex}`} />
        </div>
      ))}
    </>
  );
}
