/**
 * A (rows × inner) × B (inner × cols) + b = C, drawn on one line in the order it is read, as the
 * post draws X × W^Q = Q: A first, then B, the bias, and C, with A's and C's rows the same height
 * (geometry in layout.ts). Several products may share A (X × W^Q, X × W^K, X × W^V): A is drawn
 * once, beside one line per product. Clicking a cell of C outlines the column of B it comes from
 * and writes out the sum.
 */
import { useState, type ReactNode } from 'react';
import type { HeadBlock, ProductLayout } from './layout';
import { MatrixLabel } from './MatrixLabel';
import { shownNumber, subscript } from './shapes';
import { PartGrid, type MatrixPart } from './PartGrid';
import { ProductReadout, type PinnedCell } from './ProductReadout';
import './matrices.css';

export interface ProductColumn {
  weight: MatrixPart;
  bias: MatrixPart;
  result: MatrixPart;
}

export interface ProductFigureProps {
  left: MatrixPart;
  leftRowLabels: readonly string[];
  columns: readonly ProductColumn[];
  layout: ProductLayout;
  /** Head blocks marked on A's columns and on B's rows (the concatenation × W^O). */
  headBlocks?: readonly HeadBlock[];
  /** Written above the products: what the figure computes. */
  children?: ReactNode;
  selectedRow?: number;
  onSelectRow?(row: number): void;
  ariaLabel: string;
}

export function ProductFigure(props: ProductFigureProps) {
  const { left, columns, layout } = props;
  const [pinned, setPinned] = useState<PinnedCell | null>(null);
  const pinnedHere = pinned && pinned.column < columns.length ? pinned : null;
  const boundaries = props.headBlocks?.slice(1).map((block) => block.start);
  const pin = (column: number, row: number, col: number) => {
    setPinned({ column, row, col });
    props.onSelectRow?.(row);
  };
  const shownRow = pinnedHere?.row ?? props.selectedRow;
  const lines = columns.length;
  return (
    <figure className="mx-product" role="group" aria-label={props.ariaLabel}>
      {props.children && <div className="mx-corner">{props.children}</div>}
      <div className="mx-product-grid">
        <div className="mx-left-cell" style={{ gridRow: `1 / span ${lines}` }}>
          <MatrixLabel {...labelOf(left)} />
          {props.headBlocks && (
            <div className="mx-head-strip" style={{ width: layout.left.width }}>
              {props.headBlocks.map((block) => (
                <span key={block.head} style={{ width: block.end - block.start }}>
                  Z{subscript(shownNumber(block.head))}
                </span>
              ))}
            </div>
          )}
          <PartGrid
            part={left}
            sizing={layout.left}
            pitch={layout.pitch}
            rowLabels={props.leftRowLabels}
            selectedRow={shownRow}
            verticalLines={boundaries}
            onCellClick={(row) => props.onSelectRow?.(row)}
            legend
          />
        </div>
        {columns.map((column, index) => (
          <div key={index} className="mx-product-line" style={{ gridRow: index + 1 }}>
            <span className="mx-between" aria-hidden="true">
              ×
            </span>
            <div className="mx-weight-cell">
              <MatrixLabel {...labelOf(column.weight)} />
              <PartGrid
                part={column.weight}
                sizing={layout.right}
                pitch={layout.pitch}
                highlightColumn={pinnedHere?.column === index ? pinnedHere.col : undefined}
                horizontalLines={boundaries}
                legend
              />
              <MatrixLabel {...labelOf(column.bias)} operator="+" />
              <PartGrid
                part={column.bias}
                sizing={layout.bias}
                pitch={layout.pitch}
                highlightColumn={pinnedHere?.column === index ? pinnedHere.col : undefined}
              />
            </div>
            <span className="mx-between" aria-hidden="true">
              =
            </span>
            <div className="mx-result-cell">
              <MatrixLabel {...labelOf(column.result)} />
              <PartGrid
                part={column.result}
                sizing={layout.result}
                pitch={layout.pitch}
                selectedRow={shownRow}
                highlightColumn={pinnedHere?.column === index ? pinnedHere.col : undefined}
                onCellClick={(row, col) => pin(index, row, col)}
                legend
              />
            </div>
          </div>
        ))}
      </div>
      <ProductReadout
        left={left}
        leftRowLabels={props.leftRowLabels}
        columns={columns}
        pinned={pinnedHere}
      />
    </figure>
  );
}

function labelOf(part: MatrixPart) {
  return { tex: part.tex, symbol: part.symbol, shape: part.shape, paper: part.paper };
}
