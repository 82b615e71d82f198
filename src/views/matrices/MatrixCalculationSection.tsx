/** The post's "Matrix Calculation of Self-Attention", figures 14 and 15, for the chosen layer. */
import { useState } from 'react';
import { PAPER_SIZES, shownNumber } from './shapes';
import { AttentionFormulaFigure } from './AttentionFormulaFigure';
import type { AttentionKind } from './attentionNames';
import { MatricesControls } from './MatricesControls';
import { MatrixCalculationFigure } from './MatrixCalculationFigure';
import { useMatricesView } from './useMatricesView';
import { WeightsNote } from './WeightsNote';
import './matrices.css';
import { ExportableFigure, figureFileName } from '../../components/figure';
import { useText, type Catalogue } from '../../i18n';

export function MatrixCalculationSection() {
  const text = useText().matrices;
  const [kind, setKind] = useState<AttentionKind>('encoder-self');
  const view = useMatricesView(kind);
  if (!view) return <Waiting />;
  const { matrices, head } = view;
  const rows = matrices.queryTokens.length;
  const layer = shownNumber(view.layer);
  const shownHead = shownNumber(head);
  const place = text.place(layer, shownHead);
  const fileName = (words: Catalogue, figure: string) =>
    figureFileName(
      words.matrices.fileName,
      figure,
      words.matrices.kindFiles[kind],
      words.matrices.place(layer, shownHead),
    );
  return (
    <div className="mx-section">
      <p>{text.calculationIntro(rows, matrices.dModel, PAPER_SIZES.dModel)}</p>
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
        name={(words) => fileName(words, words.matrices.qkvFile)}
        caption={text.qkvCaption(text.kinds[kind], place)}
      >
        <MatrixCalculationFigure
          matrices={matrices}
          parameters={view.parameters}
          head={head}
          selectedRow={view.queryRow}
          onSelectRow={view.selectQueryRow}
        />
      </ExportableFigure>
      <WeightsNote shown={view.parameters !== null} names={text.qkvWeights} />
      <p>{text.formulaIntro}</p>
      <ExportableFigure
        name={(words) => fileName(words, words.matrices.attentionFile)}
        caption={text.attentionCaption(text.kinds[kind], place)}
      >
        <AttentionFormulaFigure matrices={matrices} head={head} selectedRow={view.queryRow} />
      </ExportableFigure>
    </div>
  );
}

export function Waiting() {
  return <p className="mx-waiting">{useText().matrices.waiting}</p>;
}
