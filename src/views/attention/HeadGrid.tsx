/**
 * Every layer × head of one kind of attention as small maps, at a glance: rows are layers,
 * columns heads. Clicking a map selects its layer and head for every view on the page. Each map
 * is painted on a canvas: a few thousand cells in all, too many for one SVG node each on every
 * keystroke; the chosen map above shows every number.
 */
import { gridGeometry, type ColorScale } from '../../components';
import { useText } from '../../i18n';
import { CellsCanvas } from '../../components/CellsCanvas';
import type { Selection } from '../../store';
import type { TraceTensors } from '../../worker/runTypes';
import { attentionPrefix, type AttentionKind } from './attentionKinds';
import { maskFromScaled, thumbnailCellSize } from './attentionMaps';
import { headMatrix } from './headSlices';
import './attention.css';

export interface HeadGridProps {
  trace: TraceTensors;
  kind: AttentionKind;
  layers: number;
  heads: number;
  layer: number;
  head: number;
  scale: ColorScale;
  width: number;
  onSelect(change: Partial<Selection>): void;
}

export function HeadGrid({
  trace,
  kind,
  layers,
  heads,
  layer,
  head,
  scale,
  width,
  onSelect,
}: HeadGridProps) {
  const text = useText().attention;
  return (
    <div className="attn-head-grid" role="group" aria-label={text.chooseOne}>
      {Array.from({ length: layers }, (_, l) => (
        <div key={l} className="attn-head-grid-row">
          <span className="attn-head-grid-label">{text.numbered(text.layer, l + 1)}</span>
          {Array.from({ length: heads }, (_, h) => {
            const weights = trace.get(`${attentionPrefix(kind, l)}.weights`);
            if (!weights) return <span key={h} className="attn-thumb-missing" />;
            const { rows, cols, values } = headMatrix(weights, h);
            const masked = maskFromScaled(trace, kind, l, h);
            const cellSize = thumbnailCellSize(rows, cols, heads, width);
            const geometry = gridGeometry(rows, cols, { cellSize, gap: 0 });
            return (
              <button
                key={h}
                type="button"
                className="attn-thumb"
                aria-pressed={l === layer && h === head}
                aria-label={text.thumbLabel(l + 1, h + 1)}
                data-layer={l}
                data-head={h}
                onClick={() => onSelect({ layer: l, head: h })}
              >
                <CellsCanvas
                  geometry={geometry}
                  values={values}
                  scale={scale}
                  isMasked={(row, col) => masked(row, col)}
                />
                <span className="attn-thumb-caption">{text.thumbCaption(h + 1)}</span>
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
