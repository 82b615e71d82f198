/**
 * The post's "Matrix Calculation of Self-Attention", first step: every token's row of X times
 * W^Q, W^K, W^V gives the rows of Q, K and V all at once, for the chosen head. In
 * encoder-decoder attention the queries come from the decoder (X) and the keys and values from
 * the encoder's output (M), so it is two products.
 */
import type { AttentionMatrices } from './attentionMatrices';
import type { AttentionParameters } from './attentionParameters';
import { productLayout } from './layout';
import { headPart, inputPart, projectionParts, type ProjectionName } from './parts';
import { PartsNumbers } from './PartsNumbers';
import { ProductFigure, type ProductColumn } from './ProductFigure';
import { shownNumber } from './shapes';
import { Formula } from '../../components';
import './matrices.css';

export interface MatrixCalculationFigureProps {
  matrices: AttentionMatrices;
  parameters: AttentionParameters | null;
  head: number;
  /** The query token outlined in X and Q; only rows of the queries' sentence can be picked. */
  selectedRow?: number;
  onSelectRow?(row: number): void;
}

/** Widest X may be drawn, in pixels, leaving room for three weight matrices beside it. */
export const INPUT_WIDTH = 384;

export function MatrixCalculationFigure(props: MatrixCalculationFigureProps) {
  const { matrices, parameters, head } = props;
  const column = (name: ProjectionName): ProductColumn => ({
    ...projectionParts(matrices, parameters, name, head),
    result: headPart(matrices, name, head),
  });
  const [q, k, v] = (['Q', 'K', 'V'] as const).map(column);
  const query = inputPart(matrices, 'query');
  const key = inputPart(matrices, 'key');
  const cross = matrices.names.kind === 'decoder-cross';
  const n = shownNumber(head);
  const layoutFor = (rows: number) =>
    productLayout({ rows, inner: matrices.dModel, cols: matrices.headSize }, INPUT_WIDTH);
  const explanation = (
    <>
      <Formula tex={`Q_{${n}} = ${query.tex}\\,W^Q_{${n}} + b^Q_{${n}}`} />: each number of{' '}
      <Formula tex={`Q_{${n}}`} /> is one row of <Formula tex={query.tex} /> times one column of{' '}
      <Formula tex={`W^Q_{${n}}`} />, plus one number of the bias. The rows of{' '}
      <Formula tex={query.tex} /> are {cross ? 'the decoder’s tokens' : 'the tokens'}, so the rows
      of <Formula tex={`Q_{${n}}`} /> are too. <Formula tex="K" /> and <Formula tex="V" /> are made
      the same way{cross ? ', from the encoder’s output M (below)' : ''}.
    </>
  );
  const summary = (symbol: string, results: string) =>
    `${symbol} (${matrices.queryTokens.length} tokens × ${matrices.dModel}) times the weights of head ${n} gives ${results}`;
  return (
    <div className="mx-figure-block" data-figure="qkv">
      {cross ? (
        <>
          <ProductFigure
            left={query}
            leftRowLabels={matrices.queryTokens}
            columns={[q]}
            layout={layoutFor(matrices.queryTokens.length)}
            selectedRow={props.selectedRow}
            onSelectRow={props.onSelectRow}
            ariaLabel={summary('X, the decoder’s vectors,', 'Q')}
          >
            {explanation}
          </ProductFigure>
          <ProductFigure
            left={key}
            leftRowLabels={matrices.keyTokens}
            columns={[k, v]}
            layout={layoutFor(matrices.keyTokens.length)}
            ariaLabel={summary('M, the encoder’s output,', 'K and V')}
          >
            K and V come from M, the encoder’s output: one row per source token.
          </ProductFigure>
        </>
      ) : (
        <ProductFigure
          left={query}
          leftRowLabels={matrices.queryTokens}
          columns={[q, k, v]}
          layout={layoutFor(matrices.queryTokens.length)}
          selectedRow={props.selectedRow}
          onSelectRow={props.onSelectRow}
          ariaLabel={summary('X', 'Q, K and V')}
        >
          {explanation}
        </ProductFigure>
      )}
      <PartsNumbers
        parts={[
          { part: query, rowLabels: matrices.queryTokens },
          ...(cross ? [{ part: key, rowLabels: matrices.keyTokens }] : []),
          q.weight,
          k.weight,
          v.weight,
          { part: q.result, rowLabels: matrices.queryTokens },
          { part: k.result, rowLabels: matrices.keyTokens },
          { part: v.result, rowLabels: matrices.keyTokens },
        ].map((entry) => ('part' in entry ? entry : { part: entry }))}
      />
    </div>
  );
}
