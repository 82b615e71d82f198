/** The post's "Matrix Calculation of Self-Attention", figures 14 and 15, for the chosen layer. */
import { useState } from 'react';
import { PAPER_SIZES, shownNumber } from './shapes';
import { AttentionFormulaFigure } from './AttentionFormulaFigure';
import type { AttentionKind } from './attentionNames';
import { KIND_LABELS, MatricesControls } from './MatricesControls';
import { MatrixCalculationFigure } from './MatrixCalculationFigure';
import { useMatricesView } from './useMatricesView';
import { WeightsNote } from './WeightsNote';
import './matrices.css';
import { ExportableFigure, figureFileName } from '../../components/figure';

export function MatrixCalculationSection() {
  const [kind, setKind] = useState<AttentionKind>('encoder-self');
  const view = useMatricesView(kind);
  if (!view) return <Waiting />;
  const { matrices, head } = view;
  const rows = matrices.queryTokens.length;
  const place = `layer ${shownNumber(view.layer)}, head ${shownNumber(head)}`;
  return (
    <div className="mx-section">
      <p>
        Working word by word shows the idea; the model does it for all words at once. Stack the
        token vectors as the rows of one matrix X and a single matrix product gives every query: row
        i of Q is token i’s query. Your sentence makes X {rows} × {matrices.dModel}: {rows} tokens,
        d_model = {matrices.dModel} numbers each (the paper’s vectors have {PAPER_SIZES.dModel}).
        The same goes for the keys and the values.
      </p>
      <MatricesControls
        kind={kind}
        onKind={setKind}
        layers={view.layers}
        layer={view.layer}
        onLayer={view.selectLayer}
        heads={matrices.heads}
        head={head}
        onHead={view.selectHead}
      />
      <ExportableFigure
        name={figureFileName('matrices', 'x times w', kind, place)}
        caption={`${KIND_LABELS[kind]}, ${place}: Q, K and V computed for every token at once, X × W + b.`}
      >
        <MatrixCalculationFigure
          matrices={matrices}
          parameters={view.parameters}
          head={head}
          selectedRow={view.queryRow}
          onSelectRow={view.selectQueryRow}
        />
      </ExportableFigure>
      <WeightsNote
        shown={view.parameters !== null}
        names="W^Q, W^K, W^V \text{ and their biases}"
      />
      <p>
        With Q, K and V in hand, the scores, the scaling, the softmax and the weighted sum of the
        values fit in one line. Each row of every matrix below belongs to one token, and the last
        one, Z, holds the head’s output for every token at once.
      </p>
      <ExportableFigure
        name={figureFileName('matrices', 'attention', kind, place)}
        caption={`${KIND_LABELS[kind]}, ${place}: softmax(QKᵀ/√d_k)V for every token at once.`}
      >
        <AttentionFormulaFigure matrices={matrices} head={head} selectedRow={view.queryRow} />
      </ExportableFigure>
    </div>
  );
}

export function Waiting() {
  return <p className="mx-waiting">The matrices appear here once the model has read a sentence.</p>;
}
