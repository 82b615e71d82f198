/**
 * The post's "The Beast With Many Heads", figures 16 to 19: every head's Q, K, V, every head's
 * Z_i, their concatenation times W^O, and the recap, for the chosen layer.
 */
import { useState } from 'react';
import { Formula } from '../../components';
import type { AttentionKind } from './attentionNames';
import { ConcatFigure } from './ConcatFigure';
import { HeadOutputsFigure } from './HeadOutputsFigure';
import { HeadsFigure } from './HeadsFigure';
import { KIND_LABELS, MatricesControls } from './MatricesControls';
import { Waiting } from './MatrixCalculationSection';
import { RecapFigure } from './RecapFigure';
import { useMatricesView } from './useMatricesView';
import { WeightsNote } from './WeightsNote';
import './matrices.css';
import { ExportableFigure, figureFileName } from '../../components/figure';

export function ManyHeadsSection() {
  const [kind, setKind] = useState<AttentionKind>('encoder-self');
  const view = useMatricesView(kind);
  if (!view) return <Waiting />;
  const { matrices, head } = view;
  return (
    <div className="mx-section">
      <p>
        One head gives each token one way of weighing the others. The paper runs several heads side
        by side, each with its own <Formula tex="W^Q" />, <Formula tex="W^K" /> and{' '}
        <Formula tex="W^V" />, so each can pick up a different kind of relation between words. Each
        head works in a smaller space of d_k = d_model / h = {matrices.dModel} / {matrices.heads} ={' '}
        {matrices.headSize} numbers, so all the heads together cost about as much as one head of
        full width.
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
        name={figureFileName('matrices', 'every head', kind, `layer ${view.layer + 1}`)}
        caption={`${KIND_LABELS[kind]}, layer ${view.layer + 1}: every head's own Q, K and V.`}
      >
        <HeadsFigure matrices={matrices} selectedHead={head} onSelectHead={view.selectHead} />
      </ExportableFigure>
      <p>
        Each head then runs the same calculation,{' '}
        <Formula tex="\mathrm{softmax}(QK^T/\sqrt{d_k})\,V" />, on its own Q, K and V, and comes out
        with its own <Formula tex="Z_i" />: one row per token, as many matrices as heads.
      </p>
      <ExportableFigure
        name={figureFileName('matrices', 'head outputs', kind, `layer ${view.layer + 1}`)}
        caption={`${KIND_LABELS[kind]}, layer ${view.layer + 1}: every head's output Z_i, one row per token.`}
      >
        <HeadOutputsFigure matrices={matrices} selectedHead={head} onSelectHead={view.selectHead} />
      </ExportableFigure>
      <p>
        The feed-forward network that follows expects one vector per token, not one per head and
        token. So the <Formula tex="Z_i" /> are laid side by side into one matrix, and one more
        learnt matrix, <Formula tex="W^O" />, mixes them into a single vector per token.
      </p>
      <ExportableFigure
        name={figureFileName('matrices', 'concat times wo', kind, `layer ${view.layer + 1}`)}
        caption={`${KIND_LABELS[kind]}, layer ${view.layer + 1}: the heads' outputs side by side, times W^O, give one vector per token.`}
      >
        <ConcatFigure
          matrices={matrices}
          parameters={view.parameters}
          selectedRow={view.queryRow}
          onSelectRow={view.selectQueryRow}
        />
      </ExportableFigure>
      <WeightsNote shown={view.parameters !== null} names="W^O \text{ and } b^O" />
      <p>The whole of one multi-head attention layer, every matrix real:</p>
      <ExportableFigure
        name={figureFileName('matrices', 'recap', kind, `layer ${view.layer + 1}`)}
        caption={`${KIND_LABELS[kind]}, layer ${view.layer + 1}: the whole multi-head attention layer, every matrix real.`}
      >
        <RecapFigure
          matrices={matrices}
          parameters={view.parameters}
          selectedHead={head}
          onSelectHead={view.selectHead}
        />
      </ExportableFigure>
    </div>
  );
}
