/**
 * The post's "The Beast With Many Heads", figures 16 to 19: every head's Q, K, V, every head's
 * Z_i, their concatenation times W^O, and the recap, for the chosen layer.
 */
import { useState } from 'react';
import type { AttentionKind } from './attentionNames';
import { ConcatFigure } from './ConcatFigure';
import { HeadOutputsFigure } from './HeadOutputsFigure';
import { HeadsFigure } from './HeadsFigure';
import { MatricesControls } from './MatricesControls';
import { Waiting } from './MatrixCalculationSection';
import { RecapFigure } from './RecapFigure';
import { useMatricesView } from './useMatricesView';
import { WeightsNote } from './WeightsNote';
import './matrices.css';
import { ExportableFigure, figureFileName } from '../../components/figure';
import { useText, type Catalogue } from '../../i18n';

export function ManyHeadsSection() {
  const text = useText().matrices;
  const [kind, setKind] = useState<AttentionKind>('encoder-self');
  const view = useMatricesView(kind);
  if (!view) return <Waiting />;
  const { matrices, head } = view;
  const layer = view.layer + 1;
  const place = text.layerPlace(layer);
  const kindLabel = text.kinds[kind];
  const fileName = (words: Catalogue, figure: string) =>
    figureFileName(
      words.matrices.fileName,
      figure,
      words.matrices.kindFiles[kind],
      words.matrices.layerPlace(layer),
    );
  return (
    <div className="mx-section">
      <p>{text.headsIntro(matrices.dModel, matrices.heads, matrices.headSize)}</p>
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
        name={(words) => fileName(words, words.matrices.everyHeadFile)}
        caption={text.everyHeadCaption(kindLabel, place)}
      >
        <HeadsFigure matrices={matrices} selectedHead={head} onSelectHead={view.selectHead} />
      </ExportableFigure>
      <p>{text.headOutputsIntro}</p>
      <ExportableFigure
        name={(words) => fileName(words, words.matrices.headOutputsFile)}
        caption={text.headOutputsCaption(kindLabel, place)}
      >
        <HeadOutputsFigure matrices={matrices} selectedHead={head} onSelectHead={view.selectHead} />
      </ExportableFigure>
      <p>{text.concatIntro}</p>
      <ExportableFigure
        name={(words) => fileName(words, words.matrices.concatFile)}
        caption={text.concatCaption(kindLabel, place)}
      >
        <ConcatFigure
          matrices={matrices}
          parameters={view.parameters}
          selectedRow={view.queryRow}
          onSelectRow={view.selectQueryRow}
        />
      </ExportableFigure>
      <WeightsNote shown={view.parameters !== null} names={text.outputWeights} />
      <p>{text.recapIntro}</p>
      <ExportableFigure
        name={(words) => fileName(words, words.matrices.recapFile)}
        caption={text.recapCaption(kindLabel, place)}
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
