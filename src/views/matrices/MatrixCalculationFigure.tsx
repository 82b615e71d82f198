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
import { useText } from '../../i18n';
import { useInPresentation } from '../../app/presentation/innerSteps';
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
/**
 * Widest X may be drawn in a presentation, where it is zoomed for the back of the room: W, as
 * high as X is wide, then fits the screen's height with its bias beside it.
 */
export const PRESENT_INPUT_WIDTH = 256;

export function MatrixCalculationFigure(props: MatrixCalculationFigureProps) {
  const text = useText().matrices;
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
  const inputWidth = useInPresentation() ? PRESENT_INPUT_WIDTH : INPUT_WIDTH;
  const layoutFor = (rows: number) =>
    productLayout({ rows, inner: matrices.dModel, cols: matrices.headSize }, inputWidth);
  const explanation = text.qkvExplanation(n, query.tex, cross);
  const summary = (symbol: string, results: string) =>
    text.qkvSummary(symbol, matrices.queryTokens.length, matrices.dModel, n, results);
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
            ariaLabel={summary(text.decoderInput, 'Q')}
          >
            {explanation}
          </ProductFigure>
          <ProductFigure
            left={key}
            leftRowLabels={matrices.keyTokens}
            columns={[k, v]}
            layout={layoutFor(matrices.keyTokens.length)}
            ariaLabel={summary(text.encoderInput, text.keysAndValues)}
          >
            {text.crossKeysNote}
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
          ariaLabel={summary('X', text.allThree)}
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
