/**
 * The post's "Beast With Many Heads", first figure: every head has its own W^Q, W^K and W^V, so
 * the same input gives each head its own Q, K and V. All heads side by side; pick one to see it
 * in full in the figures above and below.
 */
import { useText } from '../../i18n';
import type { AttentionMatrices } from './attentionMatrices';
import { HeadPanels } from './HeadPanels';
import { gaplessGrid, panelCell, panelWidth, smallMultiples } from './layout';
import { headPart } from './parts';
import { PartsNumbers } from './PartsNumbers';
import { PAPER_SIZES } from './shapes';
import './matrices.css';

export interface HeadsFigureProps {
  matrices: AttentionMatrices;
  selectedHead: number;
  onSelectHead?(head: number): void;
  maxWidth?: number;
}

/** Tallest a panel's matrices may be, in pixels. */
const PANEL_HEIGHT = 90;

export function HeadsFigure({
  matrices,
  selectedHead,
  onSelectHead,
  maxWidth = 920,
}: HeadsFigureProps) {
  const text = useText().matrices;
  const { queryTokens, keyTokens, headSize, dModel, heads } = matrices;
  const cell = panelCell(Math.max(queryTokens.length, keyTokens.length), PANEL_HEIGHT, 7);
  const width = panelWidth([headSize, headSize, headSize], cell);
  const { columns } = smallMultiples(heads, width, maxWidth, 12);
  const querySizing = gaplessGrid(queryTokens.length, headSize, cell, cell);
  const keySizing = gaplessGrid(keyTokens.length, headSize, cell, cell);
  return (
    <div className="mx-figure-block" data-figure="heads">
      <p className="mx-figure-note">
        {text.headsNote(heads, dModel, headSize, queryTokens.length, PAPER_SIZES)}
      </p>
      <HeadPanels
        heads={heads}
        kinds={[
          { name: 'Qᵢ', sizing: querySizing, rowNames: queryTokens },
          { name: 'Kᵢ', sizing: keySizing, rowNames: keyTokens },
          { name: 'Vᵢ', sizing: keySizing, rowNames: keyTokens },
        ]}
        partsOf={(head) => [
          headPart(matrices, 'Q', head),
          headPart(matrices, 'K', head),
          headPart(matrices, 'V', head),
        ]}
        columns={columns}
        selectedHead={selectedHead}
        onSelectHead={onSelectHead}
        describe={text.headsDescribe(queryTokens.length, headSize)}
      />
      <PartsNumbers
        parts={Array.from({ length: heads }, (_, head) => [
          { part: headPart(matrices, 'Q', head), rowLabels: queryTokens },
          { part: headPart(matrices, 'K', head), rowLabels: keyTokens },
          { part: headPart(matrices, 'V', head), rowLabels: keyTokens },
        ]).flat()}
      />
    </div>
  );
}
