/**
 * The post's last step of multi-head attention: the heads' Z_1 … Z_h side by side make one
 * tokens × d_model matrix, and W^O mixes them back into one vector per token, Z, which the
 * feed-forward network reads. Head i (from 0 in the code) owns columns i·d_k … (i+1)·d_k − 1 of
 * the concatenation and meets only rows i·d_k … of W^O: the lines mark those blocks.
 */
import { useText } from '../../i18n';
import type { AttentionMatrices } from './attentionMatrices';
import type { AttentionParameters } from './attentionParameters';
import { headBlocks, productLayout } from './layout';
import { concatPart, outputProjectionParts, sublayerOutputPart } from './parts';
import { PartsNumbers } from './PartsNumbers';
import { ProductFigure } from './ProductFigure';
import './matrices.css';

export interface ConcatFigureProps {
  matrices: AttentionMatrices;
  parameters: AttentionParameters | null;
  selectedRow?: number;
  onSelectRow?(row: number): void;
}

/** Widest the concatenation may be drawn: W^O (as tall as it is wide), its bias and Z follow on the same line. */
export const CONCAT_WIDTH = 192;

export function ConcatFigure({
  matrices,
  parameters,
  selectedRow,
  onSelectRow,
}: ConcatFigureProps) {
  const text = useText().matrices;
  const { queryTokens, dModel, heads, headSize } = matrices;
  const layout = productLayout(
    { rows: queryTokens.length, inner: dModel, cols: dModel },
    CONCAT_WIDTH,
  );
  const concat = concatPart(matrices);
  const output = {
    ...outputProjectionParts(matrices, parameters),
    result: sublayerOutputPart(matrices),
  };
  return (
    <div className="mx-figure-block" data-figure="concat">
      <ProductFigure
        left={concat}
        leftRowLabels={queryTokens}
        columns={[output]}
        layout={layout}
        headBlocks={headBlocks(heads, headSize, layout.pitch)}
        selectedRow={selectedRow}
        onSelectRow={onSelectRow}
        ariaLabel={text.concatLabel(heads, queryTokens.length, dModel)}
      >
        {text.concatExplanation(heads, headSize, dModel)}
      </ProductFigure>
      <PartsNumbers
        parts={[
          { part: concat, rowLabels: queryTokens },
          { part: output.weight },
          { part: output.bias },
          { part: output.result, rowLabels: queryTokens },
        ]}
      />
    </div>
  );
}
