/**
 * Small multiples, one panel per head: the same matrices of every head side by side, each kind
 * of matrix on one colour scale across all heads so that heads can be compared. A panel's
 * button picks its head.
 */
import { ColorLegend, divergingScale, maxAbsOf, type ColorScale } from '../../components';
import type { GridSizing } from './layout';
import { PartGrid, type MatrixPart } from './PartGrid';
import { shownNumber } from './shapes';
import { useText } from '../../i18n';
import './matrices.css';

export interface PanelKind {
  /** "Qᵢ": how the legend names this kind of matrix. */
  name: string;
  sizing: GridSizing;
  /** Tokens of the rows, for the hover text. */
  rowNames: readonly string[];
}

export interface HeadPanelsProps {
  heads: number;
  kinds: readonly PanelKind[];
  /** The matrices of head i, one per kind, in the kinds' order. */
  partsOf(head: number): MatrixPart[];
  columns: number;
  selectedHead: number;
  onSelectHead?(head: number): void;
  /** What one panel holds, read after "head i:" on its button. */
  describe: string;
}

export function HeadPanels(props: HeadPanelsProps) {
  const text = useText().matrices;
  const heads = Array.from({ length: props.heads }, (_, head) => head);
  const parts = heads.map((head) => props.partsOf(head));
  const scales = props.kinds.map((_, index) => sharedScale(parts.map((p) => p[index])));
  return (
    <>
      <div
        className="mx-panels"
        style={{ gridTemplateColumns: `repeat(${props.columns}, max-content)` }}
      >
        {heads.map((head) => (
          <div
            key={head}
            className="mx-panel-box"
            data-head={head}
            data-selected={head === props.selectedHead}
          >
            <button
              type="button"
              className="mx-panel"
              aria-pressed={head === props.selectedHead}
              aria-label={text.panelLabel(shownNumber(head), props.describe)}
              onClick={() => props.onSelectHead?.(head)}
            >
              {text.headButton(shownNumber(head))}
            </button>
            <div className="mx-panel-grids">
              {parts[head].map((part, index) => (
                <div key={part.symbol} className="mx-panel-part">
                  <span className="mx-panel-symbol">{part.symbol}</span>
                  <PartGrid
                    part={part}
                    sizing={props.kinds[index].sizing}
                    pitch={props.kinds[index].sizing.width / part.shape[1]}
                    rowNames={props.kinds[index].rowNames}
                    scale={scales[index]}
                    renderer="canvas"
                  />
                </div>
              ))}
            </div>
          </div>
        ))}
      </div>
      <div className="mx-legends">
        {props.kinds.map((kind, index) => (
          <ColorLegend
            key={kind.name}
            scale={scales[index]}
            caption={text.everyHeadLegend(kind.name)}
            width={120}
          />
        ))}
      </div>
    </>
  );
}

/** One diverging scale for several matrices: their largest |value| anywhere. */
export function sharedScale(parts: readonly MatrixPart[]): ColorScale {
  let largest = 0;
  for (const part of parts) if (part.values) largest = Math.max(largest, maxAbsOf(part.values));
  return divergingScale(largest);
}
