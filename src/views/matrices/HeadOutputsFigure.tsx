/**
 * The post's "eight different Z matrices": the same attention computed by every head with its
 * own weights gives one Z_i per head, each tokens × d_k. The model's h beside the paper's 8.
 */
import { useText } from '../../i18n';
import type { AttentionMatrices } from './attentionMatrices';
import { HeadPanels } from './HeadPanels';
import {
  MIN_PITCH,
  PANEL_CHROME,
  TOKEN_ROW_HEIGHT,
  gaplessGrid,
  panelCell,
  panelWidth,
  smallMultiples,
} from './layout';
import { headOutputPart } from './parts';
import { PartsNumbers } from './PartsNumbers';
import { PAPER_SIZES } from './shapes';
import './matrices.css';

export interface HeadOutputsFigureProps {
  matrices: AttentionMatrices;
  selectedHead: number;
  onSelectHead?(head: number): void;
  maxWidth?: number;
}

/** Space between two panels (the panels' grid gap, 0.75rem). */
const PANEL_SPACING = 12;

export function HeadOutputsFigure({
  matrices,
  selectedHead,
  onSelectHead,
  maxWidth = 920,
}: HeadOutputsFigureProps) {
  const text = useText().matrices;
  const { queryTokens, headSize, heads } = matrices;
  // The widest cell at which all h panels fit one row: h · (d_k · cell + chrome) + (h − 1) · gap
  // ≤ maxWidth. Below MIN_PITCH they wrap, into rows of equal length (4 + 4, not 7 + 1).
  const oneRow = Math.floor(
    ((maxWidth + PANEL_SPACING) / heads - PANEL_SPACING - PANEL_CHROME) / headSize,
  );
  const cell = Math.max(MIN_PITCH, Math.min(panelCell(headSize, 96, TOKEN_ROW_HEIGHT), oneRow));
  const sizing = gaplessGrid(queryTokens.length, headSize, cell, Math.max(cell, 8));
  const fitting = smallMultiples(heads, panelWidth([headSize], cell), maxWidth, PANEL_SPACING);
  const columns = Math.ceil(heads / fitting.rows);
  return (
    <div className="mx-figure-block" data-figure="head-outputs">
      <p className="mx-figure-note">
        {text.outputsNote(
          heads,
          queryTokens.length,
          headSize,
          PAPER_SIZES.heads,
          PAPER_SIZES.headSize,
        )}
      </p>
      <HeadPanels
        heads={heads}
        kinds={[{ name: 'Zᵢ', sizing, rowNames: queryTokens }]}
        partsOf={(head) => [headOutputPart(matrices, head)]}
        columns={columns}
        selectedHead={selectedHead}
        onSelectHead={onSelectHead}
        describe={text.outputsDescribe(queryTokens.length, headSize)}
      />
      <PartsNumbers
        parts={Array.from({ length: heads }, (_, head) => ({
          part: headOutputPart(matrices, head),
          rowLabels: queryTokens,
        }))}
      />
    </div>
  );
}
